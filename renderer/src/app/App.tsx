import { useEffect } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useApi } from '../api/ApiContext';
import { NoticeProvider } from '../components/Notices';
import { SettingsProvider, useSettings, useSettingsSaved } from '../data/SettingsContext';
import { useMenuEdits } from '../components/useMenuEdits';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { DutyLogScreen } from '../screens/duty-log/DutyLogScreen';
import { PlansScreen } from '../screens/plans/PlansScreen';
import { PlanSetupScreen } from '../screens/plan-setup/PlanSetupScreen';
import { PublishScreen } from '../screens/publish/PublishScreen';
import { ReadinessScreen } from '../screens/readiness/ReadinessScreen';
import { RemindersScreen } from '../screens/reminders/RemindersScreen';
import { RosterScreen } from '../screens/roster/RosterScreen';
import { CaldavSettingsCard } from '../screens/settings/CaldavSettingsForm';
import { FeedSettingsCard } from '../screens/settings/FeedSettingsForm';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { StaffScreen } from '../screens/staff/StaffScreen';
import { HostProvider, useHost } from './HostContext';
import { RecoveryBanner } from './RecoveryBanner';
import { PLAN_AREAS, useLastPlan } from './useLastPlan';
import { useWebNotifications } from './useWebNotifications';
import type { Area } from '../../../shared/api/area';
import { AREAS, hrefFor, navigate, useRoute } from './route';

const NAV_KEYS = {
  plans: 'nav.plans',
  staff: 'nav.staff',
  roster: 'nav.roster',
  publish: 'nav.publish',
  reminders: 'nav.reminders',
  log: 'nav.log',
  settings: 'nav.settings',
} as const satisfies Record<Area, string>;

export function App() {
  return (
    <SettingsProvider>
      <Localised />
    </SettingsProvider>
  );
}

function Localised() {
  useMenuEdits();
  const api = useApi();
  const settings = useSettings();
  useEffect(
    () =>
      api.listen('navigate', ({ area, planId, shiftId }) => {
        navigate(area, ...(planId ? [planId, ...(shiftId ? [shiftId] : [])] : []));
      }),
    [api],
  );
  return (
    <I18nProvider language={settings?.language ?? 'vi'}>
      <NoticeProvider>
        <HostProvider>
          <Shell settings={settings} onSettings={useSettingsSaved()} />
        </HostProvider>
      </NoticeProvider>
    </I18nProvider>
  );
}

function Shell({ settings, onSettings }: { settings: Settings | null; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const route = useRoute();
  useWebNotifications(useHost()?.mode === 'browser');
  const lastPlan = useLastPlan(settings, onSettings);
  const linkTo = (area: Area) => ((PLAN_AREAS as readonly Area[]).includes(area) && lastPlan.last ? hrefFor(area, lastPlan.last) : hrefFor(area));
  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('app.name')}>
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <ul>
          {AREAS.map((area) => (
            <li key={area}>
              <a href={linkTo(area)} aria-current={route.area === area ? 'page' : undefined}>
                {t(NAV_KEYS[area])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <RecoveryBanner />
        {route.area === 'plans' && route.params[1] === 'setup' && settings && <PlanSetupScreen planId={route.params[0]!} skills={settings.skills} />}
        {route.area === 'plans' && route.params[1] === 'readiness' && <ReadinessScreen planId={route.params[0]!} />}
        {route.area === 'plans' && route.params[1] !== 'setup' && route.params[1] !== 'readiness' && <PlansScreen planId={route.params[0]} />}
        {route.area === 'staff' && settings && <StaffScreen skills={settings.skills} />}
        {route.area === 'roster' && settings && <RosterScreen planId={route.params[0]} shiftId={route.params[1]} onOpened={lastPlan.opened} skills={settings.skills} />}
        {route.area === 'publish' && <PublishScreen planId={route.params[0]} onOpened={lastPlan.opened} />}
        {route.area === 'reminders' && <RemindersScreen />}
        {route.area === 'log' && <DutyLogScreen planId={route.params[0]} part={route.params[1]} />}
        {route.area === 'settings' && settings && (
          <>
            <SettingsScreen settings={settings} onSaved={onSettings} focus={route.params[0]} />
            <CaldavSettingsCard />
            <FeedSettingsCard />
          </>
        )}
      </main>
    </div>
  );
}
