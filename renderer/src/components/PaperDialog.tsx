import { useState, type ReactNode } from 'react';
import type { PaperFileFormat } from '../../../shared/api/paperwork';
import type { PaperOverrides } from '../../../shared/paperwork/overrides';
import { documentInfoOf } from '../../../shared/export/document-info';
import { formatDate } from '../../../shared/i18n/dates';
import type { PlanCore } from '../../../shared/plan/schema';
import { epochToVn } from '../../../shared/time/zone';
import type { DownloadFile } from '../../../shared/api/files';
import { useFiles } from '../api/useFiles';
import { useSettings } from '../data/SettingsContext';
import { useI18n } from '../i18n/I18nContext';
import { Dialog } from './Dialog';
import { ParsedInput, parseDate } from './ParsedInput';
import { useNotify } from './Notices';
import { useOutgoingCheck } from './OutgoingCheck';
import { useErrorText } from './useErrorText';

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The details every paper of the holiday carries, editable for this paper only: its number,
 * place and date, "Nơi nhận" chosen from the unit's contacts (and others typed in), and the
 * signer; `children` are the paper's own fields. The outgoing checklist runs before the bytes
 * are made, then the host saves them (a dialog, or a download).
 */
export function PaperDialog({
  title,
  planId,
  core,
  contacts,
  defaultRecipients,
  recipientsFromSettings = false,
  build,
  onClose,
  children,
}: {
  title: string;
  planId: string;
  core: Pick<PlanCore, 'document'>;
  contacts: { name: string; toVerify: boolean }[];
  defaultRecipients: string[];
  /** Start the free lines with the plan's or the unit's "Nơi nhận" (a report to the superior), rather than empty. */
  recipientsFromSettings?: boolean;
  build: (format: PaperFileFormat, overrides: PaperOverrides) => Promise<DownloadFile>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const errorText = useErrorText();
  const files = useFiles();
  const notify = useNotify();
  const { t } = useI18n();
  const outgoing = useOutgoingCheck();
  const settings = useSettings();
  const info = settings ? documentInfoOf(core, settings) : null;
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(() => epochToVn(Date.now()).slice(0, 10));
  const [place, setPlace] = useState<string | null>(null);
  const [signerTitle, setSignerTitle] = useState<string | null>(null);
  const [signerName, setSignerName] = useState<string | null>(null);
  const [chosen, setChosen] = useState(() => new Set(defaultRecipients));
  const [typedOthers, setOthers] = useState<string | null>(recipientsFromSettings ? null : '');
  const others = typedOthers ?? info?.recipients.join('\n') ?? '';
  const [busy, setBusy] = useState<PaperFileFormat | null>(null);

  const overrides = (): PaperOverrides => ({
    ...(number.trim() ? { number: number.trim() } : {}),
    ...(date ? { date } : {}),
    ...(place !== null ? { place } : {}),
    ...(signerTitle !== null ? { signerTitle } : {}),
    ...(signerName !== null ? { signerName } : {}),
    recipients: [...contacts.map((c) => c.name).filter((n) => chosen.has(n)), ...lines(others)],
  });
  const save = async (format: PaperFileFormat) => {
    setBusy(format);
    try {
      const file = await build(format, overrides());
      await files.save([file], { title: t(`paper.save.${format}`) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };
  const attempt = (format: PaperFileFormat) => outgoing.check(planId, 'document', () => void save(format)).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }));
  const toggle = (name: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  return (
    <Dialog title={title} onClose={onClose} wide>
      {outgoing.dialog}
      <p className="hint">{t('paper.notSaved')}</p>
      <div className="form paper-form">
        <div className="row">
          <label>
            {t('paper.number')}
            <input value={number} maxLength={40} placeholder={t('paper.numberHint')} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <label>
            {t('paper.place')}
            <input value={place ?? info?.place ?? ''} maxLength={100} onChange={(e) => setPlace(e.target.value)} />
          </label>
          <label>
            {t('paper.date')}
            <ParsedInput className="date" placeholder="dd/mm/yyyy" value={date} format={formatDate} parse={parseDate} onValue={setDate} />
          </label>
        </div>
        {children}
        <fieldset className="paper-recipients">
          <legend>{t('paper.recipients')}</legend>
          <p className="hint">{t('paper.recipientsHint')}</p>
          {contacts.map((c) => (
            <label key={c.name} className="check">
              <input type="checkbox" checked={chosen.has(c.name)} onChange={(e) => toggle(c.name, e.target.checked)} /> {c.name}
              {c.toVerify && <span className="hint"> {t('paper.unconfirmed')}</span>}
            </label>
          ))}
          <label>
            {t(recipientsFromSettings ? 'paper.recipientsFromSettings' : 'paper.otherRecipients')}
            <textarea rows={Math.min(6, Math.max(2, others.split('\n').length))} value={others} maxLength={2000} onChange={(e) => setOthers(e.target.value)} />
          </label>
        </fieldset>
        <div className="row">
          <label>
            {t('paper.signerTitle')}
            <textarea rows={2} value={signerTitle ?? info?.signerTitle ?? ''} maxLength={200} onChange={(e) => setSignerTitle(e.target.value)} />
          </label>
          <label>
            {t('paper.signerName')}
            <input value={signerName ?? info?.signerName ?? ''} maxLength={100} onChange={(e) => setSignerName(e.target.value)} />
          </label>
        </div>
      </div>
      <div className="actions dialog-actions">
        {(['pdf', 'docx'] as const).map((format) => (
          <button key={format} type="button" className={format === 'pdf' ? 'primary' : ''} disabled={busy !== null || !info} onClick={() => void attempt(format)}>
            {busy === format ? t('paper.saving') : t(`paper.${format}`)}
          </button>
        ))}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
