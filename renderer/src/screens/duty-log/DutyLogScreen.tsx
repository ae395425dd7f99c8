import { useState } from 'react';
import type { DutyLogExportFormat } from '../../../../shared/api/duty-log';
import { pageShifts } from '../../../../shared/duty-log/logged-plan';
import { dutyLogSummary } from '../../../../shared/duty-log/summary';
import { useApi } from '../../api/ApiContext';
import { hrefFor, navigate } from '../../app/route';
import { useNotify } from '../../components/Notices';
import { saveBytes } from '../../components/saveBytes';
import { useErrorText } from '../../components/useErrorText';
import { useDutyLog } from '../../data/useDutyLog';
import { usePlans } from '../../data/usePlans';
import { useNow } from '../../components/useNow';
import { useI18n } from '../../i18n/I18nContext';
import { AfterReportDialog } from './AfterReportDialog';
import { ChecklistEditor } from './ChecklistEditor';
import { ContactListDialog } from './ContactListDialog';
import { IncidentsView } from './IncidentsView';
import { NowView } from './NowView';
import { ShiftPage } from './ShiftPage';
import { TimelineView } from './TimelineView';
import { TimesheetView } from './TimesheetView';
import { useLogEdits } from './useLogEdits';
import { whenOf } from './words';
import './duty-log.css';

const VIEWS = ['timeline', 'incidents', 'timesheet', 'checklist'] as const;
type View = (typeof VIEWS)[number];
const isView = (part: string | undefined): part is View => (VIEWS as readonly string[]).includes(part ?? '');

/**
 * "Nhật ký trực": the duty log of a published plan. `#/log/PLAN` is the "now" view, then
 * `#/log/PLAN/timeline|incidents|timesheet|checklist`, and `#/log/PLAN/SHIFT` a shift's page
 * (where a shift's notification opens).
 */
export function DutyLogScreen({ planId, part }: { planId?: string; part?: string }) {
  const { t } = useI18n();
  const plans = usePlans();
  const published = plans.data?.filter((p) => p.latestVersion !== null) ?? [];
  return (
    <section className="screen duty-log">
      <header className="screen-header">
        <div>
          <h1>{t('dutyLog.title')}</h1>
        </div>
        {published.length > 0 && (
          <label className="inline plan-choice">
            <span>{t('dutyLog.choosePlan')}</span>
            <select value={planId ?? ''} onChange={(e) => navigate('log', e.target.value)}>
              {!planId && <option value="">—</option>}
              {published.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {plans.error && <p className="error">{plans.error}</p>}
      {plans.data && published.length === 0 && <div className="empty-state">{t('dutyLog.noPlans')}</div>}
      {planId && <PlanLog key={planId} planId={planId} part={part} />}
    </section>
  );
}

function PlanLog({ planId, part }: { planId: string; part?: string }) {
  const { t } = useI18n();
  const { data: bundle, error, setData } = useDutyLog(planId);
  const run = useLogEdits(setData);
  const now = useNow();
  const [paper, setPaper] = useState<'contacts' | 'after' | null>(null);
  if (error) return <p className="error">{error}</p>;
  if (!bundle) return null;
  const view: View | 'now' | 'shift' = isView(part) ? part : part ? 'shift' : 'now';
  const summary = dutyLogSummary(bundle.core, bundle.log, now);
  const s = summary.seats;
  const exists = part && view === 'shift' && pageShifts(bundle.core, bundle.log).some((p) => p.id === part);
  return (
    <>
      <div className="log-bar">
        <div>
          <p className="hint">{t('dutyLog.version', { version: bundle.plan.version, at: whenOf(bundle.plan.publishedAt) })}</p>
          <p className="log-figures">
            {t('dutyLog.summary', {
              present: s.present,
              replaced: s.replaced,
              absent: s.absent,
              unconfirmed: s.unconfirmed,
              done: summary.checks.done,
              owed: summary.checks.owed,
              incidents: summary.incidents.total,
            })}
          </p>
        </div>
        <div className="actions">
          <ExportButtons planId={planId} />
          <button type="button" onClick={() => setPaper('contacts')}>
            {t('paper.contacts.open')}
          </button>
          <button type="button" onClick={() => setPaper('after')}>
            {t('paper.after.open')}
          </button>
        </div>
      </div>
      {paper === 'contacts' && <ContactListDialog bundle={bundle} onClose={() => setPaper(null)} />}
      {paper === 'after' && <AfterReportDialog bundle={bundle} summary={summary} asOf={summary.shifts.ended < summary.shifts.total ? now : null} onClose={() => setPaper(null)} />}
      <nav className="log-tabs" aria-label={t('dutyLog.tabs')}>
        <a href={hrefFor('log', planId)} aria-current={view === 'now' ? 'page' : undefined}>
          {t('dutyLog.tab.now')}
        </a>
        {VIEWS.map((v) => (
          <a key={v} href={hrefFor('log', planId, v)} aria-current={view === v ? 'page' : undefined}>
            {t(`dutyLog.tab.${v}`)}
          </a>
        ))}
      </nav>
      {view === 'now' && <NowView bundle={bundle} run={run} now={now} />}
      {view === 'shift' && (exists ? <ShiftPage key={part} bundle={bundle} run={run} shiftId={part!} now={now} /> : <p className="error">{t('dutyLog.error.UNKNOWN_SHIFT', { shift: part ?? '' })}</p>)}
      {view === 'timeline' && <TimelineView bundle={bundle} now={now} />}
      {view === 'incidents' && <IncidentsView bundle={bundle} run={run} now={now} />}
      {view === 'timesheet' && <TimesheetView summary={summary} />}
      {view === 'checklist' && <ChecklistEditor bundle={bundle} run={run} />}
    </>
  );
}

/** The log as a workbook or a PDF: the main process makes the bytes, the user chooses where they go. */
function ExportButtons({ planId }: { planId: string }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState<DutyLogExportFormat | null>(null);
  const save = async (format: DutyLogExportFormat) => {
    setBusy(format);
    try {
      const file = await api.call('dutyLog:export', { planId, format });
      saveBytes(file);
      notify({ kind: 'info', text: t('dutyLog.export.done', { file: file.fileName }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="actions">
      {(['xlsx', 'pdf'] as const).map((format) => (
        <button key={format} type="button" disabled={busy !== null} onClick={() => void save(format)}>
          {busy === format ? t('dutyLog.export.saving') : t(`dutyLog.export.${format}`)}
        </button>
      ))}
    </div>
  );
}
