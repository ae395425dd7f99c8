import { describe, expect, it } from 'vitest';
import { tempServices } from '../../helpers/services';
import { fakeSecretBox } from '../../helpers/secrets';

const rig = () => tempServices({ now: '2026-02-02T02:00:00.000Z', secrets: fakeSecretBox }).services;

/** The credential rule SMTP follows too (#12 item 10): never without TLS but to this computer; a password belongs to its host. */
describe('the CalDAV password is never sent without TLS', () => {
  it('refuses a plain-http server elsewhere, and a password written into the address; nothing is changed', async () => {
    const services = rig();
    await services.caldavSettings.update({ url: 'https://lich.binhson.gov.vn/', user: 'truongphong', password: 'mật khẩu' });
    for (const url of ['http://lich.binhson.gov.vn/', 'http://10.0.0.5:5232/', 'https://truongphong:mk@lich.binhson.gov.vn/', 'ftp://lich.binhson.gov.vn/']) {
      await expect(services.caldavSettings.update({ url })).rejects.toMatchObject({ code: 'INVALID_INPUT', where: 'url' });
    }
    expect(services.caldavSettings.view()).toMatchObject({ url: 'https://lich.binhson.gov.vn/', hasPassword: true });
  });

  it('allows plain http to a server on this computer', async () => {
    const services = rig();
    for (const url of ['http://127.0.0.1:5232/', 'http://localhost:5232/', 'http://[::1]:5232/']) {
      await services.caldavSettings.update({ url, user: 'truongphong', password: 'mật khẩu' });
      expect(services.caldavSettings.view()).toMatchObject({ url, hasPassword: true });
    }
  });

  it('forgets the stored password when the host changes, keeps it for another path on the same host', async () => {
    const services = rig();
    await services.caldavSettings.update({ url: 'https://lich.binhson.gov.vn/', user: 'truongphong', password: 'mật khẩu' });
    await services.caldavSettings.update({ url: 'https://lich.binhson.gov.vn/dav/' });
    expect(services.caldavSettings.view().hasPassword).toBe(true);
    await services.caldavSettings.update({ url: 'https://lich.donvikhac.gov.vn/dav/' });
    expect(services.caldavSettings.view().hasPassword).toBe(false);
  });
});
