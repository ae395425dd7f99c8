import { parseStaffDirectory, DIRECTORY_SCHEMA_VERSION, type StaffDirectory } from '../../shared/staff/directory';
import type { StaffMember } from '../../shared/staff/schema';
import type { ServiceContext } from './context';
import { guardedRead } from './store/guarded-read';
import { msg } from '../../shared/i18n/message';

const REF = { name: 'staff' };

/** The global staff directory document. */
export class StaffDirectoryStore {
  constructor(private readonly ctx: ServiceContext) {}

  read(): StaffDirectory {
    const empty = (): StaffDirectory => ({ schemaVersion: DIRECTORY_SCHEMA_VERSION, members: [] });
    return (
      guardedRead(this.ctx.store, this.ctx.backups, REF, parseStaffDirectory, {
        value: empty,
        outcome: msg('store.outcome.staff'),
      }) ?? empty()
    );
  }

  members(): StaffMember[] {
    return this.read().members;
  }

  /** Call inside the write lock. */
  write(members: StaffMember[]): void {
    this.ctx.backups.take(REF);
    this.ctx.store.write(REF, { schemaVersion: DIRECTORY_SCHEMA_VERSION, members });
  }
}
