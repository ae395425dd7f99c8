import type { Plan } from './schema';

/** Names Windows keeps for devices, whatever the extension: "CON.ics" cannot be created there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const isWindowsDeviceName = (stem: string) => WINDOWS_DEVICE.test(stem);

/** A file name safe on Windows, macOS and Linux: no diacritics, no reserved characters or names. */
export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (isWindowsDeviceName(stem)) return `${stem}-1`;
  return stem || 'lich-truc';
}

export const planFileName = (plan: Pick<Plan, 'name'>) => `${safeFileStem(plan.name)}.lichtruc.json`;
