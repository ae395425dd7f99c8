import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import type { RecoveryNotice } from '../../../shared/store/recovery';
import type { Clock } from '../adapters';
import { fileError, fileWhy, isPermissionError } from '../files/file-error';
import { jsonMistake } from '../files/read-json';
import type { ConfFactory, ConfLike } from '../adapters';
import { WriteLock } from './write-lock';
import { say } from '../../../shared/i18n';
import { msg, type Message } from '../../../shared/i18n/message';

/** A document is a JSON file `<dir>/<name>.json` under the data folder. */
export interface DocRef {
  dir?: string;
  name: string;
}

export class UnreadableDocument extends Error {
  constructor(
    readonly ref: DocRef,
    readonly movedTo: string,
    readonly reason: Message,
  ) {
    super(`${refLabel(ref)} unreadable (${say('vi', reason)}); moved to ${movedTo}`);
  }
}

export const refLabel = (ref: DocRef) => (ref.dir ? `${ref.dir}/${ref.name}.json` : `${ref.name}.json`);

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/**
 * JSON documents in one data folder, read and written by conf (atomic writes). A file that cannot
 * be parsed is never reset: it is moved aside to `corrupt/` with a timestamp and reported.
 */
export class DocumentStore {
  readonly lock: WriteLock;
  readonly #notices: RecoveryNotice[] = [];
  readonly #open = new Map<string, ConfLike>();

  constructor(
    readonly dataDir: string,
    private readonly factory: ConfFactory,
    private readonly clock: Clock,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.lock = new WriteLock(dataDir);
  }

  path(ref: DocRef): string {
    return join(this.dataDir, ref.dir ?? '', `${ref.name}.json`);
  }

  exists(ref: DocRef): boolean {
    return existsSync(this.path(ref));
  }

  /**
   * The raw document, or undefined when there is none. Throws UnreadableDocument after moving it
   * aside when its content is broken; a file the app may not read is left where it is and refused.
   */
  read(ref: DocRef): Record<string, unknown> | undefined {
    if (!this.exists(ref)) return undefined;
    try {
      const store = this.#conf(ref).store;
      return Object.keys(store).length ? store : undefined;
    } catch (error) {
      this.#open.delete(this.path(ref));
      if (isPermissionError(error)) throw this.#forbidden(ref, error);
      const detail = error instanceof Error ? error.message : String(error);
      const reason = error instanceof SyntaxError ? msg('store.reason.badJson', { mistake: this.#jsonMistake(ref) }) : msg('store.reason.unreadable', { detail });
      throw new UnreadableDocument(ref, this.moveAside(ref), reason);
    }
  }

  write(ref: DocRef, value: Record<string, unknown>): void {
    try {
      this.#conf(ref).store = value;
    } catch (error) {
      this.#open.delete(this.path(ref));
      throw fileError('write', this.path(ref), error);
    }
  }

  /** Moves a document out of the way (unreadable, or invalid) and returns where it went. */
  moveAside(ref: DocRef): string {
    const dir = join(this.dataDir, 'corrupt');
    mkdirSync(dir, { recursive: true });
    const target = join(dir, `${(ref.dir ?? '').replace(/\//g, '_')}${ref.dir ? '_' : ''}${ref.name}.${stamp(this.clock.now())}.json`);
    renameSync(this.path(ref), target);
    this.#open.delete(this.path(ref));
    return target;
  }

  /** Moves a document to another place in the data folder (trash, restore). */
  move(from: DocRef, to: DocRef): void {
    mkdirSync(join(this.dataDir, to.dir ?? ''), { recursive: true });
    renameSync(this.path(from), this.path(to));
    this.#open.delete(this.path(from));
    this.#open.delete(this.path(to));
  }

  remove(ref: DocRef): void {
    rmSync(this.path(ref), { force: true });
    this.#open.delete(this.path(ref));
  }

  list(dir: string): string[] {
    const full = join(this.dataDir, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((f) => f.endsWith('.json'))
      .map((f) => basename(f, '.json'))
      .sort();
  }

  report(notice: Omit<RecoveryNotice, 'at'>): void {
    if (this.#notices.some((n) => n.file === notice.file && n.movedTo === notice.movedTo && n.reason === notice.reason)) return;
    this.#notices.push({ ...notice, at: this.clock.now().toISOString() });
  }

  /** Where a broken document stops being JSON, by line and column (conf passes on the engine's English and offset). */
  #jsonMistake(ref: DocRef): Message {
    try {
      return jsonMistake(readFileSync(this.path(ref), 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      return msg('store.reason.notReread');
    }
  }

  /** Nothing is moved or replaced by defaults: the user fixes the rights and the data is all there. */
  #forbidden(ref: DocRef, error: unknown): AppError {
    const reason = msg('store.reason.cannotRead', { path: this.path(ref), why: fileWhy('read', error) });
    this.report({ file: refLabel(ref), movedTo: null, reason, outcome: msg('store.outcome.kept') });
    return new AppError('FILE_UNREADABLE', msg('store.error.unreadable', { file: refLabel(ref), reason }), refLabel(ref));
  }

  notices(): RecoveryNotice[] {
    return [...this.#notices];
  }

  #conf(ref: DocRef): ConfLike {
    const path = this.path(ref);
    let conf = this.#open.get(path);
    if (!conf) {
      conf = this.factory({ cwd: join(this.dataDir, ref.dir ?? ''), name: ref.name });
      this.#open.set(path, conf);
    }
    return conf;
  }
}
