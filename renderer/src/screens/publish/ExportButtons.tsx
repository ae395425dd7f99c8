import { useState } from 'react';
import type { ExportFormat, ExportRequestInput } from '../../../../shared/api/exports';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from '../../../../shared/export/formats';
import type { CsvStyle } from '../../../../shared/export/csv-style';
import { useApi } from '../../api/ApiContext';
import { useFiles } from '../../api/useFiles';
import { useNotify, useResolveNotice } from '../../components/Notices';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';
import { useOutgoingCheck } from '../../components/OutgoingCheck';
import { outgoingKindOf } from '../../../../shared/paperwork/checklist';

export interface ExportChoice {
  planId: string;
  orientation: 'portrait' | 'landscape';
  staffId?: string;
  csvStyle?: CsvStyle;
}

/** The request for one format from the screen's choice: only what the format takes (shared/export/formats.ts). */
function requestFor(format: ExportFormat, choice: ExportChoice): ExportRequestInput {
  const spec = EXPORT_FORMATS[format];
  return {
    format,
    planId: choice.planId,
    ...(spec.orientation ? { orientation: choice.orientation } : {}),
    ...(spec.perPerson && choice.staffId ? { staffId: choice.staffId } : {}),
    ...(format === 'csv' && choice.csvStyle ? { csvStyle: choice.csvStyle } : {}),
  } as ExportRequestInput;
}

/** One button per format the choice allows (a person's slip: only the per-person formats); each says where it saved, or why it could not. */
export function ExportButtons({ choice }: { choice: ExportChoice }) {
  const errorText = useErrorText();
  const api = useApi();
  const files = useFiles();
  const { t } = useI18n();
  const notify = useNotify();
  const resolve = useResolveNotice();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const outgoing = useOutgoingCheck();

  // The checklist comes before the save dialog: nothing unfinished is noticed after choosing a file.
  const attempt = (format: ExportFormat) =>
    outgoing.check(choice.planId, outgoingKindOf(format), () => void save(format)).catch((e: unknown) => notify({ kind: 'error', text: errorText(e), cause: 'exports' }));

  const save = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const built = await api.call('exports:build', requestFor(format, choice));
      await files.save(built.files, { bundleName: built.bundleName, title: t(`exports.save.${format}`) });
      resolve('exports');
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'exports' });
    } finally {
      setBusy(null);
    }
  };

  const visible = EXPORT_FORMAT_NAMES.filter((format) => !choice.staffId || EXPORT_FORMATS[format].perPerson);
  return (
    <div className="actions export-buttons">
      {outgoing.dialog}
      {visible.map((format) => (
        <button key={format} className={format === 'pdf' ? 'primary' : ''} disabled={busy !== null} onClick={() => void attempt(format)}>
          {busy === format ? t('exports.saving') : format === 'ics' && choice.staffId ? t('exports.save.icsPerson') : t(`exports.save.${format}`)}
        </button>
      ))}
    </div>
  );
}
