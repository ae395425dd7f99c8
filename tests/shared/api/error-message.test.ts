import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/error-message';
import { AppError } from '../../../shared/errors/app-error';
import { firstIssue } from '../../../shared/errors/first-issue';
import { say } from '../../../shared/i18n';
import { msg } from '../../../shared/i18n/message';

const failureOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
};

describe('the words of a failure, in the reader’s language', () => {
  it('a refusal is the message it carries, across the boundary or not', () => {
    const refusal = msg('plans.error.notFound', { id: 'x' });
    expect(errorMessage(new AppError('NOT_FOUND', refusal))).toBe(refusal);
    expect(errorMessage(new ApiError({ code: 'NOT_FOUND', message: refusal }))).toBe(refusal);
  });

  it('a validation that failed on this side names its first problem, in either language', () => {
    const failure = failureOf(z.object({ count: z.number() }), { count: 'ba' });
    expect(errorMessage(failure)).toEqual(firstIssue(failure).message);
    expect(say('en', errorMessage(failure))).toBe('Must be a number');
  });

  it('a schema text that is not a catalog key is never shown as it is: the issue is worded from its facts', () => {
    const slip = failureOf(
      z.string().refine(() => false, 'Sai rồi'),
      'x',
    );
    expect(firstIssue(slip).message).toEqual({ code: 'zod.value', params: {} });
    expect(say('en', firstIssue(slip).message)).toBe('Invalid value');
  });

  it('only a fault nothing names (a bug) is shown in its own words', () => {
    expect(errorMessage(new RangeError('seat 7 out of range'))).toEqual({ code: 'error.untranslated', params: { text: 'seat 7 out of range' } });
  });
});
