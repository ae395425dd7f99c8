import { useState } from 'react';
import type { PublishedPlanInfo, RosterPreview } from '../../../../shared/api/reminders';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';
import { useOutgoingCheck } from '../../components/OutgoingCheck';
import { RosterPreviewDialog } from './RosterPreviewDialog';

const parseOffsets = (text: string): number[] | null => {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const numbers = parts.map(Number);
  return parts.length <= 5 && numbers.every((n) => Number.isInteger(n) && n >= 0 && n <= 20160) ? numbers : null;
};

/** Each published plan: its reminder setting and the "Gửi lịch trực" button. A saved setting comes back in the plans (plans:changed). */
export function PublishedPlans({ plans, mailReady }: { plans: PublishedPlanInfo[]; mailReady: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="plans-title">
      <h2 id="plans-title">{t('reminders.plans')}</h2>
      {plans.length === 0 ? <p className="hint">{t('reminders.plans.empty')}</p> : plans.map((plan) => <PlanRow key={plan.id} plan={plan} mailReady={mailReady} />)}
      <p className="hint">{t('reminders.offsets.hint')}</p>
    </section>
  );
}

function PlanRow({ plan, mailReady }: { plan: PublishedPlanInfo; mailReady: boolean }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [offsets, setOffsets] = useState(plan.offsetsMinutes.join(', '));
  const [busy, setBusy] = useState(false);
  const outgoing = useOutgoingCheck();

  async function save() {
    const parsed = parseOffsets(offsets);
    if (!parsed) return notify({ kind: 'error', text: t('reminders.offsets.invalid') });
    try {
      await api.call('reminders:setOffsets', { planId: plan.id, offsetsMinutes: parsed });
      notify({ kind: 'info', text: t('reminders.offsets.saved') });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  }

  const [preview, setPreview] = useState<RosterPreview | null>(null);

  async function showPreview() {
    setBusy(true);
    try {
      setPreview(await api.call('mail:rosterPreview', { planId: plan.id }));
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  async function sendRoster(version: number) {
    setPreview(null);
    setBusy(true);
    try {
      const result = await api.call('mail:sendRoster', { planId: plan.id, version });
      notify({ kind: 'info', text: t('reminders.sendRoster.done', { sent: result.mails.length, unchanged: result.unchanged.length, noEmail: result.noEmail.length }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="plan-reminders">
      <div>
        <div className="plan-name">{plan.name}</div>
        <div className="period">
          {formatDateTime(plan.window.start)} – {formatDateTime(plan.window.end)} · {t('reminders.plans.version', { version: plan.version })}
        </div>
      </div>
      <label>
        {t('reminders.offsets')}
        <span className="inline">
          <input value={offsets} onChange={(e) => setOffsets(e.target.value)} />
          <button type="button" onClick={save}>
            {t('common.save')}
          </button>
        </span>
      </label>
      {outgoing.dialog}
      {preview && <RosterPreviewDialog preview={preview} onSend={() => void sendRoster(preview.version)} onClose={() => setPreview(null)} />}
      <button
        type="button"
        className="primary"
        disabled={!mailReady || busy}
        onClick={() => void outgoing.check(plan.id, 'mail', () => void showPreview()).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }))}
      >
        {t('reminders.sendRoster')}
      </button>
    </div>
  );
}
