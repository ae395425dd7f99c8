import { z } from 'zod';
import { ColumnMapping } from '../../shared/staff/import-choices';
import type { ServiceContext } from './context';
import { guardedRead } from './store/guarded-read';
import { msg } from '../../shared/i18n/message';

const REF = { name: 'staff-import-columns' };

/** Enough for every layout a unit's offices send; the oldest is forgotten first. */
const MAX_LAYOUTS = 50;

const Remembered = z.object({
  schemaVersion: z.literal(1),
  layouts: z.array(z.object({ key: z.string(), mapping: ColumnMapping })).max(MAX_LAYOUTS),
});
type Remembered = z.infer<typeof Remembered>;

const empty = (): Remembered => ({ schemaVersion: 1, layouts: [] });

/** Column mappings the user confirmed, by the file's headers, so the next such file is read without asking. */
export class StaffImportColumnsStore {
  constructor(private readonly ctx: ServiceContext) {}

  find(key: string): ColumnMapping | undefined {
    return this.#read().layouts.find((l) => l.key === key)?.mapping;
  }

  /** Call inside the write lock. */
  remember(key: string, mapping: ColumnMapping): void {
    const layouts = [{ key, mapping }, ...this.#read().layouts.filter((l) => l.key !== key)].slice(0, MAX_LAYOUTS);
    this.ctx.store.write(REF, { schemaVersion: 1, layouts });
  }

  #read(): Remembered {
    return guardedRead(this.ctx.store, this.ctx.backups, REF, (raw) => Remembered.parse(raw), { value: empty, outcome: msg('store.outcome.staffColumns') }) ?? empty();
  }
}
