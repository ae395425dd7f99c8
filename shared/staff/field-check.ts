/** The outcome of checking one typed-in value: its normal form, or why it was refused (Vietnamese). */
export type FieldCheck = { ok: true; value: string } | { ok: false; message: string };
