import type { ReadinessView } from '../../../../shared/api/readiness';

/** How many of the checklist's tasks are done, as the summary and the after-report count them. */
export const doneCount = (view: ReadinessView) => view.tasks.filter((t) => t.status === 'done').length;
