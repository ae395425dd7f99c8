import { createTransport } from 'nodemailer';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { msg, type Message } from '../../../shared/i18n/message';
import { MailFailure, type Mailer } from '../adapters';
import { reasonOfCode } from '../network-reason';

interface NodemailerError {
  /** nodemailer's kind of failure (ESOCKET, EAUTH…); the system's code, if any, is kept in `originalCode`. */
  code?: string;
  originalCode?: string;
  response?: string;
  message?: string;
}

/** nodemailer's own kinds a user can act on without the server's words. */
const KINDS: Record<string, MessageKey> = { EAUTH: 'net.mailAuth', ETLS: 'net.mailTls', EDNS: 'net.dns', ETIMEDOUT: 'net.connectTimeout' };

/** "535 5.7.8 Authentication failed" as the server said it, else why the connection failed. */
export function failureReason(error: unknown): Message {
  const e = (error ?? {}) as NodemailerError;
  if (e.response) return msg('net.mailAnswer', { response: e.response.trim() });
  const known = reasonOfCode(e.originalCode) ?? reasonOfCode(e.code);
  if (known) return known.reason;
  const kind = e.code && KINDS[e.code];
  if (kind) return msg(kind);
  return msg('net.other', { detail: [e.code, e.message].filter(Boolean).join(': ') || String(error) });
}

/** nodemailer over the agency's SMTP server; one connection per message, short timeouts. */
export const smtpMailer: Mailer = {
  async send(config, mail) {
    const transport = createTransport({
      host: config.host,
      port: config.port,
      secure: config.security === 'tls',
      requireTLS: config.security === 'starttls',
      ignoreTLS: config.security === 'none',
      auth: config.user && config.password ? { user: config.user, pass: config.password } : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    try {
      const info = await transport.sendMail({
        from: { name: config.senderName, address: config.senderAddress },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        ...(mail.ics ? { icalEvent: { method: mail.ics.method, filename: 'lich-truc.ics', content: mail.ics.content } } : {}),
      });
      return { response: info.response };
    } catch (error) {
      throw new MailFailure(failureReason(error));
    } finally {
      transport.close();
    }
  },
};
