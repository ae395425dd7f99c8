import type { ServerResponse } from 'node:http';
import type { AppEventName, AppEvents } from '../../shared/api/events';
import type { EventSink } from '../services/adapters';

/** A blank line this often keeps proxies and the page's reader from taking a quiet stream for a dead one. */
const KEEPALIVE_MS = 20_000;

/**
 * The push channel of browser mode: each page holds one streamed response open (a `fetch` whose
 * header carries the session secret), and every event of the contract is written to all of them as
 * one JSON line.
 */
export class EventStreams implements EventSink {
  readonly #open = new Set<ServerResponse>();
  readonly #greetings: string[] = [];
  #keepalive: NodeJS.Timeout | null = null;

  get size(): number {
    return this.#open.size;
  }

  /** Told to every page that connects from now on (files found broken and moved aside at start). */
  greet<E extends AppEventName>(message: { event: E; payload: AppEvents[E] }): void {
    this.#greetings.push(`${JSON.stringify(message)}\n`);
  }

  attach(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.write(['\n', ...this.#greetings].join(''));
    this.#open.add(response);
    response.on('close', () => this.#open.delete(response));
    this.#keepalive ??= setInterval(() => this.#open.forEach((r) => r.write('\n')), KEEPALIVE_MS).unref();
  }

  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void {
    const line = `${JSON.stringify({ event, payload })}\n`;
    for (const response of this.#open) response.write(line);
  }

  close(): void {
    if (this.#keepalive) clearInterval(this.#keepalive);
    for (const response of this.#open) response.end();
    this.#open.clear();
  }
}
