import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/client';
import type { PlanChanges } from '../../../shared/api/plans';
import type { Plan } from '../../../shared/plan/schema';
import { useApi } from '../api/ApiContext';
import { useNotify } from '../components/Notices';
import { useAsync } from '../components/useAsync';
import { useErrorText } from '../components/useErrorText';
import { useI18n } from '../i18n/I18nContext';
import type { PlanConflict } from './usePlanWriter';

const isConflict = (e: unknown): e is ApiError => e instanceof ApiError && e.shape.code === 'CONFLICT';

/**
 * The plan an editor (Lịch trực, Thiết lập) works on, and the one conflict policy of them both. It is
 * read once, not followed: the editor's working copy must not change under the user's hands. When a
 * write is refused because the plan changed elsewhere, the editor is opened again on the stored plan
 * (so the other change is not lost) and the user is told, with the refused edit kept in the notice:
 * "Áp dụng lại" writes those fields over what is stored then and reopens the editor on the result.
 * Nothing is dropped silently and nothing retries by itself. `plan.updatedAt` changes whenever the
 * editor must start afresh: the caller keys the editor on it.
 */
export function useEditedPlan(planId: string) {
  const errorText = useErrorText();
  const api = useApi();
  const notify = useNotify();
  const { t } = useI18n();
  const loaded = useAsync(() => api.call('plans:get', { id: planId }), [api, planId]);
  const [reopened, setReopened] = useState<Plan | null>(null);
  const told = useRef<(conflict: PlanConflict) => void>(() => {});

  const reapply = useCallback(
    async (id: string, unsaved: PlanChanges) => {
      const now = await api.call('plans:get', { id });
      try {
        setReopened(await api.call('plans:update', { id, changes: unsaved, baseUpdatedAt: now.updatedAt }));
      } catch (e) {
        if (!isConflict(e)) throw e;
        told.current({ stored: await api.call('plans:get', { id }), unsaved, error: e });
      }
    },
    [api],
  );

  const onConflict = useCallback(
    ({ stored, unsaved, error }: PlanConflict) => {
      setReopened(stored);
      notify({
        kind: 'error',
        cause: `plan:${stored.id}:conflict`,
        text: t('plans.conflict', { message: errorText(error) }),
        action: { label: t('plans.conflict.reapply'), run: () => void reapply(stored.id, unsaved).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) })) },
      });
    },
    [notify, t, reapply, errorText],
  );
  told.current = onConflict;

  const plan = reopened?.id === planId ? reopened : loaded.data;
  return { plan, error: loaded.error, onConflict };
}
