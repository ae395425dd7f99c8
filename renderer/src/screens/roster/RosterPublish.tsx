import type { Plan, PublishedVersion } from '../../../../shared/plan/schema';
import { latestVersion } from '../../../../shared/plan/publish';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { PublishDialog } from './PublishDialog';

interface RosterPublishProps {
  open: boolean;
  planId: string;
  latest: PublishedVersion | undefined;
  violations: number;
  unfilled: number;
  /** Sends the edits not yet saved: what is published is what is stored. */
  flush(): Promise<void>;
  /** The plan writer's own call (usePlanWriter.own): the editor's later writes start from the published plan. */
  own(call: () => Promise<Plan>): Promise<Plan>;
  onPublished(plan: Plan): void;
  onClose(): void;
}

/** Ban hành: the dialog, and publishing the roster as saved. Mounted with the editor, so a failure stays shown until the next attempt. */
export function RosterPublish({ open, planId, latest, violations, unfilled, flush, own, onPublished, onClose }: RosterPublishProps) {
  const api = useApi();
  const notify = useNotify();
  const { t } = useI18n();
  const publish = useSubmit();
  if (!open) return null;
  return (
    <PublishDialog
      version={(latest?.version ?? 0) + 1}
      violations={violations - unfilled}
      unfilled={unfilled}
      busy={publish.busy}
      error={publish.error}
      onCancel={onClose}
      onPublish={(note) =>
        void publish.run(async () => {
          await flush();
          const published = await own(() => api.call('plans:publish', { id: planId, ...(note ? { note } : {}) }));
          onPublished(published);
          notify({ kind: 'info', text: t('roster.publish.done', { version: latestVersion(published)!.version }) });
        })
      }
    />
  );
}
