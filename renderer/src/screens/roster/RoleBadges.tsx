import type { MessageKey } from '../../../../shared/i18n';
import type { StaffRole } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';

/** LĐ / KT before a name, in the grid's colours. */
export function RoleBadges({ roles }: { roles: readonly StaffRole[] }) {
  const { t } = useI18n();
  return roles.map((r) => (
    <span key={r} className={`role-badge role-${r}`} title={t(`roster.roleName.${r}` as MessageKey)}>
      {t(`roster.role.${r}` as MessageKey)}
    </span>
  ));
}
