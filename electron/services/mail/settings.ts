import { z } from 'zod';
import { AppError } from '../../../shared/errors/app-error';
import { parseDocument } from '../../../shared/store/migrate';
import { mayCarryCredential, sameCredentialHost } from '../../../shared/net/credential-rule';
import { MailSettings, mailReady, type MailSettingsChanges, type MailSettingsView } from '../../../shared/mail/settings';
import type { SmtpConfig } from '../adapters';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';
import { msg } from '../../../shared/i18n/message';

const REF = { name: 'mail' };

/** On disk: the settings, and the password only as the secret box sealed it. */
const MAIL_SCHEMA_VERSION = 1;
const MailDocument = MailSettings.extend({ schemaVersion: z.literal(MAIL_SCHEMA_VERSION), sealedPassword: z.string().nullable().default(null) });
type MailDocument = z.infer<typeof MailDocument>;

const INSECURE = msg('mail.error.insecureRule');
const carriesSafely = (s: MailSettings) => mayCarryCredential({ host: s.host, tls: s.security !== 'none' });

const empty = (): MailDocument => MailDocument.parse({ schemaVersion: MAIL_SCHEMA_VERSION });
/** A newer app's mail settings are refused as too new (STORE_TOO_NEW), never reset to empty. */
const parseMail = (raw: unknown) => parseDocument(raw, { kind: msg('store.kind.mail'), current: MAIL_SCHEMA_VERSION, schema: MailDocument });

export class MailSettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  #read(): MailDocument {
    return guardedRead(this.ctx.store, this.ctx.backups, REF, parseMail, { value: empty, outcome: msg('store.outcome.mail') }) ?? empty();
  }

  view(): MailSettingsView {
    const { schemaVersion: _v, sealedPassword, ...settings } = this.#read();
    // A password this box cannot give back (kept in memory by a browser-mode server since stopped, or
    // sealed by the other kind of host) counts as none, so the form asks for it again.
    const held = sealedPassword !== null && (this.ctx.secrets.holds?.(sealedPassword) ?? true);
    return { ...settings, hasPassword: held, canStorePassword: this.ctx.secrets.available(), ready: mailReady(settings) };
  }

  ready(): boolean {
    return mailReady(this.#read());
  }

  /** The settings with the password opened, for sending only. */
  config(): SmtpConfig {
    const { schemaVersion: _v, sealedPassword, ...settings } = this.#read();
    if (!mailReady(settings)) throw new AppError('MAIL_FAILED', msg('mail.error.notSetUp'));
    let password: string | null = null;
    if (sealedPassword !== null) {
      // Settings stored before the rule: the password stays sealed rather than cross the network in clear.
      if (!carriesSafely(settings)) throw new AppError('MAIL_FAILED', msg('mail.error.insecureSend', { host: settings.host, rule: INSECURE }));
      if (!this.ctx.secrets.available()) throw new AppError('SECRETS_UNAVAILABLE', msg('mail.error.cannotDecrypt'));
      try {
        password = this.ctx.secrets.open(sealedPassword);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('SECRETS_UNAVAILABLE', msg('mail.error.cannotOpen'));
      }
    }
    return { ...settings, password };
  }

  update(changes: MailSettingsChanges): Promise<MailSettingsView> {
    return this.ctx.store.lock.run(() => {
      const { password, ...rest } = changes;
      const current = this.#read();
      let sealedPassword = current.sealedPassword;
      // A password belongs to the server it was typed for.
      if (rest.host !== undefined && !sameCredentialHost(rest.host, current.host)) sealedPassword = null;
      if (password === null || password === '') sealedPassword = null;
      else if (password !== undefined) {
        if (!this.ctx.secrets.available()) {
          throw new AppError('SECRETS_UNAVAILABLE', msg('mail.error.noVault'));
        }
        sealedPassword = this.ctx.secrets.seal(password);
      }
      if (current.sealedPassword !== null && sealedPassword !== current.sealedPassword) this.ctx.secrets.forget?.(current.sealedPassword);
      const next = MailDocument.parse({ ...current, ...rest, sealedPassword });
      if (sealedPassword !== null && !carriesSafely(next)) throw new AppError('INVALID_INPUT', msg('mail.error.insecureSave', { rule: INSECURE }), 'security');
      this.ctx.backups.take(REF);
      this.ctx.store.write(REF, next);
      this.ctx.events.emit('settings:changed', {});
      return this.view();
    });
  }
}
