import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import { firstIssue } from '../../../shared/errors/first-issue';
import { Plan } from '../../../shared/plan/schema';
import { LocalDate } from '../../../shared/time/local';
import { planFile } from '../../helpers/plans';
import { tempServices } from '../../helpers/services';
import { say } from '../../../shared/i18n';

/** zod's English, as it read in the errors before (#12 item 13). */
const ENGLISH = /\b(Invalid|Too (big|small)|expected|received|characters|Unrecognized|option|input)\b/i;
const message = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return say('vi', firstIssue(parsed.error).message);
};

describe("validation messages are Vietnamese, never zod's English", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a text too long', z.string().max(40), 'T'.repeat(41), 'Dài quá 40 ký tự cho phép'],
    ['an empty text', z.string().min(1), '', 'Không được để trống'],
    ['a missing field', z.object({ name: z.string() }), {}, 'Thiếu giá trị'],
    ['a wrong type', z.object({ count: z.number() }), { count: 'ba' }, 'Phải là một số'],
    ['a number too big', z.number().max(72), 100, 'Không được lớn hơn 72'],
    ['a list too long', z.array(z.string()).max(5), ['a', 'b', 'c', 'd', 'e', 'f'], 'Quá 5 mục cho phép'],
    ['a value outside a choice', z.enum(['vi', 'en']), 'fr', 'Phải là một trong: "vi", "en"'],
    ['an e-mail address', z.email(), 'an@', 'Địa chỉ email không hợp lệ'],
    ['an unknown field', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'Có trường không được biết: "b"'],
  ])('%s', (_what, schema, value, expected) => {
    expect(message(schema, value)).toBe(expected);
  });

  it("keeps a schema's own Vietnamese message", () => {
    expect(message(Plan, { ...planFile(), name: '' })).toBe('Thiếu tên kế hoạch');
  });

  it('every channel of the contract answers bad input in Vietnamese', async () => {
    const { services } = tempServices();
    const answers: string[] = [];
    for (const channel of Object.keys(contract)) {
      for (const input of [42, { id: 7, name: 'x'.repeat(600), start: 'hôm qua' }, ['x']]) {
        const result = await services.registry.dispatch(channel, input);
        if (!result.ok) answers.push(`${channel}: ${say('vi', result.error.message)}`);
      }
    }
    expect(answers.length).toBeGreaterThan(Object.keys(contract).length);
    expect(answers.filter((a) => ENGLISH.test(a))).toEqual([]);
    expect(answers.find((a) => a.startsWith('settings:update:'))).toMatch(/^settings:update: Dữ liệu không hợp lệ ở "\(gốc\)": Phải là một nhóm trường/);
  });

  it.each<[string, z.ZodType, unknown, string, string]>([
    ['a text too long', z.string().max(40), 'T'.repeat(41), 'Dài quá 40 ký tự cho phép', 'Longer than the 40 characters allowed'],
    ['a wrong type', z.object({ count: z.number() }), { count: 'ba' }, 'Phải là một số', 'Must be a number'],
    ["a schema's own message", Plan, { ...planFile(), name: '' }, 'Thiếu tên kế hoạch', 'The plan has no name'],
    ['a date that does not exist', z.object({ day: LocalDate }), { day: '2026-02-30' }, 'Ngày không tồn tại', 'No such date'],
  ])('%s reads in English under the English UI and in Vietnamese under the Vietnamese one', (_what, schema, value, vi, en) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error('expected a failure');
    const { message: issue } = firstIssue(parsed.error);
    expect([say('vi', issue), say('en', issue)]).toEqual([vi, en]);
  });

  it('answers bad input over the handler table in English words for an English reader, naming the field', async () => {
    const { services } = tempServices();
    const result = await services.registry.dispatch('plans:rename', { id: 'x', name: '  ' });
    if (result.ok) throw new Error('expected a refusal');
    expect(say('en', result.error.message)).toBe('Invalid data at "name": The plan has no name');
    expect(say('vi', result.error.message)).toBe('Dữ liệu không hợp lệ ở "name": Thiếu tên kế hoạch');
    const root = await services.registry.dispatch('settings:update', 42);
    if (root.ok) throw new Error('expected a refusal');
    expect(say('en', root.error.message)).toBe('Invalid data at "(root)": Must be a group of fields');
  });
});
