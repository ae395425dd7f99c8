import { AppError } from '../../../shared/errors/app-error';

const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/** The operating system refused for lack of rights, not because the content is bad. */
export const isPermissionError = (error: unknown) => ['EACCES', 'EPERM', 'EROFS'].includes(errno(error));

const WHY: Record<string, { read: string; write: string }> = {
  EACCES: { read: 'không có quyền đọc', write: 'không có quyền ghi' },
  EPERM: { read: 'hệ điều hành không cho phép đọc', write: 'hệ điều hành không cho phép ghi' },
  EROFS: { read: 'ổ đĩa chỉ đọc', write: 'ổ đĩa chỉ đọc' },
  ENOSPC: { read: 'ổ đĩa đầy', write: 'ổ đĩa đã đầy' },
  ENOENT: { read: 'không có tệp này', write: 'thư mục không tồn tại' },
  ENOTDIR: { read: 'đường dẫn không phải thư mục', write: 'đường dẫn không phải thư mục' },
  EISDIR: { read: 'đây là một thư mục', write: 'đây là một thư mục' },
  EBUSY: { read: 'tệp đang bị chương trình khác mở', write: 'tệp đang bị chương trình khác mở' },
};

/** A file the user named could not be read or written: what and why, in the user's words. */
export function fileError(action: 'read' | 'write', path: string, error: unknown): AppError {
  const code = errno(error);
  const why = WHY[code]?.[action] ?? (code || (error instanceof Error ? error.message : String(error)));
  return action === 'read' ? new AppError('FILE_UNREADABLE', `Không đọc được tệp ${path}: ${why}.`) : new AppError('FILE_UNWRITABLE', `Không ghi được tệp ${path}: ${why}.`);
}
