import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { latestVersion } from '../../../../shared/plan/publish';
import type { Plan } from '../../../../shared/plan/schema';
import type { Skill } from '../../../../shared/staff/schema';
import { formatDate } from '../../../../shared/i18n/dates';
import { compactLayout, compactNeighbour } from '../../../../shared/roster/compact-grid';
import { assignSeat, clearSeat, moveSeat, toggleLocks } from '../../../../shared/roster/edit';
import { neighbourSeat, seatsOfDay, type Direction } from '../../../../shared/roster/grid';
import { usePlanWriter, type PlanConflict } from '../../data/usePlanWriter';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { ChecksPanel } from './ChecksPanel';
import { CompactGrid } from './CompactGrid';
import { EditConfirm } from './EditConfirm';
import { FairnessPanel } from './FairnessPanel';
import { PersonView } from './PersonView';
import { RegenerateDialog } from './RegenerateDialog';
import { RosterBanners } from './RosterBanners';
import { RosterGrid } from './RosterGrid';
import { RosterHeader } from './RosterHeader';
import { RosterPublish } from './RosterPublish';
import { SeatPicker } from './SeatPicker';
import { SeatTyper } from './SeatTyper';
import { SidePanel } from './SidePanel';
import { VersionsPanel } from './VersionsPanel';
import { Toolbar, type RosterView } from './Toolbar';
import { PERF, markStart, measureEnd } from './perf';
import { useAutosave } from './useAutosave';
import { useRegenerate } from './useRegenerate';
import { useRosterEdits } from './useRosterEdits';
import { useRosterFacts } from './useRosterFacts';
import { useRosterModel } from './useRosterModel';
import { useSeatFocus } from './useSeatFocus';
import { useSeatKeys, useUndoKeys } from './useSeatKeys';
import { useTypedNames } from './useTypedNames';

interface RosterEditorProps {
  plan: Plan;
  /** Settings' skill list: checks and explanations name a seat's skill by it. */
  skills: readonly Skill[];
  /** The route's shift (e.g. from a reminder notification): its first seat gets the focus. */
  shiftId: string | undefined;
  /** The one conflict policy (useEditedPlan): a write refused because the plan changed elsewhere. */
  onConflict(conflict: PlanConflict): void;
}

