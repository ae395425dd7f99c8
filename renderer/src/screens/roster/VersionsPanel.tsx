import { useState } from 'react';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { epochToVn } from '../../../../shared/time/zone';
import type { VersionDiff } from '../../../../shared/plan/diff';
import type { PublishedVersion } from '../../../../shared/plan/schema';
import type { RosterGrid } from '../../../../shared/roster/grid';
import type { RosterLookup } from '../../../../shared/roster/lookup';
import { useApi } from '../../api/ApiContext';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { VersionDiffView } from './VersionDiffView';

interface VersionsPanelProps {
  planId: string;
  versions: PublishedVersion[];
  grid: RosterGrid;
  lookup: RosterLookup;
  /** Writes pending edits first, so the working copy compared is the one on screen. */
  flush(): Promise<void>;
}

const WORKING = 0;

/** The published versions, and what changed between two of them or since the last one. */
export function VersionsPanel({ planId, versions, grid, lookup, flush }: VersionsPanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const last = versions.at(-1)?.version ?? 0;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last > 1 ? last : WORKING);
  const [shown, setShown] = useState<{ diff: VersionDiff; title: string } | null>(null);
  const { busy, error, run } = useSubmit();
  const label = (v: number) => (v === WORKING ? t('roster.versions.working') : t('roster.versions.item', { version: v }));

  if (versions.length === 0) return <p className="hint">{t('roster.versions.none')}</p>;
  return (
    <section className="versions-panel" aria-label={t('roster.tabs.versions')}>
      <ol className="version-list" data-testid="version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <strong>{label(v.version)}</strong>
            <span className="hint"> · {t('roster.versions.publishedAt', { at: formatDateTime(epochToVn(Date.parse(v.publishedAt))) })}</span>
            {v.note && <div className="version-note">{v.note}</div>}
          </li>
        ))}
      </ol>
      <form
        className="diff-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            if (to === WORKING) await flush();
            const diff = await api.call('plans:diff', { id: planId, from, ...(to === WORKING ? {} : { to }) });
            setShown({ diff, title: t('roster.diff.title', { from: label(from), to: label(to) }) });
          });
        }}
      >
        <VersionSelect label={t('roster.versions.from')} value={from} choices={versions.map((v) => v.version)} name={label} onChange={setFrom} />
        <VersionSelect label={t('roster.versions.to')} value={to} choices={[...versions.map((v) => v.version), WORKING]} name={label} onChange={setTo} />
        <button type="submit" disabled={busy}>
          {t('roster.versions.compare')}
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {shown && <VersionDiffView diff={shown.diff} title={shown.title} grid={grid} lookup={lookup} />}
    </section>
  );
}

interface VersionSelectProps {
  label: string;
  value: number;
  choices: number[];
  name(version: number): string;
  onChange(version: number): void;
}

function VersionSelect({ label, value, choices, name, onChange }: VersionSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
