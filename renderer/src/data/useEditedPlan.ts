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
 * Nothing is dropped silently and nothing retries by itself. A change made elsewhere before the editor
 * wrote anything is announced with "Tải lại", which opens the editor on the stored plan. `plan.updatedAt` changes whenever the
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
        told.current({ kind: 'refused', stored: await api.call('plans:get', { id }), unsaved, error: e });
      }
    },
    [api],
  );

  const reload = useCallback(async (id: string) => setReopened(await api.call('plans:get', { id })), [api]);

  const onConflict = useCallback(
    (conflict: PlanConflict) => {
      const { stored } = conflict;
      const cause = `plan:${stored.id}:conflict`;
      if (conflict.kind === 'changed') {
        // Nothing of this window is lost yet: the user reloads when ready, and a write made before then
        // is refused and kept by the notice below.
        notify({
          kind: 'warning',
          cause,
          text: t('plans.changedElsewhere'),
          action: { label: t('plans.changedElsewhere.reload'), run: () => void reload(stored.id).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) })) },
        });
        return;
      }
      setReopened(stored);
      notify({
        kind: 'error',
        cause,
        text: t('plans.conflict', { message: errorText(conflict.error) }),
        action: { label: t('plans.conflict.reapply'), run: () => void reapply(stored.id, conflict.unsaved).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) })) },
      });
    },
    [notify, t, reapply, reload, errorText],
  );
  told.current = onConflict;

  const plan = reopened?.id === planId ? reopened : loaded.data;
  return { plan, error: loaded.error, onConflict };
}
