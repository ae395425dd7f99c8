import { useState } from 'react';
import type { ExportFormat } from '../../../../shared/api/exports';
import type { CsvStyle } from '../../../../shared/export/csv-style';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { errorText } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { useOutgoingCheck } from '../../components/OutgoingCheck';
import { outgoingKindOf } from '../../../../shared/paperwork/checklist';

const PRINT_FORMATS: ExportFormat[] = ['pdf', 'html'];
const FORMATS: ExportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'html', 'ics', 'ics-per-person'];

export interface ExportChoice {
  planId: string;
  orientation: 'portrait' | 'landscape';
  staffId?: string;
  csvStyle?: CsvStyle;
}

/** One button per format; each says where it saved, or why it could not. */
export function ExportButtons({ choice }: { choice: ExportChoice }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const outgoing = useOutgoingCheck();

  // The checklist comes before the save dialog: nothing unfinished is noticed after choosing a file.
  const attempt = (format: ExportFormat) => outgoing.check(choice.planId, outgoingKindOf(format), () => void save(format)).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }));

  const save = async (format: ExportFormat) => {
    setBusy(format);
    try {
      // A slip is a print; the other formats are always of the whole roster.
      const staffId = PRINT_FORMATS.includes(format) ? choice.staffId : undefined;
      const result = await api.call('exports:save', { ...choice, staffId, format });
      if ('paths' in result) {
        const text =
          format === 'ics-per-person'
            ? t('exports.savedMany', { count: result.paths.length, folder: result.paths[0]?.replace(/[/\\][^/\\]*$/, '') ?? '' })
            : t('exports.saved', { path: result.paths[0] ?? '' });
        notify({ kind: 'info', text });
      }
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const visible = choice.staffId ? PRINT_FORMATS : FORMATS;
  return (
    <div className="actions export-buttons">
      {outgoing.dialog}
      {visible.map((format) => (
        <button key={format} className={format === 'pdf' ? 'primary' : ''} disabled={busy !== null} onClick={() => void attempt(format)}>
          {busy === format ? t('exports.saving') : t(`exports.save.${format}`)}
        </button>
      ))}
    </div>
  );
}
