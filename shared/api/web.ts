/**
 * Browser mode's HTTP transport, named once for the server (electron/web) and the page
 * (renderer/src/api/http-bridge.ts). The secret travels only in SESSION_HEADER: never in a query
 * string (logs, history) nor a cookie (sent by the browser on a forged request).
 */
export const SESSION_HEADER = 'x-lich-truc-session';
/** A second `npm start` asks the running server for a fresh link with the token of the 0600 file. */
export const CONTROL_HEADER = 'x-lich-truc-control';

export const WEB_API = {
  /** POST { code } → { secret }: the fragment's one-time code traded for this launch's secret. */
  session: '/api/session',
  /** POST, control header → { url }: a fresh link for a second start. */
  launchCode: '/api/launch-code',
  /** POST /api/call/<channel>, JSON input → the channel's Result. */
  call: '/api/call/',
  /** GET → one JSON line `{ event, payload }` per contract event, for as long as the page holds it. */
  events: '/api/events',
} as const;

/** The launch URL's fragment: `#code=<one-time code>`, read and removed by the page before it routes. */
export const CODE_FRAGMENT = /^#code=([A-Za-z0-9_-]{16,})$/;
