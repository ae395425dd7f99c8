import { useMemo, useState } from 'react';
import type { StaffImportPreview, StaffImportResult } from '../../../../shared/api/staff';
import type { Skill, StaffMember } from '../../../../shared/staff/schema';
import { StaffRole } from '../../../../shared/staff/schema';
import { useApi } from '../../api/ApiContext';
import { useFiles } from '../../api/useFiles';
import { useNotify } from '../../components/Notices';
import { useAttempt } from '../../components/useAttempt';
import { useStaff } from '../../data/useStaff';
import { useI18n } from '../../i18n/I18nContext';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { StaffEditor } from './StaffEditor';
import { StaffTable, type StaffRowActions } from './StaffTable';
import { NO_FILTER, staffView, unitsOf, type Sort, type StaffFilter } from './staff-view';

/** The staff directory: find, add, edit, deactivate, import and export people. */
export function StaffScreen({ skills }: { skills: readonly Skill[] }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const files = useFiles();
  const { data: members, error, reload } = useStaff();
  const [filter, setFilter] = useState<StaffFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>({ column: 'name', descending: false });
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [preview, setPreview] = useState<StaffImportPreview | null>(null);
  const rows = useMemo(() => staffView(members ?? [], filter, sort), [members, filter, sort]);
  const units = useMemo(() => unitsOf(members ?? []), [members]);

  const attempt = useAttempt(reload);

  const actions: StaffRowActions = {
    edit: (m) => setEditing(m),
    setActive: (m, active) =>
      void attempt(async () => {
        await api.call('staff:setActive', { id: m.id, active });
        notify({
          kind: 'info',
          text: t(active ? 'staff.reactivated' : 'staff.deactivated', { name: m.fullName }),
          action: { label: t('common.undo'), run: () => void attempt(async () => void (await api.call('staff:setActive', { id: m.id, active: !active }))) },
        });
      }),
    remove: (m) =>
      void attempt(async () => {
        await api.call('staff:remove', { id: m.id });
        notify({ kind: 'info', text: t('staff.removed', { name: m.fullName }) });
      }),
  };

  const pickFile = () =>
    attempt(async () => {
      const file = await files.open({ title: t('staff.import'), extensions: ['csv', 'xlsx', 'txt'] });
      if (file) setPreview(await api.call('staff:importPreview', { file }));
    });

  const exportAs = (format: 'csv' | 'xlsx') =>
    attempt(async () => {
      const { file } = await api.call('staff:export', { format });
      await files.save([file]);
    });

  const loadSample = () =>
    attempt(async () => {
      const loaded = await api.call('staff:loadSample', undefined);
      notify({ kind: 'info', text: t('staff.sampleLoaded', { count: loaded.length }) });
    });

  function imported(result: StaffImportResult) {
    setPreview(null);
    const counts = { added: result.added, updated: result.updated };
    const done = t(result.updated ? 'staff.import.doneUpdated' : 'staff.import.done', counts);
    const refused = result.refusedRows.length ? ` ${t('staff.import.doneRefused', { rows: result.refusedRows.join(', ') })}` : '';
    notify({ kind: 'info', text: done + refused });
    void reload();
  }

  const setF = (patch: Partial<StaffFilter>) => setFilter({ ...filter, ...patch });
  const empty = members?.length === 0;

  return (
    <section className="screen">
      <header className="screen-header">
        <div>
          <h1>{t('staff.title')}</h1>
          <p className="hint">{t('staff.subtitle')}</p>
        </div>
        <div className="actions">
          <button className="primary" onClick={() => setEditing('new')}>
            {t('staff.add')}
          </button>
          <button onClick={() => void pickFile()}>{t('staff.import')}</button>
          <button disabled={empty} onClick={() => void exportAs('csv')}>
            {t('staff.exportCsv')}
          </button>
          <button disabled={empty} onClick={() => void exportAs('xlsx')}>
            {t('staff.exportXlsx')}
          </button>
        </div>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {empty && (
        <div className="empty-state">
          <p>{t('staff.empty')}</p>
          <button className="primary" onClick={() => void loadSample()}>
            {t('staff.loadSample')}
          </button>
        </div>
      )}
      {members && !empty && (
        <>
          <div className="filters card">
            <label className="grow">
              {t('staff.search')}
              <input type="search" value={filter.query} placeholder={t('staff.searchPlaceholder')} onChange={(e) => setF({ query: e.target.value })} />
            </label>
            <label>
              {t('staff.filter.role')}
              <select value={filter.role} onChange={(e) => setF({ role: e.target.value as StaffFilter['role'] })}>
                <option value="">{t('staff.filter.all')}</option>
                {StaffRole.options.map((r) => (
                  <option key={r} value={r}>
                    {t(`staff.role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('staff.filter.skill')}
              <select value={filter.skill} onChange={(e) => setF({ skill: e.target.value })}>
                <option value="">{t('staff.filter.all')}</option>
                {skills.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('staff.filter.unit')}
              <select value={filter.unit} onChange={(e) => setF({ unit: e.target.value })}>
                <option value="">{t('staff.filter.all')}</option>
                {units.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={filter.showInactive} onChange={(e) => setF({ showInactive: e.target.checked })} />
              {t('staff.filter.showInactive')}
            </label>
            <span className="hint count">{t('staff.count', { shown: rows.length, total: members.length })}</span>
          </div>
          {rows.length === 0 ? <p className="empty-state">{t('staff.noMatch')}</p> : <StaffTable rows={rows} skills={skills} sort={sort} onSort={setSort} actions={actions} />}
        </>
      )}
      {editing && (
        <StaffEditor
          member={editing === 'new' ? null : editing}
          skills={skills}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notify({ kind: 'info', text: t('staff.editor.saved', { name: saved.fullName }) });
            void reload();
          }}
        />
      )}
      {preview && <ImportPreviewDialog preview={preview} onClose={() => setPreview(null)} onDone={imported} />}
    </section>
  );
}
