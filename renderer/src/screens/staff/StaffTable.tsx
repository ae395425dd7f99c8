import type { MessageKey } from '../../../../shared/i18n';
import { formatPhone } from '../../../../shared/staff/phone';
import type { Skill, StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import type { Sort, SortColumn } from './staff-view';

export interface StaffRowActions {
  edit(member: StaffMember): void;
  setActive(member: StaffMember, active: boolean): void;
  /** Offered for inactive people only: deleting is for a mistaken entry, and the service refuses anyone a plan mentions. */
  remove(member: StaffMember): void;
}

function SortHeader({ column, label, sort, onSort }: { column: SortColumn; label: string; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useI18n();
  const current = sort.column === column;
  return (
    <th aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button className="sort" title={t('staff.sortBy', { column: label })} onClick={() => onSort({ column, descending: current && !sort.descending })}>
        {label}
        <span aria-hidden="true">{current ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

export function StaffTable({ rows, skills, sort, onSort, actions }: { rows: StaffMember[]; skills: readonly Skill[]; sort: Sort; onSort: (s: Sort) => void; actions: StaffRowActions }) {
  const { t } = useI18n();
  const header = (column: SortColumn, key: MessageKey) => <SortHeader column={column} label={t(key)} sort={sort} onSort={onSort} />;
  const skillLabel = (id: string) => skills.find((s) => s.id === id)?.label ?? id;
  return (
    <table className="table staff-table" data-testid="staff">
      <thead>
        <tr>
          {header('name', 'staff.col.name')}
          {header('title', 'staff.col.title')}
          {header('unit', 'staff.col.unit')}
          <th>{t('staff.col.phone')}</th>
          <th>{t('staff.col.roles')}</th>
          <th>{t('staff.col.skills')}</th>
          <th>{t('staff.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-staff-id={m.id} className={m.active ? '' : 'inactive'} onDoubleClick={() => actions.edit(m)}>
            <td>
              <span className="staff-name" data-testid="staff-name">
                {m.fullName}
              </span>
              {!m.active && <span className="badge badge-draft nowrap">{t('staff.inactive')}</span>}
              {m.email && <span className="sub">{m.email}</span>}
            </td>
            <td>{m.title}</td>
            <td>{m.unit}</td>
            <td className="nowrap">{m.phone ? formatPhone(m.phone) : ''}</td>
            <td>
              {m.roles.map((r) => (
                <span key={r} className={`tag tag-${r}`}>
                  {t(`staff.role.${r}`)}
                </span>
              ))}
            </td>
            <td>
              {m.skills.map((s) => (
                <span key={s} className="tag">
                  {skillLabel(s)}
                </span>
              ))}
            </td>
            <td className="staff-actions">
              <button onClick={() => actions.edit(m)}>{t('common.edit')}</button>
              <button className={m.active ? 'danger' : ''} onClick={() => actions.setActive(m, !m.active)}>
                {t(m.active ? 'staff.deactivate' : 'staff.reactivate')}
              </button>
              {!m.active && (
                <button className="danger" onClick={() => actions.remove(m)}>
                  {t('staff.remove')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
