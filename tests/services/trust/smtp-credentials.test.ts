import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempServices } from '../../helpers/services';
import { fakeSecretBox } from '../../helpers/secrets';
import { RecordingMailer } from '../../helpers/reminders';

const PASSWORD = 'Mật-khẩu-SMTP-2026!';
const SERVER = { host: 'smtp.binhson.gov.vn', port: 587, security: 'starttls', user: 'lichtruc', senderAddress: 'lichtruc@binhson.gov.vn' } as const;

function rig() {
  const mailer = new RecordingMailer();
  const { services, dataDir } = tempServices({ now: '2026-02-02T02:00:00.000Z', secrets: fakeSecretBox, mailer });
  return { services, mailer, dataDir };
}

describe('the SMTP password is never sent without TLS (#12 item 10)', () => {
  it('refuses to store a password for a server without TLS, naming the fix; nothing is changed', async () => {
    const { services } = rig();
    await services.mailSettings.update(SERVER);
    await expect(services.mailSettings.update({ security: 'none', password: PASSWORD })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      where: 'security',
      message: expect.stringMatching(/không mã hoá.*STARTTLS hoặc TLS/),
    });
    expect(services.mailSettings.view()).toMatchObject({ security: 'starttls', hasPassword: false });
  });

  it('refuses to turn TLS off while a password is stored', async () => {
    const { services } = rig();
    await services.mailSettings.update({ ...SERVER, password: PASSWORD });
    await expect(services.mailSettings.update({ security: 'none' })).rejects.toMatchObject({ code: 'INVALID_INPUT', where: 'security' });
    expect(services.mailSettings.view()).toMatchObject({ security: 'starttls', hasPassword: true });
  });

  it('allows a plain connection with a password to a server on this computer, and without a password anywhere', async () => {
    const { services } = rig();
    await expect(services.mailSettings.update({ ...SERVER, host: '127.0.0.1', security: 'none', password: PASSWORD })).resolves.toMatchObject({ hasPassword: true });
    await expect(services.mailSettings.update({ port: 2525 })).resolves.toMatchObject({ hasPassword: true, security: 'none' });
    await services.mailSettings.update({ password: null });
    await expect(services.mailSettings.update({ host: 'relay.lan.binhson.gov.vn' })).resolves.toMatchObject({ security: 'none', hasPassword: false });
  });

  it('forgets the stored password when the server changes: it was typed for the other one', async () => {
    const { services } = rig();
    await services.mailSettings.update({ ...SERVER, password: PASSWORD });
    await services.mailSettings.update({ port: 465, security: 'tls' });
    expect(services.mailSettings.view().hasPassword).toBe(true);
    await services.mailSettings.update({ host: 'smtp.evil.example' });
    expect(services.mailSettings.view().hasPassword).toBe(false);
    expect(services.mailSettings.config().password).toBeNull();
    // A new password typed with the new host is the new server's.
    await services.mailSettings.update({ host: 'smtp2.binhson.gov.vn', password: 'moi' });
    expect(services.mailSettings.config().password).toBe('moi');
  });

  it('a store written before the rule (a password with no TLS) sends nothing with it', async () => {
    const { services, mailer, dataDir } = rig();
    await services.mailSettings.update({ ...SERVER, password: PASSWORD });
    const path = `${dataDir}/mail.json`;
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), security: 'none' }));
    await expect(services.mail.test('ai.do@binhson.gov.vn')).rejects.toMatchObject({ code: 'MAIL_FAILED', message: expect.stringMatching(/không mã hoá/) });
    expect(mailer.sent).toEqual([]);
  });
});
