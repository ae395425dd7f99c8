import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../electron/services/files/read-json';
import { jsonErrorPlace } from '../../../shared/text/json-error';
import { tempServices } from '../../helpers/services';
import { msg } from '../../../shared/i18n/message';
import { viText } from '../../helpers/said';

const mistake = (text: string) => {
  try {
    parseJsonText(text, msg('plans.file.kind', { name: 'ke-hoach.lichtruc.json' }));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('a JSON mistake is named by line and column (#12 item 13)', () => {
  const plan = '{\n  "name": "Trực Tết",\n  "window": {\n    "start": 2026-02-13\n  }\n}\n';

  it.each<[string, string, { line: number; column: number; truncated: boolean }]>([
    ['a bare word where a value goes (the engine gives no position for it)', plan, { line: 4, column: 18, truncated: false }],
    ['a trailing comma', '{\n  "a": 1,\n}', { line: 3, column: 1, truncated: false }],
    ['a missing comma', '[1\n 2]', { line: 2, column: 2, truncated: false }],
    ['a raw line break inside a text', '{"name": "Trực\nTết"}', { line: 1, column: 15, truncated: false }],
    ['a bad escape', '{"a": "\\x"}', { line: 1, column: 8, truncated: false }],
    ['something after the document', '{"a": 1}\n{"b": 2}', { line: 2, column: 1, truncated: false }],
    ['a cut-off file', '{\n  "name": "Trực Tết",\n  "staff": [', { line: 3, column: 13, truncated: true }],
    ['an unfinished text', '{"a": "Trực', { line: 1, column: 12, truncated: true }],
  ])('%s', (_what, text, place) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPlace(text)).toEqual(place);
  });

  it('says it in Vietnamese, with no character offset and none of the engine English', () => {
    expect(mistake(plan)).toBe('Tệp ke-hoach.lichtruc.json không phải JSON hợp lệ: lỗi ở dòng 4, cột 18.');
    expect(mistake('{\n  "staff": [')).toBe('Tệp ke-hoach.lichtruc.json không phải JSON hợp lệ: nội dung bị cắt cụt (hết ở dòng 2, cột 13).');
    expect(mistake('   ')).toBe('Tệp ke-hoach.lichtruc.json không phải JSON hợp lệ: tệp trống.');
  });

  it('a broken store document is reported by line and column too', () => {
    const env = tempServices();
    writeFileSync(join(env.dataDir, 'settings.json'), '{\n  "language": "vi",\n  "document": {,\n}');
    const [notice] = env.restart().startupCheck();
    expect(viText(notice?.reason)).toBe('nội dung JSON bị hỏng (lỗi ở dòng 3, cột 16)');
  });
});
