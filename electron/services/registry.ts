import { contract, type Channel, type Handlers } from '../../shared/api/contract';
import { errorShape, type Result } from '../../shared/api/errors';
import { AppError } from '../../shared/errors/app-error';
import { firstIssue, placeOf } from '../../shared/errors/first-issue';
import { msg } from '../../shared/i18n/message';
import { findUnsafeText, unsafeCharMessage } from '../../shared/text/unsafe-text';

export interface Logger {
  error(message: string, error?: unknown): void;
}

type AnyHandler = (input: unknown) => unknown;

/** Own keys only: `'toString' in contract` is true through Object.prototype. */
const inContract = (channel: string): channel is Channel => Object.hasOwn(contract, channel);

/**
 * The handler table: channel → function. Inputs are validated against the contract before a
 * service sees them, outputs after, and every failure becomes a `{ code, message }` value, its message a {code, params} said by whoever shows it.
 */
export class HandlerRegistry {
  readonly #handlers = new Map<Channel, AnyHandler>();

  constructor(private readonly logger: Logger = console) {}

  register(group: Partial<Handlers>): this {
    for (const [channel, handler] of Object.entries(group) as [Channel, AnyHandler][]) {
      if (!inContract(channel)) throw new Error(`Channel "${channel}" is not in the contract`);
      if (this.#handlers.has(channel)) throw new Error(`Channel "${channel}" already has a handler`);
      this.#handlers.set(channel, handler);
    }
    return this;
  }

  /** Every channel of the contract must be served; called once at start-up. */
  assertComplete(): this {
    const missing = Object.keys(contract).filter((c) => !this.#handlers.has(c as Channel));
    if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}`);
    return this;
  }

  channels(): Channel[] {
    return [...this.#handlers.keys()];
  }

  async dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    const handler = inContract(channel) ? this.#handlers.get(channel) : undefined;
    if (!handler) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: msg('error.unknownChannel', { channel }) } };
    }
    const spec = contract[channel as Channel];
    const input = spec.input.safeParse(rawInput);
    if (!input.success) {
      const { where, message } = firstIssue(input.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: msg('error.invalidAt', { where: placeOf(where), problem: message }), where } };
    }
    // Every text typed in the app crosses here: a control character would reach calendars and files.
    const unsafe = findUnsafeText(input.data);
    if (unsafe) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: msg('error.unsafeText', { where: placeOf(unsafe.where), char: unsafeCharMessage(unsafe.char) }), where: unsafe.where } };
    }
    try {
      const output = spec.output.safeParse(await handler(input.data));
      if (!output.success) {
        this.logger.error(`Output of ${channel} breaks the contract`, output.error);
        return { ok: false, error: { code: 'INTERNAL', message: msg('error.badOutput') } };
      }
      return { ok: true, data: output.data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: errorShape(error) };
      this.logger.error(`Handler ${channel} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: msg('error.unexpected') } };
    }
  }
}
