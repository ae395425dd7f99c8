import { useState } from 'react';
import type { StaffImportPreview } from '../../../../shared/api/staff';
import { STAFF_COLUMNS, type StaffField } from '../../../../shared/staff/columns';
import type { ColumnMapping } from '../../../../shared/staff/import-choices';
import { useI18n } from '../../i18n/I18nContext';

/** "A", "B", … "AA": the column as the user sees it in Excel. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Which column is the name, the role, the phone…, for a file whose headers the app does not know.
 * Open while required columns are missing; folded away when remembered, still changeable.
 */
export function ColumnMappingPanel({ preview, busy, onMap }: { preview: StaffImportPreview; busy: boolean; onMap: (mapping: ColumnMapping) => void }) {
  const { t } = useI18n();
  const mapping = preview.mapping!;
  const fields = preview.columns.map((c) => c.field);
  const samples = mapping.samples.length ? mapping.samples : preview.rows.slice(0, 3).map((r) => r.cells);
  const choose = (column: number, field: StaffField | null) =>
    onMap({ headerRows: preview.headerRows, fields: fields.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)) });
  const needed = mapping.missing.length > 0;
  // Open while columns are missing, and kept open once the user is mapping, so the last choices can follow.
  const [open, setOpen] = useState(needed);
  return (
    <details className="column-mapping" open={open || needed} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {needed
          ? t('staff.import.mapping.needed', { fields: mapping.missing.map((f) => t(`staff.import.field.${f}`)).join(', '), row: preview.headerRows.last })
          : mapping.remembered
            ? t('staff.import.mapping.remembered')
            : t('staff.import.mapping.done')}
      </summary>
      <table className="table mapping-table" data-testid="column-mapping">
        <thead>
          <tr>
            <th>{t('staff.import.mapping.column')}</th>
            <th>{t('staff.import.mapping.header')}</th>
            <th>{t('staff.import.mapping.samples')}</th>
            <th>{t('staff.import.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, i) => (
            <tr key={i} data-column={i}>
              <td className="num">{columnLetter(i)}</td>
              <td>{column.header || <span className="hint">{t('staff.import.mapping.noHeader')}</span>}</td>
              <td className="hint mapping-samples">
                {samples
                  .map((r) => (r[i] ?? '').trim())
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={t('staff.import.mapping.fieldOf', { column: columnLetter(i) })}
                  value={column.field ?? ''}
                  disabled={busy}
                  onChange={(e) => choose(i, (e.target.value || null) as StaffField | null)}
                >
                  <option value="">{t('staff.import.mapping.ignore')}</option>
                  {STAFF_COLUMNS.map((c) => (
                    <option key={c.field} value={c.field}>
                      {t(`staff.import.field.${c.field}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
