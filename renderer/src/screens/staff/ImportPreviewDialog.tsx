import { useState } from 'react';
import { previewRowName, type DuplicateChoice, type StaffImportPreview, type StaffImportResult } from '../../../../shared/api/staff';
import type { ImportChoices, SkillChoice } from '../../../../shared/staff/import-choices';
import { foldDiacritics } from '../../../../shared/staff/normalize';
import { formatPhone } from '../../../../shared/staff/phone';
import type { StaffRole } from '../../../../shared/staff/schema';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { useErrorText } from '../../components/useErrorText';
import { useSettings } from '../../data/SettingsContext';
import { useI18n } from '../../i18n/I18nContext';
import { ColumnMappingPanel } from './ColumnMappingPanel';
import { UnknownSkillsPanel } from './UnknownSkillsPanel';

type Row = StaffImportPreview['rows'][number];

/** The choices for a row whose role the file does not name; the empty value is "not chosen yet". */
const ROLE_OPTIONS = { leader: ['leader'], technician: ['technician'], both: ['leader', 'technician'], none: [] } as const satisfies Record<string, StaffRole[]>;
type RoleOption = keyof typeof ROLE_OPTIONS;

function roleOptionOf(preview: StaffImportPreview, row: Row): RoleOption | '' {
  const chosen = preview.choices.roles.find((c) => c.row === row.rowNumber)?.roles;
  if (!chosen) return '';
  return (Object.keys(ROLE_OPTIONS) as RoleOption[]).find((o) => ROLE_OPTIONS[o].length === chosen.length && ROLE_OPTIONS[o].every((r) => chosen.includes(r))) ?? '';
}

/**
 * The import's second step: every row of the file with what will become of it and why, before
 * anything is saved. People already in the directory are skipped unless the user says otherwise.
 */
