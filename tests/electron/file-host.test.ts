import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64, downloadFile } from '../../shared/api/files';
import { fileHostHandlers, type FileDialogs } from '../../electron/file-host';
import { tempDir } from '../helpers/services';
import { inVietnamese } from '../helpers/said';

/** Dialogs answered as a user would: a path, or null for Cancel; every request is recorded. */
function dialogs(answer: string | null) {
  const asked: unknown[] = [];
  const reply = async (options: unknown) => (asked.push(options), answer);
  return { asked, dialogs: { openFile: reply, saveFile: reply, chooseFolder: reply } satisfies FileDialogs };
}

describe('the desktop file host', () => {
  it('gives the page the bytes and the name of the file the user picked, never its path', async () => {
    const path = join(tempDir(), 'danh-ba.csv');
    writeFileSync(path, 'Họ và tên\nAn\n');
    const { dialogs: d, asked } = dialogs(path);
    const result = await fileHostHandlers(d).open({ title: 'Nhập', extensions: ['csv'] });
    if (!result.ok || !result.data) return expect.unreachable('not opened');
    expect(result.data.name).toBe('danh-ba.csv');
    expect(new TextDecoder().decode(decodeBase64(result.data.contentBase64))).toBe('Họ và tên\nAn\n');
    expect(asked).toEqual([{ title: 'Nhập', extensions: ['csv'] }]);
  });

  it('answers a cancelled dialog with null, and a request with a path with a refusal before any dialog', async () => {
    const { dialogs: d, asked } = dialogs(null);
    expect(await fileHostHandlers(d).open({ title: 'Nhập', extensions: ['csv'] })).toEqual({ ok: true, data: null });
    expect(await fileHostHandlers(d).save({ files: [downloadFile('a.pdf', 'application/pdf', 'x')], bundleName: 'a' })).toEqual({ ok: true, data: null });
    asked.length = 0;
    expect(await fileHostHandlers(d).open({ path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await fileHostHandlers(d).save({ files: [downloadFile('../../.bashrc', 'text/plain', 'x')], bundleName: 'a' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(asked).toEqual([]);
  });

  it("writes one file where the user chose, suggesting the page's name", async () => {
    const target = join(tempDir(), 'chosen.pdf');
    const { dialogs: d, asked } = dialogs(target);
    const result = await fileHostHandlers(d).save({ files: [downloadFile('Truc-Tet.pdf', 'application/pdf', '%PDF-1.7')], bundleName: 'Truc-Tet' });
    expect(result).toEqual({ ok: true, data: { kind: 'saved', path: target, count: 1 } });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    expect(asked).toEqual([{ title: 'Lưu tệp', defaultName: 'Truc-Tet.pdf', extensions: ['pdf'] }]);
  });

  it('writes several files into the folder the user chose, and leaves no temporary file behind', async () => {
    const folder = join(tempDir(), 'ics');
    mkdirSync(folder);
    const files = ['An.ics', 'Binh.ics'].map((name) => downloadFile(name, 'text/calendar', `BEGIN:VCALENDAR ${name}`));
    const result = await fileHostHandlers(dialogs(folder).dialogs).save({ files, bundleName: 'tung-nguoi' });
    expect(result).toEqual({ ok: true, data: { kind: 'saved', path: folder, count: 2 } });
    expect(readdirSync(folder).sort()).toEqual(['An.ics', 'Binh.ics']);
    expect(readFileSync(join(folder, 'Binh.ics'), 'utf8')).toBe('BEGIN:VCALENDAR Binh.ics');
    expect(statSync(join(folder, 'An.ics')).isFile()).toBe(true);
  });

  it('says where it could not write', async () => {
    const target = join(tempDir(), 'no-such-folder', 'x.pdf');
    const result = await fileHostHandlers(dialogs(target).dialogs).save({ files: [downloadFile('x.pdf', 'application/pdf', 'x')], bundleName: 'x' });
    expect(inVietnamese(result)).toMatchObject({ ok: false, error: { code: 'FILE_UNWRITABLE', message: `Không ghi được tệp ${target}: thư mục không tồn tại.` } });
  });
});
