import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import type { DutyLogSummary } from '../../../../shared/duty-log/summary';
import { hoursRows, hoursTotal } from '../../../../shared/duty-log/hours';
import { hoursText, REMARKS_MAX } from '../../../../shared/paperwork/after-report';
import { atText } from '../../../../shared/paperwork/paper-body';
import { useApi } from '../../api/ApiContext';
import { PaperDialog } from '../../components/PaperDialog';
import { useI18n } from '../../i18n/I18nContext';
import { useReadiness } from '../../data/useReadiness';
import { doneCount } from '../readiness/done';
import { paperOf } from './PaperPersonSelect';

/**
 * "Báo cáo kết quả công tác trực": the figures are the duty log's and the readiness checklist's at this
 * moment (shown here as the paper will print them, "tính đến" while the window runs); the IT head writes the remarks, and the
 * number, date, recipients and signer of this paper. Recipients start as those of the unit's settings.
 */
export function AfterReportDialog({ bundle, summary, asOf, onClose }: { bundle: DutyLogBundle; summary: DutyLogSummary; asOf: number | null; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [remarks, setRemarks] = useState('');
  const readiness = useReadiness(bundle.plan.id).data;
  const rows = hoursRows(summary);
  const s = summary.seats;
  return (
    <PaperDialog
      title={t('paper.after.title')}
      {...paperOf(bundle)}
      defaultRecipients={[]}
      recipientsFromSettings
      onClose={onClose}
      build={(format, overrides) => api.call('paperwork:build', { kind: 'after', planId: bundle.plan.id, format, options: { ...overrides, remarks } })}
    >
      <p className="hint">{t('paper.after.figuresHint')}</p>
      <p className="log-figures" data-testid="after-figures">
        {t('paper.after.figures', {
          shifts: summary.shifts.total,
          present: s.present,
          replaced: s.replaced,
          absent: s.absent,
          done: summary.checks.done,
          owed: summary.checks.owed,
          incidents: summary.incidents.total,
          planned: hoursText(hoursTotal(rows, 'plannedMinutes')),
          actual: hoursText(hoursTotal(rows, 'actualMinutes')),
        })}
      </p>
      {readiness && (
        <p className="log-figures" data-testid="after-readiness">
          {t('paper.after.readinessFigures', { done: doneCount(readiness), total: readiness.tasks.length, overdue: readiness.overdue.length })}
        </p>
      )}
      {asOf !== null && <p className="hint">{t('paper.after.asOf', { at: atText(asOf) })}</p>}
      <label>
        {t('paper.after.remarks')}
        <textarea rows={4} value={remarks} maxLength={REMARKS_MAX} placeholder={t('paper.after.remarksHint')} onChange={(e) => setRemarks(e.target.value)} />
      </label>
      {/* The field stops at the limit (a paste is cut there): say so before it is reached. */}
      {remarks.length > REMARKS_MAX * 0.9 && <p className="hint">{t('paper.after.remarksLength', { n: remarks.length, max: REMARKS_MAX })}</p>}
    </PaperDialog>
  );
}
