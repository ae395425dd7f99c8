// @vitest-environment happy-dom
import { ReadableStream, type ReadableStreamDefaultController } from 'node:stream/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventSink } from '../../electron/services/adapters';
import { clientFromBridge, type ApiClient } from '../../shared/api/client';
import { eventSchemas, type AppEventName } from '../../shared/api/events';
import type { FileHost } from '../../shared/api/files';
import { WEB_API } from '../../shared/api/web';
import { expandSeats, expandShifts } from '../../shared/plan/expand';
import { httpBridge } from '../../renderer/src/api/http-bridge';
import { useDutyLog } from '../../renderer/src/data/useDutyLog';
import { useReadiness } from '../../renderer/src/data/useReadiness';
import { useReminderLog } from '../../renderer/src/data/useReminderLog';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { tempServices } from '../helpers/services';
import { windowsPerTest } from './windows';

const open = windowsPerTest();
/** Files are not part of this test. */
const NO_FILES: FileHost = { open: () => Promise.reject(new Error('no files')), save: () => Promise.reject(new Error('no files')) };
/** Moments, not stored documents: told again, they would show a notice twice or move the page. */
const MOMENTS: AppEventName[] = ['store:recovered', 'caldav:progress', 'edit', 'notification', 'navigate'];
afterEach(() => vi.unstubAllGlobals());

/**
 * Browser mode's local server as the page's fetch sees it: calls run through the real handler table,
 * events go down every open stream as JSON lines. `drop()` ends the streams, as when the laptop sleeps
 * or the network blinks: what is written before the page connects again is never sent to it.
 */
function localServer(now: string) {
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const encoder = new TextEncoder();
  const events: EventSink = { emit: (event, payload) => streams.forEach((s) => s.enqueue(encoder.encode(`${JSON.stringify({ event, payload })}\n`))) };
  const server = tempServices({ now, events });
  const connections = vi.fn();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    if (url === WEB_API.events) {
      connections();
      const body = new ReadableStream<Uint8Array>({ start: (controller) => void streams.add(controller).has(controller) });
      return { ok: true, status: 200, body };
    }
    const channel = decodeURIComponent(url.slice(WEB_API.call.length));
    const result = await server.services.registry.dispatch(channel, init.body === undefined ? undefined : JSON.parse(init.body as string));
    return { ok: true, status: 200, json: async () => result };
  });
  return {
    ...server,
    connections,
    drop() {
      streams.forEach((s) => s.close());
      streams.clear();
    },
  };
}

describe('a browser tab whose event stream dropped', () => {
  it('shows the check-in, the task done and the reminders logged while it was away once it is connected again', async () => {
    const server = localServer('2026-02-01T02:00:00.000Z');
    const plan = tetRoster();
    await storePlan(server.services, plan);
    const tab: ApiClient = clientFromBridge(httpBridge('secret-of-this-launch'), NO_FILES);
    const log = open(tab, () => useDutyLog(plan.id));
    const readiness = open(tab, () => useReadiness(plan.id));
    const deliveries = open(tab, useReminderLog);
    await vi.waitFor(() => expect(log.current().data?.log.shifts).toEqual([]));
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.status).toBe('todo'));
    await vi.waitFor(() => expect(deliveries.current().data).toEqual([]));
    expect(server.connections).toHaveBeenCalledTimes(1);

    server.drop();
    // Tết has begun: the first shift's technician checks in and a task is done, in another tab or the CLI.
    server.clock.set(new Date('2026-02-13T10:30:00.000Z'));
    const seat = expandSeats(plan, expandShifts(plan))[0]!;
    const staffId = plan.assignments.find((a) => a.seatId === seat.id)!.staffId;
    await server.services.registry.dispatch('dutyLog:checkIn', { planId: plan.id, shiftId: seat.shiftId, staffId });
    await server.services.registry.dispatch('readiness:update', { planId: plan.id, taskId: 'patches', changes: { status: 'done' } });
    await server.services.reminders.engine.wake();

    await vi.waitFor(() => expect(server.connections).toHaveBeenCalledTimes(2), { timeout: 3000 });
    await vi.waitFor(() => expect(log.current().data?.log.shifts.find((p) => p.shiftId === seat.shiftId)?.seats).toMatchObject([{ seatId: seat.id, status: 'present' }]));
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.status).toBe('done'));
    await vi.waitFor(() => expect(deliveries.current().data?.length).toBeGreaterThan(0));
  });

  it('is told every stored document may have changed, so no screen that follows one stays behind: the plans, the directory, the settings, the delivery log and each plan’s duty log, checklist, CalDAV and feed', async () => {
    const server = localServer('2026-02-01T02:00:00.000Z');
    const tab: ApiClient = clientFromBridge(httpBridge('secret-of-this-launch'), NO_FILES);
    const told: { event: string; payload: unknown }[] = [];
    const documents = (Object.keys(eventSchemas) as AppEventName[]).filter((event) => !MOMENTS.includes(event));
    for (const event of documents) tab.listen(event, (payload) => void told.push({ event, payload }));
    await vi.waitFor(() => expect(server.connections).toHaveBeenCalledTimes(1));
    server.drop();
    await vi.waitFor(() => expect(server.connections).toHaveBeenCalledTimes(2), { timeout: 3000 });
    await vi.waitFor(() => expect(told.map((t) => t.event).sort()).toEqual([...documents].sort()));
    // None names one document: any plan's, any entry of the log.
    expect(told).toEqual(
      expect.arrayContaining([
        { event: 'plans:changed', payload: { id: '' } },
        { event: 'reminders:logged', payload: { keys: [] } },
        ...(['dutyLog:changed', 'readiness:changed', 'caldav:changed', 'feed:changed'] as const).map((event) => ({ event, payload: { planId: '' } })),
      ]),
    );
  });
});
