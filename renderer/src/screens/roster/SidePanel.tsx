import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';

export type SideTab = 'checks' | 'fairness' | 'versions';

interface SidePanelProps {
  problems: number;
  render(tab: SideTab): ReactNode;
}

/** Checks, fairness and versions beside the grid, one at a time: each is long on a big plan. */
export function SidePanel({ problems, render }: SidePanelProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<SideTab>('checks');
  const label: Record<SideTab, string> = {
    checks: t('roster.tabs.checks', { count: problems }),
    fairness: t('roster.tabs.fairness'),
    versions: t('roster.tabs.versions'),
  };
  return (
    <aside className="roster-side">
      <div className="tabs" role="tablist">
        {(Object.keys(label) as SideTab[]).map((k) => (
          <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={tab === k} aria-controls={`panel-${k}`} onClick={() => setTab(k)}>
            {label[k]}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {render(tab)}
      </div>
    </aside>
  );
}
