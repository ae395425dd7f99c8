import { useRef, useState } from 'react';
import type { Assignments } from '../../../../shared/roster/edit';
import type { SeatExplanation } from '../../../../shared/roster/explain';
import type { RosterProblem } from '../../../../shared/roster/problem';
import { mustAskBeforeRedraw, rosterKey } from '../../../../shared/roster/redraw-guard';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import type { Roster } from './roster-state';
import { useGenerator } from './useGenerator';

type Mode = 'regenerate' | 'fill-empty';

interface Options {
  problem: RosterProblem;
  assignments: Assignments;
  seed: number;
  published: boolean;
  onGenerated(roster: Roster): void;
}

/**
 * Tạo lịch and Điền chỗ trống: the generator's runs, the question asked before a roster edited by
 * hand or published is drawn again, and the generator's reasons for the seats it left empty
 * (shown by the checks while the roster is the one it made).
 */
export function useRegenerate({ problem, assignments, seed, published, onGenerated }: Options) {
  const notify = useNotify();
  const { t } = useI18n();
  /** The roster the generator last produced here, to tell it from one edited by hand. */
  const generated = useRef<string | null>(null);
  const [explained, setExplained] = useState<{ for: unknown; bySeat: Map<string, SeatExplanation> } | null>(null);
  const [asking, setAsking] = useState(false);
  const generator = useGenerator(
    (result, request) => {
      generated.current = rosterKey(result.assignments);
      onGenerated({ assignments: result.assignments, seed: request.seed });
      setExplained({ for: result.assignments, bySeat: new Map(result.unfilled.map((e) => [e.seatId, e])) });
      const total = problem.seats.length;
      notify({ kind: 'info', text: t('roster.generated', { filled: total - result.unfilled.length, total, score: Math.round(result.stats.balanceScore) }), cause: 'roster:generate' });
    },
    (message) => notify({ kind: 'error', text: t('roster.generateFailed', { message }), cause: 'roster:generate' }),
  );
  // Regenerating again should give another roster, so each run takes the next seed; filling keeps it.
  const run = (mode: Mode) => generator.start({ problem: { ...problem, assignments: [...assignments] }, mode, seed: mode === 'regenerate' && assignments.length > 0 ? seed + 1 : seed });
  return {
    run: generator.run,
    cancel: generator.cancel,
    generate(mode: Mode) {
      if (mode === 'regenerate' && mustAskBeforeRedraw({ assignments, generated: generated.current, published })) setAsking(true);
      else run(mode);
    },
    asking,
    answer(mode: Mode | null) {
      setAsking(false);
      if (mode) run(mode);
    },
    /** The generator's reasons per empty seat, while the roster is the one it made. */
    explained: explained?.for === assignments ? explained.bySeat : null,
  };
}
