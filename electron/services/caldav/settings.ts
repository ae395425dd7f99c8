import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors/app-error';
import { CaldavSettings, caldavReady, type CaldavSettingsChanges, type CaldavSettingsView, type CaldavTrust } from '../../../shared/caldav/settings';
import { mayCarryCredential, sameCredentialHost } from '../../../shared/net/credential-rule';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';
import type { ServerAccount } from './server';
import { msg } from '../../../shared/i18n/message';

const REF = { name: 'caldav' };

/** On disk: the settings, and the password only as the secret box sealed it. */
const CaldavDocument = CaldavSettings.extend({ schemaVersion: z.literal(1), sealedPassword: z.string().nullable().default(null) });
type CaldavDocument = z.infer<typeof CaldavDocument>;

const empty = (): CaldavDocument => CaldavDocument.parse({ schemaVersion: 1 });

/** A server URL the app may send a password to: http(s), and TLS unless it is this computer. */
export function serverUrlOf(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('INVALID_INPUT', msg('caldav.error.badUrl', { text }), 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('INVALID_INPUT', msg('caldav.error.notHttp'), 'url');
  if (url.username || url.password) throw new AppError('INVALID_INPUT', msg('caldav.error.credentialInUrl'), 'url');
  if (!mayCarryCredential({ host: url.hostname, tls: url.protocol === 'https:' })) {
    throw new AppError('INVALID_INPUT', msg('caldav.error.needsTls'), 'url');
  }
  return url;
}

/** The imported CA, described so the user can tell it is theirs; refuses what is not a certificate. */
export function describeCa(pem: string): string {
  try {
    const cert = new X509Certificate(pem);
    const subject = cert.subject.split('\n').find((line) => line.startsWith('CN=')) ?? cert.subject.split('\n')[0] ?? '';
    return `${subject.replace(/^CN=/, '')} — hết hạn ${cert.validTo} — SHA-256 ${cert.fingerprint256}`;
  } catch {
    throw new AppError('INVALID_INPUT', msg('caldav.error.badCa'), 'trust.caPem');
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The unit's CalDAV server: address, user, password through the secret box, how its certificate is trusted. */
export class CaldavSettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  #read(): CaldavDocument {
    return guardedRead(this.ctx.store, this.ctx.backups, REF, (raw) => CaldavDocument.parse(raw), { value: empty, outcome: msg('store.outcome.caldav') }) ?? empty();
  }

  view(): CaldavSettingsView {
    const { schemaVersion: _v, sealedPassword, ...settings } = this.#read();
    return {
      ...settings,
      hasPassword: sealedPassword !== null,
      canStorePassword: this.ctx.secrets.available(),
      ready: caldavReady(settings),
      caSummary: settings.trust.mode === 'ca' ? describeCa(settings.trust.caPem) : null,
    };
  }

  /** The account with the password opened, for publishing only. */
  account(): ServerAccount {
    const { url, user, trust, sealedPassword } = this.#read();
    if (!url || !user) throw new AppError('INVALID_INPUT', msg('caldav.error.notSetUp'));
    if (sealedPassword === null) throw new AppError('INVALID_INPUT', msg('caldav.error.noPassword'), 'password');
    if (!this.ctx.secrets.available()) throw new AppError('SECRETS_UNAVAILABLE', msg('caldav.error.cannotDecrypt'));
    return { url, user, trust, password: this.ctx.secrets.open(sealedPassword) };
  }

  /** The stored trust setting, for the same server given on the command line. */
  trustFor(url: string): CaldavTrust {
    const stored = this.#read();
    return stored.url && hostOf(stored.url) === hostOf(url) ? stored.trust : { mode: 'system' };
  }

  update(changes: CaldavSettingsChanges): Promise<CaldavSettingsView> {
    return this.ctx.store.lock.run(() => {
      const { password, ...rest } = changes;
      const current = this.#read();
      if (rest.url) rest.url = serverUrlOf(rest.url).href;
      if (rest.trust?.mode === 'ca') describeCa(rest.trust.caPem);
      let sealedPassword = current.sealedPassword;
      // A password belongs to the server it was typed for.
      if (rest.url !== undefined && !sameCredentialHost(hostOf(rest.url), hostOf(current.url))) sealedPassword = null;
      if (password === null || password === '') sealedPassword = null;
      else if (password !== undefined) {
        if (!this.ctx.secrets.available()) {
          throw new AppError('SECRETS_UNAVAILABLE', msg('caldav.error.noVault'));
        }
        sealedPassword = this.ctx.secrets.seal(password);
      }
      this.ctx.store.write(REF, CaldavDocument.parse({ ...current, ...rest, sealedPassword }));
      this.ctx.events.emit('settings:changed', {});
      return this.view();
    });
  }
}
