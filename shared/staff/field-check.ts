import type { Message } from '../i18n/message';

/** The outcome of checking one typed-in value: its normal form, or why it was refused, said where it is shown. */
export type FieldCheck = { ok: true; value: string } | { ok: false; text: Message };
