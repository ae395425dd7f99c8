import { randomBytes } from 'node:crypto';
import { Entry, type EntryOptions } from '@napi-rs/keyring';
import type { SecretBox } from '../services/adapters';

const SERVICE = 'Lịch Trực';
// Linux: the Secret Service (GNOME Keyring, KWallet) only. The kernel keyring it would fall back to
// forgets everything at logout, which the UI would wrongly call "kept in the keyring".
const OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

const entry = (account: string) => new Entry(SERVICE, account, OPTIONS);
const newAccount = () => `mail-${randomBytes(8).toString('hex')}`;

/** Whether the OS keyring answers here: a write, a read back and a delete of a probe entry. */
export function keyringWorks(): boolean {
  try {
    const probe = entry(`probe-${randomBytes(4).toString('hex')}`);
    probe.setPassword('probe');
    const ok = probe.getPassword() === 'probe';
    probe.deletePassword();
    return ok;
  } catch {
    return false;
  }
}

/** The OS keyring (Keychain, Credential Manager, Secret Service): the store keeps only `keyring:<account>`. */
export const keyringSecrets: SecretBox = {
  kind: 'keyring',
  available: () => true,
  seal(plain) {
    const account = newAccount();
    entry(account).setPassword(plain);
    return `keyring:${account}`;
  },
  open(sealed) {
    const password = sealed.startsWith('keyring:') ? entry(sealed.slice('keyring:'.length)).getPassword() : null;
    if (password === null) throw new Error('not in the keyring');
    return password;
  },
  holds(sealed) {
    try {
      return sealed.startsWith('keyring:') && entry(sealed.slice('keyring:'.length)).getPassword() !== null;
    } catch {
      return false;
    }
  },
  forget(sealed) {
    try {
      if (sealed.startsWith('keyring:')) entry(sealed.slice('keyring:'.length)).deletePassword();
    } catch {
      // Already gone: nothing to forget.
    }
  },
};

/**
 * No keyring: the password lives in this process only, until the server stops, and is asked for
 * again after a restart (the store keeps a `memory:<id>` that no later process can open).
 */
export function memorySecrets(): SecretBox {
  const kept = new Map<string, string>();
  return {
    kind: 'memory',
    available: () => true,
    seal(plain) {
      const sealed = `memory:${randomBytes(8).toString('hex')}`;
      kept.set(sealed, plain);
      return sealed;
    },
    open(sealed) {
      const plain = kept.get(sealed);
      if (plain === undefined) throw new Error('not in memory');
      return plain;
    },
    holds: (sealed) => kept.has(sealed),
    forget: (sealed) => void kept.delete(sealed),
  };
}

export const browserSecrets = (): SecretBox => (keyringWorks() ? keyringSecrets : memorySecrets());
