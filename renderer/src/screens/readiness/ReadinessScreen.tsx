import { useState } from 'react';
import type { ReadinessView } from '../../../../shared/api/readiness';
import { formatDate, formatDateTimeLong } from '../../../../shared/i18n/dates';
import { useApi } from '../../api/ApiContext';
import { hrefFor } from '../../app/route';
import { useNotify } from '../../components/Notices';
import { useAttempt } from '../../components/useAttempt';
import { useI18n } from '../../i18n/I18nContext';
import { ConfirmDialog } from '../roster/ConfirmDialog';
import { ReadinessRow, type TaskChanges } from './ReadinessRow';
import { useReadiness } from '../../data/useReadiness';
import { doneCount } from './done';
import './readiness.css';

/** Việc chuẩn bị: the plan's readiness checklist, edited in place, each change saved at once. */
export function ReadinessScreen({ planId }: { planId: string }) {
  const api = useApi();
  const notify = useNotify();
  const { t, language } = useI18n();
  const { data: view, error, reload, setData } = useReadiness(planId);
  const attempt = useAttempt(reload);
  const [title, setTitle] = useState('');
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);

  /** Shows what the services answered; a refusal is shown and the stored checklist reloaded. */
  const save = (call: () => Promise<ReadinessView>, done?: string) =>
    attempt(async () => {
      setData(await call());
      if (done) notify({ kind: 'info', text: done });
    });
  const update = (taskId: string, changes: TaskChanges) => save(() => api.call('readiness:update', { planId, taskId, changes }));
  const move = (taskId: string, to: number) => save(() => api.call('readiness:move', { planId, taskId, to }));

  const remove = (taskId: string) =>
    attempt(async () => {
      const { removed, ...rest } = await api.call('readiness:remove', { planId, taskId });
      setData(rest);
      notify({
        kind: 'info',
        text: t('readiness.removed', { task: removed.task.title }),
        action: { label: t('common.undo'), run: () => void save(() => api.call('readiness:restore', { planId, ...removed })) },
      });
    });

  if (error) {
    return (
      <section className="screen">
        <a href={hrefFor('plans', planId)}>{t('readiness.back')}</a>
        <p className="error" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!view) return <p className="hint">{t('common.loading')}</p>;
  return (
    <section className="screen readiness">
      <a href={hrefFor('plans', planId)}>{t('readiness.back')}</a>
      <h1>{t('readiness.title')}</h1>
      <p className="subject">{view.plan.name}</p>
      <p className="hint">{t('readiness.intro', { start: formatDateTimeLong(view.plan.window.start, language) })}</p>
      <p className="readiness-summary">
        <strong>{t('readiness.summary', { done: doneCount(view), total: view.tasks.length })}</strong>
        {view.overdue.length > 0 && <span className="badge badge-overdue">{t('readiness.overdue.banner', { count: view.overdue.length })}</span>}
        <span className="hint">{t('readiness.due.hint', { latest: formatDate(view.latestDue), default: formatDate(view.defaultDue) })}</span>
      </p>
      {view.late.length > 0 && (
        <div className="banner banner-warning" role="status">
          {t('readiness.late.banner', { count: view.late.length })}
        </div>
      )}
      {view.tasks.length === 0 ? (
        <div className="empty-state">{t('readiness.empty')}</div>
      ) : (
        <table className="table compact readiness-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('readiness.col.task')}</th>
              <th>{t('readiness.col.assignee')}</th>
              <th>{t('readiness.col.due')}</th>
              <th>{t('readiness.col.status')}</th>
              <th>{t('readiness.col.note')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.tasks.map((task, index) => (
              <ReadinessRow
                key={`${task.id}:${task.updatedAt}`}
                task={task}
                index={index}
                view={view}
                onChange={(changes) => void update(task.id, changes)}
                onMove={(to) => void move(task.id, to)}
                onRemove={() => setRemoving({ id: task.id, title: task.title })}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="readiness-add"
        onSubmit={(e) => {
          e.preventDefault();
          const name = title.trim();
          if (!name) return;
          void save(
            async () => {
              const { taskId: _id, ...added } = await api.call('readiness:add', { planId, title: name });
              setTitle('');
              return added;
            },
            t('readiness.added', { task: name }),
          );
        }}
      >
        <input aria-label={t('readiness.add.placeholder')} placeholder={t('readiness.add.placeholder')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary" disabled={!title.trim()}>
          {t('readiness.add')}
        </button>
      </form>
      {removing && (
        <ConfirmDialog
          title={t('readiness.removeConfirm.title')}
          confirmLabel={t('readiness.removeConfirm.ok')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void remove(removing.id);
          }}
        >
          <p>{t('readiness.removeConfirm.body', { task: removing.title })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
