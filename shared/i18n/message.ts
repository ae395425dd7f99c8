import { z } from 'zod';
import { LocalDate, LocalDateTime } from '../time/local';
import { MESSAGE_KEYS, type MessageKey, type Templates } from './catalog';

/**
 * A sentence for a person, carried as its template's key and the values of its placeholders, and
 * turned into words only where it is shown (the renderer in the UI language, the CLI in its own).
 * This is how every text built in shared/ or the services crosses a boundary: violations,
 * explanations, import problems, errors. A parameter may itself be a message (a shift phrase inside a
 * violation) or a list of them (joined with commas).
 */
export interface Message {
  code: MessageKey;
  params: Readonly<Record<string, MessageParam>>;
}
export type MessageParam = string | number | Message | MomentParam | DayParam | readonly MessageParam[];

/**
 * A date and time named in a message, carried as its LocalDateTime (`2026-02-16T22:00`) and written
 * where the message is read, as the UI writes moments: `16/02 22:00` inside the duty window, where
 * the year goes without saying, or `16/02/2026 22:00` with `year` (a date typed in, which may be wrong).
 */
export interface MomentParam {
  moment: LocalDateTime;
  year: boolean;
}
export const moment = (local: LocalDateTime, { year = false } = {}): MomentParam => ({ moment: local, year });

/** A day named in a message with its weekday, carried as its LocalDate and written in the reader's language (`formatDateLong`). */
export interface DayParam {
  day: LocalDate;
}
export const day = (date: LocalDate): DayParam => ({ day: date });

/** `{name}` placeholders of a template, as a union of their names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters a key's Vietnamese template asks for: exactly its placeholders, each required. */
export type ParamsOf<K extends MessageKey> = { [P in Placeholders<Templates[K]>]: MessageParam };

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * No argument for a template without placeholders, the parameters object otherwise. A key chosen at run
 * time (`reminders.status.${status}`) is a union of keys: its parameters can only be checked loosely.
 */
export type ParamArgs<K extends MessageKey> =
  true extends IsUnion<K> ? [params?: Readonly<Record<string, MessageParam>>] : [Placeholders<Templates[K]>] extends [never] ? [params?: Record<string, never>] : [params: ParamsOf<K>];

/** Builds a message; the compiler checks the parameters against the Vietnamese template. */
export function msg<K extends MessageKey>(code: K, ...[params]: ParamArgs<K>): Message {
  return { code, params: params ?? {} };
}

export const MessageCode = z.enum(MESSAGE_KEYS);

const MomentParamSchema = z.strictObject({ moment: LocalDateTime, year: z.boolean() });
const DayParamSchema = z.strictObject({ day: LocalDate });
const MessageParamSchema: z.ZodType<MessageParam> = z.lazy(() => z.union([z.string(), z.number(), MomentParamSchema, DayParamSchema, MessageSchema, z.array(MessageParamSchema)]));

/** The message as it crosses IPC and the disk; an unknown code is refused like any bad value. */
export const MessageSchema: z.ZodType<Message> = z.object({ code: MessageCode, params: z.record(z.string(), MessageParamSchema) });

export const isMessageKey = (text: string): text is MessageKey => Object.hasOwn(MESSAGE_KEYS_SET, text);
const MESSAGE_KEYS_SET = Object.fromEntries(MESSAGE_KEYS.map((key) => [key, true]));

/**
 * A message in a document on disk (a publish status, a delivery log) that older versions wrote as
 * Vietnamese text: that text is read as it was written, every new one is a message.
 */
export const StoredMessageSchema = z.union([MessageSchema, z.string().transform((text) => msg('error.untranslated', { text }))]);