export function ImportPreviewDialog({ preview: first, onDone, onClose }: { preview: StaffImportPreview; onDone: (result: StaffImportResult) => void; onClose: () => void }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t, say } = useI18n();
  const [preview, setPreview] = useState(first);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = useSettings();
  const c = preview.counts;
  // Until the required columns are mapped no row is read: the mapping is all there is to show.
  const unmapped = (preview.mapping?.missing.length ?? 0) > 0;
  const importable = c.new + (duplicates === 'update' ? c['duplicate-of-existing'] : 0);

  async function chooseSheet(sheet: string) {
    setBusy(true);
    try {
      setPreview(await api.call('staff:importSheet', { token: preview.token, sheet }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  /** Every choice re-reads the same file on the service, so counts and rows show exactly what will be imported. */
  async function choose(change: (choices: ImportChoices) => ImportChoices) {
    setBusy(true);
    try {
      setPreview(await api.call('staff:importChoose', { token: preview.token, choices: change(preview.choices) }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const chooseRole = (rowNumber: number, option: RoleOption | '') =>
    choose((ch) => ({ ...ch, roles: [...ch.roles.filter((r) => r.row !== rowNumber), ...(option ? [{ row: rowNumber, roles: [...ROLE_OPTIONS[option]] }] : [])] }));
  const chooseSkill = (name: string, choice: SkillChoice) => choose((ch) => ({ ...ch, skills: [...ch.skills.filter((s) => foldDiacritics(s.name) !== foldDiacritics(name)), { name, choice }] }));

  async function confirm() {
    setBusy(true);
    try {
      onDone(await api.call('staff:importConfirm', { token: preview.token, duplicates }));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <Dialog wide title={t('staff.import.title')} onClose={onClose}>
      <p className="hint">{t('staff.import.file', { file: preview.fileName, format: preview.format.toUpperCase() })}</p>
      {!unmapped && (
        <p className="import-counts">{t('staff.import.counts', { total: preview.rows.length, new: c.new, existing: c['duplicate-of-existing'], inFile: c['duplicate-in-file'], error: c.error })}</p>
      )}
      <p className="hint import-layout">
        {preview.sheets && preview.sheets.names.length > 1 && (
          <label className="inline">
            {t('staff.import.sheetChoice')}{' '}
            <select value={preview.sheets.chosen} disabled={busy} onChange={(e) => void chooseSheet(preview.sheets!.names[Number(e.target.value)]!)}>
              {preview.sheets.names.map((name, i) => (
                <option key={name} value={i}>
                  {name}
                </option>
              ))}
            </select>{' '}
          </label>
        )}
        {t('staff.import.header', { rows: rowRange(preview.headerRows.first, preview.headerRows.last) })}
      </p>
      {preview.mapping && <ColumnMappingPanel preview={preview} busy={busy} onMap={(columns) => void choose((ch) => ({ ...ch, columns }))} />}
      {preview.unknownSkills.length > 0 && (
        <UnknownSkillsPanel unknown={preview.unknownSkills} skills={settings?.skills ?? []} busy={busy} onChoose={(name, choice) => void chooseSkill(name, choice)} />
      )}
      {preview.skipped.length > 0 && (
        <ul className="hint import-skipped">
          {preview.skipped.map((s) => (
            <li key={s.from}>{t(`staff.import.skipped.${s.reason}`, { rows: rowRange(s.from, s.to), text: s.text })}</li>
          ))}
        </ul>
      )}
      {!unmapped && <p className="hint">{t('staff.import.legend')}</p>}
      {!unmapped && (
        <div className="import-rows">
          <table className="table">
            <thead>
              <tr>
                <th>{t('staff.import.col.row')}</th>
                <th>{t('staff.import.col.name')}</th>
                <th>{t('staff.import.col.details')}</th>
                <th>{t('staff.import.col.status')}</th>
                <th>{t('staff.import.col.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNumber} className={`import-row import-${row.status}`} data-row={row.rowNumber}>
                  <td className="num">{row.rowNumber}</td>
                  <td>{previewRowName(preview, row) || <span className="hint">{t('staff.import.noName')}</span>}</td>
                  <td className="hint">
                    {row.staff?.unit}
                    {row.staff?.unit && row.staff.phone && ' · '}
                    {row.staff?.phone && <span className="nowrap">{formatPhone(row.staff.phone)}</span>}
                  </td>
                  <td>
                    <span className={`badge badge-import-${row.status}`}>{t(`staff.import.status.${row.status}`)}</span>
                  </td>
                  <td>
                    <ul className="problems">
                      {row.problems.map((p, i) => (
                        <li key={i} className={`problem problem-${p.severity}`} data-testid={`problem-${p.severity}`}>
                          {say(p.text)}
                        </li>
                      ))}
                    </ul>
                    {row.askRole !== undefined && (
                      <label className="role-choice">
                        <span className="hint">{row.askRole ? t('staff.import.role.written', { text: row.askRole }) : t('staff.import.role.blank')}</span>
                        <select
                          aria-label={t('staff.import.roleChoiceOf', { row: row.rowNumber })}
                          value={roleOptionOf(preview, row)}
                          disabled={busy}
                          onChange={(e) => void chooseRole(row.rowNumber, e.target.value as RoleOption | '')}
                        >
                          <option value="">{t('staff.import.role.unset')}</option>
                          {(Object.keys(ROLE_OPTIONS) as RoleOption[]).map((o) => (
                            <option key={o} value={o}>
                              {t(`staff.import.role.${o}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {c['duplicate-of-existing'] > 0 && (
        <fieldset className="choices">
          <legend>{t('staff.import.duplicates', { count: c['duplicate-of-existing'] })}</legend>
          {(['skip', 'update'] as const).map((choice) => (
            <label key={choice} className="check">
              <input type="radio" name="duplicates" checked={duplicates === choice} onChange={() => setDuplicates(choice)} />
              {t(`staff.import.duplicates.${choice}`)}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions dialog-actions">
        <button className="primary" disabled={busy || importable === 0} onClick={() => void confirm()}>
          {importable === 0 ? t('staff.import.noneNew') : t('staff.import.confirm', { count: importable })}
        </button>
        <button onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </Dialog>
  );
}

function rowRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
