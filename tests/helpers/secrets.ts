import type { SecretBox } from '../../electron/services/adapters';

/** Stands in for Electron safeStorage: reversible, and nothing like the plain text. */
export const fakeSecretBox: SecretBox = {
  kind: 'os-encryption',
  available: () => true,
  seal: (plain) => `sealed:${Buffer.from([...plain].reverse().join('')).toString('hex')}`,
  open: (sealed) => [...Buffer.from(sealed.slice(7), 'hex').toString()].reverse().join(''),
};
