import { z } from 'zod';
import { AppError } from '../../../shared/errors/app-error';
import { parseDocument } from '../../../shared/store/migrate';
import { MailSettings, mailReady, type MailSettingsChanges, type MailSettingsView } from '../../../shared/mail/settings';
import type { SmtpConfig } from '../adapters';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';

const REF = { name: 'mail' };

/** On disk: the settings, and the password only as the secret box sealed it. */
const MAIL_SCHEMA_VERSION = 1;
const MailDocument = MailSettings.extend({ schemaVersion: z.literal(MAIL_SCHEMA_VERSION), sealedPassword: z.string().nullable().default(null) });
type MailDocument = z.infer<typeof MailDocument>;

const empty = (): MailDocument => MailDocument.parse({ schemaVersion: MAIL_SCHEMA_VERSION });
/** A newer app's mail settings are refused as too new (STORE_TOO_NEW), never reset to empty. */
const parseMail = (raw: unknown) => parseDocument(raw, { kind: 'Cài đặt thư', current: MAIL_SCHEMA_VERSION, schema: MailDocument });

export class MailSettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  #read(): MailDocument {
    return guardedRead(this.ctx.store, this.ctx.backups, REF, parseMail, { value: empty, outcome: 'Đã xoá cài đặt thư; hãy nhập lại máy chủ SMTP.' }) ?? empty();
  }

  view(): MailSettingsView {
    const { schemaVersion: _v, sealedPassword, ...settings } = this.#read();
    return { ...settings, hasPassword: sealedPassword !== null, canStorePassword: this.ctx.secrets.available(), ready: mailReady(settings) };
  }

  ready(): boolean {
    return mailReady(this.#read());
  }

  /** The settings with the password opened, for sending only. */
  config(): SmtpConfig {
    const { schemaVersion: _v, sealedPassword, ...settings } = this.#read();
    if (!mailReady(settings)) throw new AppError('MAIL_FAILED', 'Chưa cài đặt máy chủ thư (SMTP) và địa chỉ người gửi.');
    let password: string | null = null;
    if (sealedPassword !== null) {
      if (!this.ctx.secrets.available()) throw new AppError('SECRETS_UNAVAILABLE', 'Máy này không giải mã được mật khẩu thư đã lưu. Hãy nhập lại mật khẩu.');
      password = this.ctx.secrets.open(sealedPassword);
    }
    return { ...settings, password };
  }

  update(changes: MailSettingsChanges): Promise<MailSettingsView> {
    return this.ctx.store.lock.run(() => {
      const { password, ...rest } = changes;
      const current = this.#read();
      let sealedPassword = current.sealedPassword;
      if (password === null || password === '') sealedPassword = null;
      else if (password !== undefined) {
        if (!this.ctx.secrets.available()) {
          throw new AppError('SECRETS_UNAVAILABLE', 'Máy này không có kho mã hoá của hệ điều hành nên không thể lưu mật khẩu thư an toàn; mật khẩu chưa được lưu.');
        }
        sealedPassword = this.ctx.secrets.seal(password);
      }
      this.ctx.backups.take(REF);
      this.ctx.store.write(REF, MailDocument.parse({ ...current, ...rest, sealedPassword }));
      this.ctx.events.emit('settings:changed', {});
      return this.view();
    });
  }
}
