import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { diffVersions } from '../../../../shared/plan/diff';
import { latestVersion } from '../../../../shared/plan/publish';
import type { Plan } from '../../../../shared/plan/schema';
import type { Skill } from '../../../../shared/staff/schema';
import { formatDate, formatDateTimeLong } from '../../../../shared/i18n/dates';
import { compactLayout, compactNeighbour, nextInOrder } from '../../../../shared/roster/compact-grid';
import { assignSeat, clearSeat, handOver, moveSeat, toggleLocks, type Assignments } from '../../../../shared/roster/edit';
import type { SeatExplanation } from '../../../../shared/roster/explain';
import { fairnessReport } from '../../../../shared/roster/fairness';
import { neighbourSeat, seatsOfDay, type Direction } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import { mustAskBeforeRedraw, rosterKey } from '../../../../shared/roster/redraw-guard';
import { findByName } from '../../../../shared/staff/find-by-name';
import { useApi } from '../../api/ApiContext';
import { usePlanWriter, type PlanConflict } from '../../data/usePlanWriter';
import { LimitWarning } from '../../components/LimitWarning';
import { hrefFor } from '../../app/route';
import { useNotify, useResolveNotice } from '../../components/Notices';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { ChecksPanel } from './ChecksPanel';
import { CompactGrid } from './CompactGrid';
import { ConfirmDialog } from './ConfirmDialog';
import { FairnessPanel } from './FairnessPanel';
import { PersonView } from './PersonView';
import { PublishDialog } from './PublishDialog';
import { RegenerateDialog } from './RegenerateDialog';
import { RosterGrid } from './RosterGrid';
import { SeatPicker } from './SeatPicker';
import { SeatTyper } from './SeatTyper';
import { SidePanel } from './SidePanel';
import { StatusBadge } from './StatusBadge';
import { VersionsPanel } from './VersionsPanel';
import { Toolbar, type RosterView } from './Toolbar';
import { ReadinessAlert } from '../readiness/ReadinessAlert';
import { PERF, markStart, measureEnd } from './perf';
import { useAutosave } from './useAutosave';
import { useGenerator } from './useGenerator';
import { useRosterEdits } from './useRosterEdits';
import { useRosterModel } from './useRosterModel';
import { useSeatKeys, useUndoKeys } from './useSeatKeys';
import { useSeatIssues } from './useSeatIssues';

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
  const api = useApi();
  const notify = useNotify();
  const resolveNotice = useResolveNotice();
  const { t, language, say } = useI18n();
  const model = useRosterModel(plan, skills);
  const { problem, grid, lookup, staffById, check } = model;
  const edits = useRosterEdits({ assignments: plan.assignments, seed: plan.seed }, check);
  const { assignments, seed, propose } = edits;

  const [meta, setMeta] = useState({ status: plan.status, versions: plan.versions });
  const [view, setView] = useState<RosterView>('compact');
  const [focused, setFocused] = useState<string | null>(() => (shiftId ? (grid.order.find((id) => id.startsWith(`${shiftId}/`)) ?? null) : null));
  const [jump, setJump] = useState(0);
  const [carried, setCarried] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [picker, setPicker] = useState<string | null>(null);
  const [typing, setTyping] = useState<{ seatId: string; text: string; anchor: DOMRect } | null>(null);
  // Where the keyboard goes once a rule-breaking choice made by typing is confirmed or declined.
  const resume = useRef<{ confirmed: string; dismissed: string } | null>(null);
  const [publishing, setPublishing] = useState(false);
  /** The roster the generator last produced here, to tell it from one edited by hand. */
  const generated = useRef<string | null>(null);
  const [explained, setExplained] = useState<{ for: unknown; bySeat: Map<string, SeatExplanation> } | null>(null);
  const publish = useSubmit();

  const changes = useMemo(() => ({ assignments: assignments.map((a) => ({ ...a })), seed }), [assignments, seed]);
  const writer = usePlanWriter(plan, onConflict);
  const save = useAutosave({ changes, write: writer.write, onSaved: (saved) => setMeta({ status: saved.status, versions: saved.versions }) });

  const violations = useMemo(() => check(assignments), [check, assignments]);
  const issues = useSeatIssues(violations);
  const fairness = useMemo(() => fairnessReport(problem, [...assignments]), [problem, assignments]);
  const holders = useMemo(() => new Map<string, RosterAssignment>(assignments.map((a) => [a.seatId, a])), [assignments]);
  const shiftCounts = useMemo(() => new Map(fairness.people.map((p) => [p.staffId, p.shifts])), [fairness]);
  const lockedDays = useMemo(
    () =>
      new Set(
        grid.rows
          .filter((row) => {
            const held = seatsOfDay(grid, row.date).flatMap((id) => holders.get(id) ?? []);
            return held.length > 0 && held.every((a) => a.locked);
          })
          .map((row) => row.date),
      ),
    [grid, holders],
  );
  const latest = latestVersion(meta);
  const changedSincePublished = useMemo(() => !!latest && diffVersions(latest.plan, { ...latest.plan, assignments: [...assignments] }).seats.length > 0, [latest, assignments]);

  useLayoutEffect(() => measureEnd(PERF.firstRender), []);
  useLayoutEffect(() => measureEnd(PERF.edit), [assignments]);

  const generator = useGenerator(
    (result, request) => {
      generated.current = rosterKey(result.assignments);
      edits.generated({ assignments: result.assignments, seed: request.seed });
      setExplained({ for: result.assignments, bySeat: new Map(result.unfilled.map((e) => [e.seatId, e])) });
      const total = problem.seats.length;
      notify({ kind: 'info', text: t('roster.generated', { filled: total - result.unfilled.length, total, score: Math.round(result.stats.balanceScore) }), cause: 'roster:generate' });
    },
    (message) => notify({ kind: 'error', text: t('roster.generateFailed', { message }), cause: 'roster:generate' }),
  );
  // Regenerating again should give another roster, so each run takes the next seed; filling keeps it.
  const run = (mode: 'regenerate' | 'fill-empty') =>
    generator.start({ problem: { ...problem, assignments: [...assignments] }, mode, seed: mode === 'regenerate' && assignments.length > 0 ? seed + 1 : seed });
  const [askRegenerate, setAskRegenerate] = useState(false);
  const generate = (mode: 'regenerate' | 'fill-empty') => {
    if (mode === 'regenerate' && mustAskBeforeRedraw({ assignments, generated: generated.current, published: latest !== undefined })) setAskRegenerate(true);
    else run(mode);
  };

  const layout = useMemo(() => compactLayout(grid), [grid]);
  const neighbour = useCallback(
    (seatId: string, direction: Direction) => (view === 'compact' ? compactNeighbour(layout, seatId, direction) : neighbourSeat(grid, seatId, direction)),
    [view, layout, grid],
  );
  const refocus = useCallback((seatId: string) => {
    setFocused(seatId);
    setJump((n) => n + 1);
  }, []);
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
  const move = useCallback(
    (from: string, to: string) => {
      const locked = [to, from].find((id) => holdersRef.current.get(id)?.locked);
      if (locked) refuse(locked);
      else propose((a) => moveSeat(a, from, to));
    },
    [propose, refuse],
  );
  const actions = useMemo(
    () => ({
      focus: setFocused,
      open: setPicker,
      move,
      toggleDayLock: (date: string) => propose((a) => toggleLocks(a, seatsOfDay(grid, date))),
    }),
    [propose, move, grid],
  );
  const startTyping = useCallback(
    (seatId: string, text: string) => {
      if (holdersRef.current.get(seatId)?.locked) return refuse(seatId);
      const el = document.querySelector(`[data-seat-id="${CSS.escape(seatId)}"]`);
      if (el) setTyping({ seatId, text, anchor: el.getBoundingClientRect() });
    },
    [refuse],
  );
  /** One edit (one undo step) for a name or a column of names pasted from a spreadsheet, from the seat on. */
  const paste = useCallback(
    (seatId: string, text: string) => {
      const names = text
        .split(/\r?\n|\t/)
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length === 0) return;
      const start = grid.order.indexOf(seatId);
      const seats = grid.order.slice(start, start + names.length);
      const found = names.slice(0, seats.length).map((name) => findByName(problem.people, name));
      if (names.length === 1 && !found[0]) return startTyping(seatId, names[0]!);
      const unknown = names.filter((_, i) => !found[i]);
      if (unknown.length) notify({ kind: 'error', text: t('roster.paste.unknown', { count: unknown.length, names: unknown.join(', ') }), cause: 'roster:paste' });
      else resolveNotice('roster:paste');
      const after = nextInOrder(grid, seats.at(-1)!, 1) ?? seats.at(-1)!;
      const outcome = propose((a) => seats.reduce<Assignments>((acc, seat, i) => (found[i] ? assignSeat(acc, seat, found[i].id) : acc), a));
      if (outcome === 'pending') resume.current = { confirmed: after, dismissed: seatId };
      else refocus(after);
    },
    [grid, problem.people, propose, notify, resolveNotice, t, startTyping, refocus],
  );
  const onSeatKey = useSeatKeys({ grid, neighbour, holders, carried, setCarried, setFocused, openPicker: setPicker, startTyping, move, refuse, propose });
  const busy = !!generator.run || !!picker || !!edits.pending || publishing;
  useUndoKeys(edits.undo, edits.redo, !busy);

  const goTo = useCallback((seatId: string) => {
    setView((v) => (v === 'people' ? 'compact' : v));
    setFocused(seatId);
    setJump((n) => n + 1);
  }, []);

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
  const shownCount = shown ? (shiftCounts.get(shown) ?? 0) : 0;

  const afterConfirm = (answer: 'confirmed' | 'dismissed') => {
    const to = resume.current?.[answer];
    resume.current = null;
    if (to) refocus(to);
  };

  const pickerSeat = picker ? lookup.seat(picker) : undefined;
  const pickerShift = pickerSeat && lookup.shift(pickerSeat.shiftId);
  // Back on the seat it was opened from, so the keyboard goes on from there (not from the page's top).
  const closePicker = () => {
    if (picker) refocus(picker);
    setPicker(null);
  };
  const unfilled = violations.filter((v) => v.code === 'SEAT_UNFILLED').length;
  const carriedName = carried ? (staffById.get(holders.get(carried)?.staffId ?? '')?.fullName ?? '') : '';

  // Both grids show the same seats the same way; only their layout differs.
  const seatProps = {
    holders,
    issues,
    staffById,
    specialDays: model.specialDays,
    lockedDays,
    focusedSeat: focused,
    jump,
    carriedSeat: carried,
    shownPerson: shown,
    actions,
    onSeatKey,
    onSeatPaste: paste,
  };
  return (
    <section className="screen roster-screen">
      <header className="roster-header">
        <div>
          <a href={hrefFor('roster')}>{t('roster.back')}</a>
          <h1>{plan.name}</h1>
          <p className="hint">{t('plans.detail.period', { start: formatDateTimeLong(plan.window.start, language), end: formatDateTimeLong(plan.window.end, language) })}</p>
        </div>
        <StatusBadge status={meta.status} version={latest?.version ?? null} changed={changedSincePublished} />
      </header>
      <LimitWarning plan={plan} />
      <ReadinessAlert planId={plan.id} />
      {problem.people.length === 0 && (
        <p className="banner banner-warning" role="status">
          {t('roster.nobody')} <a href={hrefFor('plans', plan.id, 'setup')}>{t('roster.nobody.choose')}</a>
        </p>
      )}
      <Toolbar
        run={generator.run}
        canUndo={edits.canUndo}
        canRedo={edits.canRedo}
        view={view}
        save={save}
        onGenerate={generate}
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
      {askRegenerate && (
        <RegenerateDialog
          published={latest !== undefined}
          placed={assignments.filter((a) => !a.locked).length}
          onChoose={(mode) => {
            setAskRegenerate(false);
            run(mode);
          }}
          onClose={() => setAskRegenerate(false)}
        />
      )}
      {carried ? (
        <p className="carry-banner" role="status">
          {t('roster.carrying', { name: carriedName })}
        </p>
      ) : (
        <p className="hint keys">{t('roster.keys')}</p>
      )}
      {shown && (
        <p className="shown-banner" role="status">
          <span>{t('roster.chart.shown', { name: staffById.get(shown)?.fullName ?? shown, count: shownCount })}</span>
          <button onClick={() => setShown(null)}>{t('roster.chart.unshow')}</button>
        </p>
      )}
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
            <PersonView grid={grid} lookup={lookup} assignments={assignments} report={fairness} issueSeats={issues} onGo={goTo} />
          )}
        </div>
        <SidePanel
          problems={violations.length}
          render={(tab) =>
            tab === 'checks' ? (
              <ChecksPanel problem={problem} assignments={assignments} violations={violations} explained={explained?.for === assignments ? explained.bySeat : null} onGo={goTo} />
            ) : tab === 'fairness' ? (
              <FairnessPanel report={fairness} problem={problem} shown={shown} onShow={showPerson} />
            ) : (
              <VersionsPanel planId={plan.id} versions={meta.versions} grid={grid} lookup={lookup} flush={save.flush} />
            )
          }
        />
      </div>
      {typing && lookup.seat(typing.seatId) && (
        <SeatTyper
          key={typing.seatId}
          problem={problem}
          assignments={assignments}
          seat={lookup.seat(typing.seatId)!}
          staffById={staffById}
          initial={typing.text}
          anchor={typing.anchor}
          onPick={(staffId, step) => {
            const seatId = typing.seatId;
            const after = (step && nextInOrder(grid, seatId, step)) || seatId;
            setTyping(null);
            if (propose((a) => assignSeat(a, seatId, staffId)) === 'pending') resume.current = { confirmed: after, dismissed: seatId };
            else refocus(after);
          }}
          holderName={staffById.get(holders.get(typing.seatId)?.staffId ?? '')?.fullName ?? null}
          onHandOver={(staffId) => {
            const seatId = typing.seatId;
            const from = holders.get(seatId)!.staffId;
            setTyping(null);
            if (propose((a) => handOver(a, from, staffId)) === 'pending') resume.current = { confirmed: seatId, dismissed: seatId };
            else refocus(seatId);
          }}
          onSkip={(step) => {
            setTyping(null);
            refocus(nextInOrder(grid, typing.seatId, step) ?? typing.seatId);
          }}
          onClose={(back) => {
            setTyping(null);
            if (back) refocus(typing.seatId);
          }}
        />
      )}
      {pickerSeat && pickerShift && (
        <SeatPicker
          problem={problem}
          assignments={assignments}
          seat={pickerSeat}
          shift={pickerShift}
          staffById={staffById}
          shiftCounts={shiftCounts}
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
        <ConfirmDialog
          title={t('roster.confirm.title')}
          confirmLabel={t('roster.confirm.go')}
          cancelLabel={t('roster.confirm.cancel')}
          onConfirm={() => {
            edits.confirm();
            afterConfirm('confirmed');
          }}
          onCancel={() => {
            edits.dismiss();
            afterConfirm('dismissed');
          }}
        >
          <ul className="confirm-violations">
            {edits.pending.violations.map((v, i) => (
              <li key={i}>{say(v.text)}</li>
            ))}
          </ul>
          <p className="hint">{t('roster.confirm.body')}</p>
        </ConfirmDialog>
      )}
      {publishing && (
        <PublishDialog
          version={(latest?.version ?? 0) + 1}
          violations={violations.length - unfilled}
          unfilled={unfilled}
          busy={publish.busy}
          error={publish.error}
          onCancel={() => setPublishing(false)}
          onPublish={(note) =>
            void publish.run(async () => {
              await save.flush();
              const published = await writer.own(() => api.call('plans:publish', { id: plan.id, ...(note ? { note } : {}) }));
              setMeta({ status: published.status, versions: published.versions });
              setPublishing(false);
              notify({ kind: 'info', text: t('roster.publish.done', { version: latestVersion(published)!.version }) });
            })
          }
        />
      )}
    </section>
  );
}
