import { useState } from 'react';
import type { UploadedFile } from '../../../../shared/api/files';
import type { CreatePlanInput, ExistingPlan } from '../../../../shared/api/plans';
import type { ImportChoice } from '../../../../shared/plan/reimport';
import type { PlanSummary } from '../../../../shared/plan/schema';
import { useApi } from '../../api/ApiContext';
import { useFiles } from '../../api/useFiles';
import { navigate } from '../../app/route';
import { useNotify } from '../../components/Notices';
import { useAttempt } from '../../components/useAttempt';
import { usePlans } from '../../data/usePlans';
import { useI18n } from '../../i18n/I18nContext';
import { HolidayPlanCard } from './HolidayPlanCard';
import { PlanDetail } from './PlanDetail';
import { PlanForm } from './PlanForm';
import { PlanRow, type PlanActions } from './PlanRow';
import { ReimportDialog } from './ReimportDialog';
import { TrashSection } from './TrashSection';
import { ConfirmDialog } from '../roster/ConfirmDialog';

export function PlansScreen({ planId }: { planId?: string }) {
  if (planId) return <PlanDetail id={planId} />;
  return <PlanList />;
}

function PlanList() {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const files = useFiles();
  const { data: plans, error, reload } = usePlans();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);

  const attempt = useAttempt(reload);

  const actions: PlanActions = {
    rename: (id, name) => attempt(async () => void (await api.call('plans:rename', { id, name }))),
    duplicate: (id) => attempt(async () => void (await api.call('plans:duplicate', { id }))),
    exportFile: (id) =>
      attempt(async () => {
        const { file } = await api.call('plans:exportFile', { id });
        await files.save([file], { title: t('plans.action.export') });
      }),
    // A published plan reminds and has calendars out there: deleting it is asked first.
    remove: async (id) => {
      const plan = plans?.find((p) => p.id === id);
      if (plan?.status === 'published') setDeleting(plan);
      else await removeNow(id);
    },
  };
  const removeNow = (id: string) =>
    attempt(async () => {
      const { name } = await api.call('plans:delete', { id });
      notify({
        kind: 'info',
        text: t('plans.deleted', { name }),
        action: { label: t('common.undo'), run: () => void attempt(async () => void (await api.call('plans:restore', { id }))) },
      });
    });

  async function create(input: CreatePlanInput) {
    const plan = await api.call('plans:create', input);
    setCreating(false);
    await reload();
    navigate('plans', plan.id);
  }

  // The picked file waits here while the user chooses what to do with a plan already stored.
  const [existing, setExisting] = useState<{ file: UploadedFile; plan: ExistingPlan } | null>(null);
  const importFile = (again?: { file: UploadedFile; onExisting: ImportChoice }) =>
    attempt(async () => {
      setExisting(null);
      const file = again?.file ?? (await files.open({ title: t('plans.import'), extensions: ['json'] }));
      if (!file) return;
      const result = await api.call('plans:importFile', { file, onExisting: again?.onExisting });
      if ('existing' in result) return setExisting({ file, plan: result.existing });
      notify({ kind: 'info', text: t(again?.onExisting === 'replace' ? 'plans.reimported' : 'plans.imported', { name: result.plan.name }) });
    });

  return (
    <section className="screen">
      <header className="screen-header">
        <div>
          <h1>{t('plans.title')}</h1>
          <p className="hint">{t('plans.subtitle')}</p>
        </div>
        <div className="actions">
          <button className="primary" onClick={() => setCreating(true)}>
            {t('plans.new')}
          </button>
          <button onClick={() => void importFile()}>{t('plans.import')}</button>
        </div>
      </header>
      {deleting && (
        <ConfirmDialog
          title={t('plans.delete.confirm.title')}
          confirmLabel={t('plans.delete.confirm.go')}
          cancelLabel={t('plans.delete.confirm.keep')}
          onConfirm={() => {
            setDeleting(null);
            void removeNow(deleting.id);
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('plans.delete.confirm.body', { name: deleting.name, version: deleting.latestVersion ?? 1 })}</p>
        </ConfirmDialog>
      )}
      {existing && <ReimportDialog existing={existing.plan} onChoose={(onExisting) => void importFile({ file: existing.file, onExisting })} onClose={() => setExisting(null)} />}
      <HolidayPlanCard onCreate={create} />
      {creating && <PlanForm onCreate={create} onCancel={() => setCreating(false)} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {plans && plans.length === 0 && <p className="empty-state">{t('plans.empty')}</p>}
      {plans && plans.length > 0 && (
        <table className="table plans-table" data-testid="plans">
          <thead>
            <tr>
              <th>{t('plans.col.name')}</th>
              <th>{t('plans.col.period')}</th>
              <th>{t('plans.col.status')}</th>
              <th>{t('plans.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <PlanRow key={plan.id} plan={plan} actions={actions} />
            ))}
          </tbody>
        </table>
      )}
      <TrashSection />
    </section>
  );
}
