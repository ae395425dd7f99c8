import { safeStorage } from 'electron';
import type { SecretBox } from './services/adapters';

/**
 * The OS keychain through Electron safeStorage. On Linux without a keyring Electron falls back to
 * a fixed key ('basic_text'), which is no protection: then nothing is stored.
 */
export const electronSecrets: SecretBox = {
  kind: 'os-encryption',
  available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  // What browser mode sealed (its keyring entry or memory) is not this box's to open.
  holds: (sealed) => !/^(keyring|memory):/.test(sealed),
};
