import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { incidentCode } from '../../../../shared/duty-log/incidents';
import { INCIDENT_KINDS, INCIDENT_STATUSES, SEVERITIES, type IncidentKind, type IncidentStatus, type Severity } from '../../../../shared/duty-log/schema';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import type { DutyLogRun } from './useDutyLog';
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
            <select value={kind} onChange={(e) => setKind(e.target.value as IncidentKind)}>
              {INCIDENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`dutyLog.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dutyLog.incident.severity')}
            <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`dutyLog.severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dutyLog.incident.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as IncidentStatus)}>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`dutyLog.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('dutyLog.incident.description')}
          <textarea rows={3} value={description} required aria-invalid={missing && !description.trim() ? true : undefined} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />
          {missing && !description.trim() && <span className="field-error">{t('dutyLog.incident.descriptionRequired')}</span>}
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dutyLog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('dutyLog.incident.new')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
