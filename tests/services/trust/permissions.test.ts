import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../../electron/cli/files';
import { fileHostHandlers } from '../../../electron/file-host';
import { downloadFile } from '../../../shared/api/files';
import { confFactory } from '../../../electron/services/store/conf-factory';
import type { ConfFactory } from '../../../electron/services/adapters';
import { planInput } from '../../helpers/tet-plan';
import { tempDir, tempServices } from '../../helpers/services';
import { inVietnamese, viText } from '../../helpers/said';

/** What the operating system answers when the user may not read a file (a folder copied from another account). */
const denied = () => Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', errno: -13 });

/** conf over the folder, except that `names` cannot be read, as after a chmod or an ACL change. */
function unreadable(...names: string[]): ConfFactory {
  return (options) => {
    if (!names.includes(options.name)) return confFactory(options);
    return {
      get store(): Record<string, unknown> {
        throw denied();
      },
      set store(_value) {
        throw denied();
      },
      path: join(options.cwd, `${options.name}.json`),
    };
  };
}

describe('a store file the app may not read', () => {
  it('is reported as a permission problem, left where it is, and nothing is exported from default unit details', async () => {
    const first = tempServices();
    await first.services.settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' } });
    const plan = await first.services.plans.create(planInput());
    const before = readFileSync(join(first.dataDir, 'settings.json'), 'utf8');
    const services = first.restart({ confFactory: unreadable('settings') });

    const notices = services.startupCheck();
    const exported = await services.registry.dispatch('exports:build', { planId: plan.id, format: 'ics' });

    expect(notices.map((n) => ({ ...n, reason: viText(n.reason) }))).toEqual([expect.objectContaining({ file: 'settings.json', movedTo: null, reason: expect.stringMatching(/không có quyền đọc/) })]);
    expect(inVietnamese(exported)).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', message: expect.stringMatching(/không có quyền đọc/) } });
    expect(readFileSync(join(first.dataDir, 'settings.json'), 'utf8')).toBe(before);
    expect(existsSync(join(first.dataDir, 'corrupt'))).toBe(false);
  });

  it('is not replaced by defaults when settings are saved', async () => {
    const first = tempServices();
    await first.services.settings.update({ language: 'en' });
    const services = first.restart({ confFactory: unreadable('settings') });

    expect(await services.registry.dispatch('settings:update', { thisIsMe: 'nv-01' })).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    expect(first.restart().settings.get().language).toBe('en');
  });

  // The page sends no path (files are bytes); where a file is written is the host's: the CLI's
  // --out and the desktop's save dialog, each saying clearly where it could not write.
  it('the CLI writing to an unwritable place is a clear "cannot write", not an internal error', () => {
    const target = join(tempDir(), 'khong-co-thu-muc', 'tep');
    expect(() => writeExportFiles([{ name: 'tep.csv', content: 'x' }], target, { folder: false })).toThrow(/^Không ghi được tệp .*thư mục không tồn tại/);
  });

  it('the desktop saving where the user chose an unwritable place says so', async () => {
    const target = join(tempDir(), 'khong-co-thu-muc', 'tep.csv');
    const dialogs = { saveFile: async () => target, openFile: async () => null, chooseFolder: async () => null };
    const result = await fileHostHandlers(dialogs).save({ files: [downloadFile('tep.csv', 'text/csv', 'x')], bundleName: 'tep' });
    expect(inVietnamese(result)).toMatchObject({ ok: false, error: { code: 'FILE_UNWRITABLE', message: expect.stringMatching(/^Không ghi được tệp .*thư mục không tồn tại/) } });
  });
});
