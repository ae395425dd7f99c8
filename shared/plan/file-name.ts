import type { Plan } from './schema';

/** A file name safe on Windows, macOS and Linux: no diacritics, no reserved characters. */
export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'lich-truc';
}

export const planFileName = (plan: Pick<Plan, 'name'>) => `${safeFileStem(plan.name)}.lichtruc.json`;
