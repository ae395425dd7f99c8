import { useState } from 'react';
import type { ReadinessView } from '../../../../shared/api/readiness';
import { formatDate, formatDateTime } from '../../../../shared/i18n/dates';
import { READINESS_STATUSES, type ReadinessStatus, type ReadinessTask } from '../../../../shared/readiness/schema';
import { ParsedInput, parseDate } from '../../components/ParsedInput';
import { useI18n } from '../../i18n/I18nContext';

export type TaskChanges = Partial<{ title: string; assigneeId: string | null; due: string; status: ReadinessStatus; note: string }>;

/**
 * One task: its fields are edited in place and saved when left (text) or chosen (lists). A due date
 * not before the duty window is explained under the field and not sent.
 */
export function ReadinessRow({
  task,
  index,
  view,
  onChange,
  onMove,
  onRemove,
}: {
  task: ReadinessTask;
  index: number;
  view: ReadinessView;
  onChange: (changes: TaskChanges) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(task.title);
  const [note, setNote] = useState(task.note);
  const [due, setDue] = useState(task.due);
  const dueTooLate = due > view.latestDue;
  const overdue = view.overdue.includes(task.id);
  const late = view.late.includes(task.id);
  const known = task.assigneeId === null || view.people.some((p) => p.id === task.assigneeId);
  const commitText = (field: 'title' | 'note', value: string) => {
    const trimmed = value.trim();
    if (trimmed === task[field] || (field === 'title' && !trimmed)) return;
    onChange({ [field]: trimmed });
  };
  return (
    <>
      <tr className={`readiness-row status-${task.status}${overdue ? ' is-overdue' : ''}`}>
        <td className="num">{index + 1}</td>
        <td className="task">
          <textarea
            aria-label={t('readiness.rename', { n: index + 1 })}
            rows={2}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value.replace(/\n/g, ' '))}
            onBlur={() => (title.trim() ? commitText('title', title) : setTitle(task.title))}
            onKeyDown={(e) => {
              // One line of text: Enter finishes the name instead of breaking it.
              if (e.key === 'Enter') {
                e.preventDefault();
                e.currentTarget.blur();
              }
            }}
          />
          {overdue && <span className="badge badge-overdue">{t('readiness.overdue.badge')}</span>}
          {late && <span className="badge badge-late">{t('readiness.late.badge')}</span>}
        </td>
        <td>
          <select aria-label={t('readiness.assigneeOf', { task: task.title })} value={task.assigneeId ?? ''} onChange={(e) => onChange({ assigneeId: e.target.value || null })}>
            <option value="">{t('readiness.noAssignee')}</option>
            {!known && <option value={task.assigneeId!}>{task.assigneeName || task.assigneeId}</option>}
            {view.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </td>
        <td className="due">
          <span onBlur={() => !dueTooLate && due !== task.due && onChange({ due })}>
            <ParsedInput
              className="date"
              placeholder="dd/mm/yyyy"
              aria-label={t('readiness.dueOf', { task: task.title })}
              aria-describedby={dueTooLate ? `due-error-${task.id}` : undefined}
              value={due}
              format={formatDate}
              parse={parseDate}
              onValue={setDue}
              invalidMessage={t('readiness.due.invalid')}
            />
          </span>
        </td>
        <td>
          <select aria-label={t('readiness.statusOf', { task: task.title })} value={task.status} onChange={(e) => onChange({ status: e.target.value as ReadinessStatus })}>
            {READINESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`readiness.status.${s}`)}
              </option>
            ))}
          </select>
        </td>
        <td className="note">
          <textarea aria-label={t('readiness.noteOf', { task: task.title })} rows={2} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} onBlur={() => commitText('note', note)} />
        </td>
        <td className="task-actions">
          <div>
            <button type="button" className="icon" aria-label={t('readiness.moveUp', { task: task.title })} disabled={index === 0} onClick={() => onMove(index - 1)}>
              ↑
            </button>
            <button type="button" className="icon" aria-label={t('readiness.moveDown', { task: task.title })} disabled={index === view.tasks.length - 1} onClick={() => onMove(index + 1)}>
              ↓
            </button>
            <button type="button" className="icon danger" aria-label={t('readiness.remove', { task: task.title })} onClick={onRemove}>
              ×
            </button>
          </div>
        </td>
      </tr>
      {dueTooLate && (
        <tr className="readiness-error-row">
          <td />
          <td colSpan={6} className="error" id={`due-error-${task.id}`} role="alert">
            {t('readiness.error.DUE_NOT_BEFORE_WINDOW', { due: formatDate(due), start: formatDateTime(view.plan.window.start), latest: formatDate(view.latestDue) })}
          </td>
        </tr>
      )}
    </>
  );
}
