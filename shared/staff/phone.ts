import { msg } from '../i18n/message';
import type { FieldCheck } from './field-check';

const MOBILE = /^0[35789]\d{8}$/;
/** 02x area codes: 11 digits since the 2017 renumbering, 10 for a few older numbers. */
const LANDLINE = /^02\d{8,9}$/;

/** Turns what people and Excel write into national digits, before validation. */
function toNationalDigits(compact: string): string {
  if (compact.startsWith('+84')) return '0' + compact.slice(3);
  if (compact.startsWith('0084')) return '0' + compact.slice(4);
  // 84 + 9 digits (mobile) or 84 + 2… (landline); a 9-digit "84…" is a mobile whose 0 Excel dropped.
  if (/^84[35789]\d{8}$/.test(compact) || /^842\d{8,9}$/.test(compact)) return '0' + compact.slice(2);
  // Excel stores a typed 0912345678 as the number 912345678.
  if (/^[35789]\d{8}$/.test(compact) || /^2\d{8,9}$/.test(compact)) return '0' + compact;
  return compact;
}

/**
 * Normalises a Vietnamese phone number to plain national digits ("0912345678"), accepting
 * "+84 912 345 678", "086.9100.317", "(024) 3825 1234" and numbers whose leading 0 Excel dropped.
 * An empty value is allowed: not everyone gives a phone.
 */
export function normalizePhone(raw: string): FieldCheck {
  // A leading apostrophe is Excel's "this is text" mark, and ours when neutralising CSV cells.
  const trimmed = raw.trim().replace(/^'/, '');
  if (trimmed === '') return { ok: true, value: '' };
  const compact = trimmed.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, text: msg('staffImport.phone.chars', { phone: raw.trim() }) };
  if (compact.startsWith('+') && !compact.startsWith('+84')) {
    return { ok: false, text: msg('staffImport.phone.foreign', { phone: raw.trim() }) };
  }
  const digits = toNationalDigits(compact);
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return { ok: true, value: digits };
  return { ok: false, text: msg('staffImport.phone.invalid', { phone: raw.trim() }) };
}

/**
 * Groups a normalised number the way Vietnamese write it ("0912 345 678", "024 3825 1234"). The
 * spaces also keep spreadsheets from reading it as a number and dropping the 0.
 */
export function formatPhone(digits: string): string {
  if (MOBILE.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (LANDLINE.test(digits)) {
    // Hà Nội (024) and TP.HCM (028) have two-digit area codes, other provinces three.
    const area = /^02[48]/.test(digits) ? 3 : 4;
    const local = digits.slice(area);
    const cut = local.length - 4;
    return `${digits.slice(0, area)} ${local.slice(0, cut)} ${local.slice(cut)}`;
  }
  return digits;
}

/** A phone as people read it: grouped when it validates, as typed otherwise. */
export function displayPhone(raw: string): string {
  const checked = normalizePhone(raw);
  return checked.ok ? formatPhone(checked.value) : raw.trim();
}
