import type { z } from 'zod';
import { isMessageKey, msg, type Message } from '../i18n/message';
import type { MessageKey } from '../i18n/catalog';

const TYPE: Record<string, MessageKey> = {
  string: 'zod.type.string',
  number: 'zod.type.number',
  int: 'zod.type.int',
  boolean: 'zod.type.boolean',
  array: 'zod.type.array',
  object: 'zod.type.object',
  date: 'zod.type.date',
};

const FORMAT: Record<string, MessageKey> = {
  email: 'zod.format.email',
  url: 'zod.format.url',
  datetime: 'zod.format.datetime',
  date: 'zod.format.date',
  time: 'zod.format.time',
};

const quoted = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));

/**
 * A schema's own message is a catalog key (`.min(1, 'plan.error.nameMissing')`), with its parameters,
 * if any, in a custom issue's `params.message`; otherwise the issue is worded from its facts, so
 * neither language shows zod's English wording.
 */
function ownMessage(issue: z.core.$ZodIssue): Message | undefined {
  if (issue.code === 'custom') {
    const carried: unknown = issue.params?.message;
    if (carried && typeof carried === 'object' && 'code' in carried) return carried as Message;
  }
  // Any other text is zod's English (or a schema's slip): the issue is worded from its facts instead.
  return isMessageKey(issue.message) ? { code: issue.message, params: {} } : undefined;
}

/** The message of one validation issue, to be said in the reader's language. */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const own = ownMessage(issue);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) return msg('zod.missing');
      const type = TYPE[issue.expected];
      return msg('zod.type', { type: type ? msg(type) : issue.expected });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const limit = issue.inclusive === false ? max - 1 : max;
      if (issue.origin === 'string') return msg('zod.textTooLong', { max: limit });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('zod.tooManyItems', { max: limit });
      return issue.inclusive === false ? msg('zod.lessThan', { max }) : msg('zod.atMost', { max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? msg('zod.empty') : msg('zod.textTooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('zod.tooFewItems', { min });
      return issue.inclusive === false ? msg('zod.moreThan', { min }) : msg('zod.atLeast', { min });
    }
    case 'invalid_format': {
      const format = FORMAT[issue.format];
      return format ? msg(format) : msg('zod.format');
    }
    case 'invalid_value':
      return issue.values.length === 1 ? msg('zod.oneValue', { values: quoted(issue.values) }) : msg('zod.oneOf', { values: quoted(issue.values) });
    case 'unrecognized_keys':
      return msg('zod.unknownKeys', { keys: quoted(issue.keys) });
    case 'not_multiple_of':
      return msg('zod.multipleOf', { divisor: String(issue.divisor) });
    default:
      return msg('zod.value');
  }
}
