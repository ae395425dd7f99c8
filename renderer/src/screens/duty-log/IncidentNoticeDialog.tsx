import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { incidentCode } from '../../../../shared/duty-log/incidents';
import type { Incident } from '../../../../shared/duty-log/schema';
import { defaultNoticeRecipients } from '../../../../shared/paperwork/incident-notice';
import { useApi } from '../../api/ApiContext';
import { PaperDialog } from '../../components/PaperDialog';
import { useI18n } from '../../i18n/I18nContext';
import { paperOf, PaperPersonSelect } from './PaperPersonSelect';

/** The incident notice of one incident: the log gives its facts, the IT head writes impact, request and who to call. */
export function IncidentNoticeDialog({ bundle, incident, onClose }: { bundle: DutyLogBundle; incident: Incident; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [systemOwner, setSystemOwner] = useState('');
  const [impact, setImpact] = useState('');
  const [request, setRequest] = useState('');
  const [contact, setContact] = useState('');
  return (
    <PaperDialog
      title={t('paper.incident.title', { code: incidentCode(incident) })}
      {...paperOf(bundle)}
      defaultRecipients={defaultNoticeRecipients(bundle.contacts, incident)}
      onClose={onClose}
      build={(format, overrides) =>
        api.call('paperwork:build', {
          kind: 'incident',
          planId: bundle.plan.id,
          format,
          incidentId: incident.id,
          options: {
            ...overrides,
            ...(systemOwner.trim() ? { systemOwner: systemOwner.trim() } : {}),
            impact,
            request,
            ...(contact ? { contactStaffId: contact } : {}),
          },
        })
      }
    >
      <p className="hint">{t('paper.incident.blankHint')}</p>
      <div className="row">
        <label>
          {t('paper.incident.systemOwner')}
          <input value={systemOwner} maxLength={300} placeholder={t('paper.incident.systemOwnerHint')} onChange={(e) => setSystemOwner(e.target.value)} />
        </label>
        <PaperPersonSelect bundle={bundle} label={t('paper.incident.contact')} defaultLabel={t('dutyLog.incident.leader')} value={contact} onChange={setContact} />
      </div>
      <div className="row">
        <label>
          {t('paper.incident.impact')}
          <textarea rows={2} value={impact} maxLength={4000} onChange={(e) => setImpact(e.target.value)} />
        </label>
        <label>
          {t('paper.incident.request')}
          <textarea rows={2} value={request} maxLength={4000} onChange={(e) => setRequest(e.target.value)} />
        </label>
      </div>
    </PaperDialog>
  );
}