export function RosterEditor({ plan, skills, shiftId, onConflict }: RosterEditorProps) {
  useState(() => markStart(PERF.firstRender));
  const notify = useNotify();
  const { t } = useI18n();
  const model = useRosterModel(plan, skills);
  const { problem, grid, lookup, staffById } = model;
  const edits = useRosterEdits({ assignments: plan.assignments, seed: plan.seed }, model.check);
  const { assignments, seed, propose } = edits;

  const [meta, setMeta] = useState({ status: plan.status, versions: plan.versions });
  const latest = latestVersion(meta);
  const facts = useRosterFacts(model, assignments, latest);
  const { holders } = facts;
  const [view, setView] = useState<RosterView>('compact');
  const seatFocus = useSeatFocus(() => (shiftId ? (grid.order.find((id) => id.startsWith(`${shiftId}/`)) ?? null) : null));
  const { refocus } = seatFocus;
  const [carried, setCarried] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [picker, setPicker] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);

  const changes = useMemo(() => ({ assignments: assignments.map((a) => ({ ...a })), seed }), [assignments, seed]);
  const writer = usePlanWriter(plan, onConflict);
  const save = useAutosave({ changes, write: writer.write, onSaved: (saved) => setMeta({ status: saved.status, versions: saved.versions }) });

  useLayoutEffect(() => measureEnd(PERF.firstRender), []);
  useLayoutEffect(() => measureEnd(PERF.edit), [assignments]);

  const generator = useRegenerate({ problem, assignments, seed, published: latest !== undefined, onGenerated: edits.generated });

  const layout = useMemo(() => compactLayout(grid), [grid]);
  const neighbour = useCallback(
    (seatId: string, direction: Direction) => (view === 'compact' ? compactNeighbour(layout, seatId, direction) : neighbourSeat(grid, seatId, direction)),
    [view, layout, grid],
  );
  const refuse = useCallback(
    (seatId: string) => {
      const seat = lookup.seat(seatId);
      const shift = seat && lookup.shift(seat.shiftId);
      notify({ kind: 'info', text: t('roster.lockedSeat', { seat: `${seat?.label ?? seatId} · ${shift?.label ?? ''}`, date: shift ? formatDate(shift.date) : '' }) });
    },
    [lookup, notify, t],
  );
  const holdersRef = useRef(holders);
  holdersRef.current = holders;
  const holderOf = useCallback((seatId: string) => holdersRef.current.get(seatId), []);
  const move = useCallback(
    (from: string, to: string) => {
      const locked = [to, from].find((id) => holderOf(id)?.locked);
      if (locked) refuse(locked);
      else propose((a) => moveSeat(a, from, to));
    },
    [propose, refuse, holderOf],
  );
  const actions = useMemo(
    () => ({
      focus: seatFocus.setFocused,
      open: setPicker,
      move,
      toggleDayLock: (date: string) => propose((a) => toggleLocks(a, seatsOfDay(grid, date))),
    }),
    [propose, move, grid, seatFocus.setFocused],
  );
  const names = useTypedNames({ grid, people: problem.people, holderOf, propose, refuse, refocus, after: seatFocus.after });
  const onSeatKey = useSeatKeys({ grid, neighbour, holders, carried, setCarried, setFocused: seatFocus.setFocused, openPicker: setPicker, startTyping: names.startTyping, move, refuse, propose });
  const busy = !!generator.run || !!picker || !!edits.pending || publishing;
  useUndoKeys(edits.undo, edits.redo, !busy);

  const goTo = useCallback(
    (seatId: string) => {
      setView((v) => (v === 'people' ? 'compact' : v));
      refocus(seatId);
    },
    [refocus],
  );

  /** A bar of the fairness chart: that person's seats marked in the grid, the first one brought into view; again to unmark. */
  const showPerson = useCallback(
    (staffId: string) => {
      if (shown === staffId) return setShown(null);
      setShown(staffId);
      const first = grid.order.find((id) => holders.get(id)?.staffId === staffId);
      if (first) goTo(first);
      else setView((v) => (v === 'people' ? 'compact' : v));
    },
    [shown, grid, holders, goTo],
  );

  const pickerSeat = picker ? lookup.seat(picker) : undefined;
  const pickerShift = pickerSeat && lookup.shift(pickerSeat.shiftId);
  // Back on the seat it was opened from, so the keyboard goes on from there (not from the page's top).
  const closePicker = () => {
    if (picker) refocus(picker);
    setPicker(null);
  };
  const nameOf = (seatId: string) => staffById.get(holders.get(seatId)?.staffId ?? '')?.fullName ?? null;
  const { typed } = names;

  // Both grids show the same seats the same way; only their layout differs.
  const seatProps = {
    holders,
    issues: facts.issues,
    staffById,
    specialDays: model.specialDays,
    lockedDays: facts.lockedDays,
    focusedSeat: seatFocus.focused,
    jump: seatFocus.jump,
    carriedSeat: carried,
    shownPerson: shown,
    actions,
    onSeatKey,
    onSeatPaste: names.paste,
  };
  return (
    <section className="screen roster-screen">
      <RosterHeader plan={plan} status={meta.status} version={latest?.version ?? null} changed={facts.changedSincePublished} nobody={problem.people.length === 0} />
      <Toolbar
        run={generator.run}
        canUndo={edits.canUndo}
        canRedo={edits.canRedo}
        view={view}
        save={save}
        onGenerate={generator.generate}
        onCancel={() => {
          generator.cancel();
          notify({ kind: 'info', text: t('roster.cancelled') });
        }}
        onUndo={edits.undo}
        onRedo={edits.redo}
        onView={setView}
        onPublish={() => setPublishing(true)}
        onRetrySave={() => void save.flush()}
      />
      {generator.asking && (
        <RegenerateDialog published={latest !== undefined} placed={assignments.filter((a) => !a.locked).length} onChoose={generator.answer} onClose={() => generator.answer(null)} />
      )}
      <RosterBanners
        carriedName={carried ? (nameOf(carried) ?? '') : null}
        shown={shown ? { name: staffById.get(shown)?.fullName ?? shown, count: facts.shiftCounts.get(shown) ?? 0 } : null}
        onUnshow={() => setShown(null)}
      />
      {/* The whole period takes the full width; its checks, fairness and versions follow under it. */}
      <div className={view === 'compact' ? 'roster-layout stacked' : 'roster-layout'}>
        <div className="roster-main">
          {view === 'compact' ? (
            <div className="roster-grid-wrap">
              <CompactGrid grid={grid} layout={layout} {...seatProps} />
            </div>
          ) : view === 'grid' ? (
            <div className="roster-grid-wrap">
              <RosterGrid grid={grid} {...seatProps} />
            </div>
          ) : (
            <PersonView grid={grid} lookup={lookup} assignments={assignments} report={facts.fairness} issueSeats={facts.issues} onGo={goTo} />
          )}
        </div>
        <SidePanel
          problems={facts.violations.length}
          render={(tab) =>
            tab === 'checks' ? (
              <ChecksPanel problem={problem} assignments={assignments} violations={facts.violations} explained={generator.explained} onGo={goTo} />
            ) : tab === 'fairness' ? (
              <FairnessPanel report={facts.fairness} problem={problem} shown={shown} onShow={showPerson} />
            ) : (
              <VersionsPanel planId={plan.id} versions={meta.versions} grid={grid} lookup={lookup} flush={save.flush} />
            )
          }
        />
      </div>
      {typed && lookup.seat(typed.seatId) && (
        <SeatTyper
          key={typed.seatId}
          problem={problem}
          assignments={assignments}
          seat={lookup.seat(typed.seatId)!}
          staffById={staffById}
          initial={typed.text}
          anchor={typed.anchor}
          onPick={typed.pick}
          holderName={nameOf(typed.seatId)}
          onHandOver={typed.handOver}
          onSkip={typed.skip}
          onClose={typed.close}
        />
      )}
      {pickerSeat && pickerShift && (
        <SeatPicker
          problem={problem}
          assignments={assignments}
          seat={pickerSeat}
          shift={pickerShift}
          staffById={staffById}
          shiftCounts={facts.shiftCounts}
          locked={holders.get(pickerSeat.id)?.locked ?? false}
          onPick={(staffId) => {
            closePicker();
            propose((a) => assignSeat(a, pickerSeat.id, staffId));
          }}
          onClear={() => {
            closePicker();
            propose((a) => clearSeat(a, pickerSeat.id));
          }}
          onToggleLock={() => propose((a) => toggleLocks(a, [pickerSeat.id]))}
          onClose={closePicker}
        />
      )}
      {edits.pending && (
        <EditConfirm
          violations={edits.pending.violations}
          onConfirm={() => {
            edits.confirm();
            seatFocus.afterConfirm('confirmed');
          }}
          onCancel={() => {
            edits.dismiss();
            seatFocus.afterConfirm('dismissed');
          }}
        />
      )}
      <RosterPublish
        open={publishing}
        planId={plan.id}
        latest={latest}
        violations={facts.violations.length}
        unfilled={facts.unfilled}
        flush={save.flush}
        own={writer.own}
        onPublished={(published) => {
          setMeta({ status: published.status, versions: published.versions });
          setPublishing(false);
        }}
        onClose={() => setPublishing(false)}
      />
    </section>
  );
}
