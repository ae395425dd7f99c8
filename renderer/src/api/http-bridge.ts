import { buildBridge, eventChannel } from '../../../shared/api/bridge';
import type { Bridge } from '../../../shared/api/contract';
import type { AppEventName } from '../../../shared/api/events';
import type { Result } from '../../../shared/api/errors';
import { CODE_FRAGMENT, SESSION_HEADER, WEB_API } from '../../../shared/api/web';
import { msg, type Message } from '../../../shared/i18n/message';

/** Per tab, so a reload keeps working; never a cookie, which the browser would attach to forged requests. */
const SECRET_KEY = 'lich-truc-session';
const RETRY_MS = [500, 1000, 2000, 5000, 10_000];

type Listener = (payload: unknown) => void;

/** What a reconnected page is told, since it may have missed any change: every stored document, looked at again. */
const MISSED = [
  ['plans:changed', { id: '' }],
  ['staff:changed', {}],
  ['settings:changed', {}],
  ['reminders:logged', { keys: [] }],
  ['dutyLog:changed', { planId: '' }],
  ['readiness:changed', { planId: '' }],
  ['caldav:changed', { planId: '' }],
  ['feed:changed', { planId: '' }],
] as const satisfies readonly (readonly [AppEventName, object])[];

const disconnected = (message: Message): Result<never> => ({ ok: false, error: { code: 'DISCONNECTED', message } });
const SERVER_GONE = msg('error.serverGone');
const SESSION_ENDED = msg('error.sessionEnded');

/**
 * The secret of this launch: traded for the one-time code in the URL's fragment (which is then
 * removed from the address bar and the history), or kept from earlier in this tab. Null when the
 * page was opened without a valid link.
 */
export async function sessionSecret(): Promise<string | null> {
  const code = CODE_FRAGMENT.exec(window.location.hash)?.[1];
  if (code) {
    window.history.replaceState(null, '', `${window.location.pathname}#/plans`);
    const response = await fetch(WEB_API.session, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) }).catch(() => null);
    if (response?.ok) {
      const { secret } = (await response.json()) as { secret: string };
      sessionStorage.setItem(SECRET_KEY, secret);
      return secret;
    }
  }
  return sessionStorage.getItem(SECRET_KEY);
}

/** Reads the server's event stream line by line, for as long as it stays open. */
async function readStream(response: Response, deliver: (line: string) => void): Promise<void> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const lines = (buffered + value).split('\n');
    buffered = lines.pop()!;
    lines.filter(Boolean).forEach(deliver);
  }
}

/**
 * Browser mode's transport for the one bridge shape: each call is a POST of its input to the local
 * server, which runs it through the same handler table as Electron's IPC; events come back over
 * one streamed response. Files are the browser's own (picker and downloads), as `files` is absent.
 */
export function httpBridge(secret: string): Bridge {
  const headers = { 'content-type': 'application/json', [SESSION_HEADER]: secret };
  const listeners = new Map<string, Set<Listener>>();
  const dispatch = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
  let streaming = false;

  async function stream(attempt = 0): Promise<void> {
    const response = await fetch(WEB_API.events, { headers, cache: 'no-store' }).catch(() => null);
    if (response?.status === 401) return; // A restarted server: every call now says so.
    if (response?.ok) {
      // Events sent while the stream was down are lost: the data hooks that follow changes look again.
      if (attempt > 0) for (const [event, payload] of MISSED) dispatch(eventChannel(event), payload);
      attempt = 0;
      await readStream(response, (line) => {
        const { event, payload } = JSON.parse(line) as { event: Parameters<typeof eventChannel>[0]; payload: unknown };
        dispatch(eventChannel(event), payload);
      }).catch(() => {});
    }
    setTimeout(() => void stream(attempt + 1), RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
  }

  return buildBridge(
    async (channel, input) => {
      const response = await fetch(`${WEB_API.call}${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        ...(input === undefined ? {} : { body: JSON.stringify(input) }),
      }).catch(() => null);
      if (!response) return disconnected(SERVER_GONE);
      if (response.status === 401) return disconnected(SESSION_ENDED);
      if (response.status === 413) return { ok: false, error: { code: 'INVALID_INPUT', message: msg('error.tooLargeToSend') } };
      if (!response.ok && response.status !== 404) return { ok: false, error: { code: 'INTERNAL', message: msg('error.localServer', { status: String(response.status) }) } };
      return (await response.json()) as Result<unknown>;
    },
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set.add(listener));
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => set.delete(listener);
    },
  );
}
