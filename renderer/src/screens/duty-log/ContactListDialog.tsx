import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { peopleOf } from '../../../../shared/duty-log/logged-plan';
import { useApi } from '../../api/ApiContext';
import { PaperDialog } from '../../components/PaperDialog';
import { useI18n } from '../../i18n/I18nContext';

const SIGNER = '';

/** "Danh sách cán bộ trực và đầu mối liên hệ" for the superior body: the roster gives the people, the IT head names the focal point. */
export function ContactListDialog({ bundle, onClose }: { bundle: DutyLogBundle; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [focal, setFocal] = useState(SIGNER);
  const people = [...peopleOf(bundle.core, bundle.log).values()];
  return (
    <PaperDialog
      title={t('paper.contacts.title')}
      planId={bundle.plan.id}
      core={bundle.core}
      contacts={bundle.contacts}
      defaultRecipients={[]}
      recipientsFromSettings
      onClose={onClose}
      build={(format, overrides) => api.call('paperwork:build', { kind: 'contacts', planId: bundle.plan.id, format, options: { ...overrides, ...(focal ? { focalStaffId: focal } : {}) } })}
    >
      <label>
        {t('paper.contacts.focal')}
        <select value={focal} onChange={(e) => setFocal(e.target.value)}>
          <option value={SIGNER}>{t('paper.contacts.focalDefault')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.fullName}
            </option>
          ))}
        </select>
      </label>
    </PaperDialog>
  );
}
