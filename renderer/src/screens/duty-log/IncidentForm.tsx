import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { incidentCode } from '../../../../shared/duty-log/incidents';
import { INCIDENT_KINDS, INCIDENT_STATUSES, SEVERITIES, type IncidentKind, type IncidentStatus, type Severity } from '../../../../shared/duty-log/schema';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { ChoiceSelect } from './ChoiceSelect';
import type { DutyLogRun } from './useLogEdits';
import { useWhen, WhenField } from './WhenField';

/** A new incident on a shift's page: the time it was found is required, the rest has sensible defaults. */
export function IncidentForm({ bundle, shiftId, now, run, onClose }: { bundle: DutyLogBundle; shiftId: string; now: number; run: DutyLogRun; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const foundAt = useWhen(now);
  const [system, setSystem] = useState('');
  const [kind, setKind] = useState<IncidentKind>('malware');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [status, setStatus] = useState<IncidentStatus>('open');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    const at = foundAt.instant();
    if (!at || !description.trim()) return setMissing(true);
    let code = '';
    const ok = await run(async () => {
      const result = await api.call('dutyLog:openIncident', {
        planId: bundle.plan.id,
        shiftId,
        foundAt: at,
        system: system.trim(),
        kind,
        severity,
        description: description.trim(),
        status,
      });
      code = incidentCode(result.log.incidents.find((i) => i.id === result.incidentId)!);
      return result;
    });
    if (ok) {
      notify({ kind: 'info', text: t('dutyLog.incident.opened', { code }) });
      onClose();
    }
  };

  return (
    <Dialog title={t('dutyLog.incident.new')} onClose={onClose} wide>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="row">
          <label>
            {t('dutyLog.incident.foundAt')}
            <WhenField when={foundAt} label={t('dutyLog.incident.foundAt')} showError={missing} />
            {missing && !foundAt.valid && <span className="field-error">{t('dutyLog.incident.timeRequired')}</span>}
          </label>
          <label>
            {t('dutyLog.incident.system')}
            <input value={system} maxLength={200} onChange={(e) => setSystem(e.target.value)} />
          </label>
        </div>
        <div className="row">
          <label>
            {t('dutyLog.incident.kind')}
            <ChoiceSelect values={INCIDENT_KINDS} value={kind} labelOf={(v) => t(`dutyLog.kind.${v}`)} onChoose={setKind} />
          </label>
          <label>
            {t('dutyLog.incident.severity')}
            <ChoiceSelect values={SEVERITIES} value={severity} labelOf={(v) => t(`dutyLog.severity.${v}`)} onChoose={setSeverity} />
          </label>
          <label>
            {t('dutyLog.incident.status')}
            <ChoiceSelect values={INCIDENT_STATUSES} value={status} labelOf={(v) => t(`dutyLog.status.${v}`)} onChoose={setStatus} />
          </label>
        </div>
        <label>
          {t('dutyLog.incident.description')}
          <textarea rows={3} value={description} required aria-invalid={missing && !description.trim() ? true : undefined} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />
          {missing && !description.trim() && <span className="field-error">{t('dutyLog.incident.descriptionRequired')}</span>}
        </label>
        <FormFooter error={null} busy={false} submitLabel={t('dutyLog.incident.new')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
