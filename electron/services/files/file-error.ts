import { AppError } from '../../../shared/errors/app-error';
import { msg, type MessageParam } from '../../../shared/i18n/message';
import type { MessageKey } from '../../../shared/i18n/catalog';

const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/** The operating system refused for lack of rights, not because the content is bad. */
export const isPermissionError = (error: unknown) => ['EACCES', 'EPERM', 'EROFS'].includes(errno(error));

const WHY: Record<string, { read: MessageKey; write: MessageKey }> = {
  EACCES: { read: 'file.why.deniedRead', write: 'file.why.deniedWrite' },
  EPERM: { read: 'file.why.systemRead', write: 'file.why.systemWrite' },
  EROFS: { read: 'file.why.readOnly', write: 'file.why.readOnly' },
  ENOSPC: { read: 'file.why.full', write: 'file.why.fullNow' },
  ENOENT: { read: 'file.why.noFile', write: 'file.why.noFolder' },
  ENOTDIR: { read: 'file.why.notFolder', write: 'file.why.notFolder' },
  EISDIR: { read: 'file.why.isFolder', write: 'file.why.isFolder' },
  EBUSY: { read: 'file.why.busy', write: 'file.why.busy' },
};

/** Why the system refused, in the user's words when it is a reason we know; else its own code or words. */
export function fileWhy(action: 'read' | 'write', error: unknown): MessageParam {
  const code = errno(error);
  const known = WHY[code]?.[action];
  return known ? msg(known) : code || (error instanceof Error ? error.message : String(error));
}

/** A file the user named could not be read or written: what and why, in the user's words. */
export function fileError(action: 'read' | 'write', path: string, error: unknown): AppError {
  const why = fileWhy(action, error);
  return action === 'read' ? new AppError('FILE_UNREADABLE', msg('file.error.read', { path, why })) : new AppError('FILE_UNWRITABLE', msg('file.error.write', { path, why }));
}
