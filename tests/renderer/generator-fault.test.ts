import { describe, expect, it } from 'vitest';
import { generatorFault } from '../../renderer/src/screens/roster/generate-protocol';
import { AppError } from '../../shared/errors/app-error';
import { say } from '../../shared/i18n';
import { msg } from '../../shared/i18n/message';

describe('a generator run that ends without a roster', () => {
  it('passes on the generator’s own refusal as the message it is', () => {
    const refusal = msg('zod.invalid');
    expect(generatorFault(new AppError('INVALID_INPUT', refusal))).toBe(refusal);
  });

  it('says a fault in the reader’s language, with the fault’s own words inside', () => {
    const fault = generatorFault(new RangeError('A seat refers to a shift that is not in the problem'));
    expect(fault).toEqual({ code: 'generator.crashed', params: { detail: 'A seat refers to a shift that is not in the problem' } });
    expect(say('en', msg('roster.generateFailed', { message: fault }))).toBe(
      'Could not generate the roster: the roster generator stopped unexpectedly (A seat refers to a shift that is not in the problem)',
    );
    expect(say('vi', fault)).toBe('trình xếp lịch dừng bất ngờ (A seat refers to a shift that is not in the problem)');
  });
});
