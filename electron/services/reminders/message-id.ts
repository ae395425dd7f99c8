import { createHash } from 'node:crypto';

/** The same reminder always gets the same Message-ID, so a mail system can drop a resend. */
export function messageIdFor(key: string, senderAddress: string): string {
  const domain = senderAddress.split('@')[1] || 'lich-truc.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}.lich-truc@${domain}>`;
}
