import { foldDiacritics } from './normalize';

export const ACTIVE_LABELS = { true: 'Đang hoạt động', false: 'Ngừng hoạt động' } as const;

const INACTIVE_WORDS = ['ngung hoat dong', 'ngung', 'nghi', 'da nghi', 'khong', 'inactive', 'no', 'false', '0'];
const ACTIVE_WORDS = ['', 'dang hoat dong', 'hoat dong', 'co', 'active', 'yes', 'true', '1'];

/** A blank status means active: most files will not have the column at all. */
export function parseActive(cell: string): boolean | null {
  const word = foldDiacritics(cell);
  if (ACTIVE_WORDS.includes(word)) return true;
  if (INACTIVE_WORDS.includes(word)) return false;
  return null;
}

export function formatActive(active: boolean): string {
  return ACTIVE_LABELS[`${active}`];
}
