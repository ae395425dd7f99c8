import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { useApi } from '../../api/ApiContext';
import { PaperDialog } from '../../components/PaperDialog';
import { useI18n } from '../../i18n/I18nContext';
import { paperOf, PaperPersonSelect } from './PaperPersonSelect';

/** "Danh sách cán bộ trực và đầu mối liên hệ" for the superior body: the roster gives the people, the IT head names the focal point. */
export function ContactListDialog({ bundle, onClose }: { bundle: DutyLogBundle; onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [focal, setFocal] = useState('');
  return (
    <PaperDialog
      title={t('paper.contacts.title')}
      {...paperOf(bundle)}
      defaultRecipients={[]}
      recipientsFromSettings
      onClose={onClose}
      build={(format, overrides) => api.call('paperwork:build', { kind: 'contacts', planId: bundle.plan.id, format, options: { ...overrides, ...(focal ? { focalStaffId: focal } : {}) } })}
    >
      <PaperPersonSelect bundle={bundle} label={t('paper.contacts.focal')} defaultLabel={t('paper.contacts.focalDefault')} value={focal} onChange={setFocal} />
    </PaperDialog>
  );
}
