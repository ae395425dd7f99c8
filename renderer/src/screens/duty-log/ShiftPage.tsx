import { useEffect } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { pageShifts } from '../../../../shared/duty-log/logged-plan';
import { shiftPage } from '../../../../shared/duty-log/shift-page';
import { hrefFor, navigate } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { ChecksSection } from './ChecksSection';
import { CrewTable } from './CrewTable';
import { HandoverSection } from './HandoverSection';
import { IncomingHandover } from './IncomingHandover';
import { NotesSection } from './NotesSection';
import { ShiftIncidents } from './ShiftIncidents';
import type { DutyLogRun } from './useLogEdits';
import { shiftTitle } from './words';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** One page of the log: the handover received, who came, the checks, incidents, notes and the handover given. */
export function ShiftPage({ bundle, run, shiftId, now, heading = 'h2' }: { bundle: DutyLogBundle; run: DutyLogRun; shiftId: string; now: number; heading?: 'h2' | 'h3' }) {
  const { t, language } = useI18n();
  const page = shiftPage(bundle.core, bundle.log, shiftId, now);
  const shifts = pageShifts(bundle.core, bundle.log);
  const index = shifts.findIndex((s) => s.id === shiftId);
  const prev = shifts[index - 1];
  const next = shifts[index + 1];
  const planId = bundle.plan.id;

  // [ and ] page through the shifts, as in a paper log.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '[' && prev) navigate('log', planId, prev.id);
      if (event.key === ']' && next) navigate('log', planId, next.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [planId, prev, next]);

  if (!page) return null;
  const Heading = heading;
  const editable = !page.shift.vanished;
  return (
    <article className="shift-page" aria-labelledby={`page-${shiftId}`}>
      <header className="shift-page-header">
        <div>
          <Heading id={`page-${shiftId}`}>{shiftTitle(page.shift, language)}</Heading>
          <span className={`badge timing-${page.timing}`}>{t(`dutyLog.timing.${page.timing}`)}</span> <span className="hint">{page.shift.id}</span>
        </div>
        <div className="actions">
          {prev && (
            <a className="button-link" href={hrefFor('log', planId, prev.id)}>
              {t('dutyLog.prev')}
            </a>
          )}
          {next && (
            <a className="button-link" href={hrefFor('log', planId, next.id)}>
              {t('dutyLog.next')}
            </a>
          )}
        </div>
      </header>
      {page.shift.vanished && (
        <div className="banner banner-warning" role="note">
          {t('dutyLog.vanished')}
        </div>
      )}
      {page.incoming && <IncomingHandover incoming={page.incoming} />}
      <div className="page-columns">
        <div>
          <CrewTable bundle={bundle} page={page} run={run} editable={editable} />
          <ShiftIncidents bundle={bundle} page={page} run={run} now={now} editable={editable} />
          <NotesSection bundle={bundle} page={page} run={run} now={now} editable={editable} />
        </div>
        <div>
          <ChecksSection bundle={bundle} page={page} run={run} editable={editable} />
          <HandoverSection key={page.handover?.writtenAt ?? 'none'} bundle={bundle} page={page} run={run} editable={editable} />
        </div>
      </div>
      <p className="hint">{t('dutyLog.keys')}</p>
    </article>
  );
}
