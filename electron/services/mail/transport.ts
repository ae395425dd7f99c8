import { createTransport } from 'nodemailer';
import { MailFailure, type Mailer } from '../adapters';

interface NodemailerError {
  code?: string;
  response?: string;
  responseCode?: number;
  message?: string;
}

/** "535 5.7.8 Authentication failed", or the connection error when the server said nothing. */
export function failureReason(error: unknown): string {
  const e = (error ?? {}) as NodemailerError;
  if (e.response) return e.response.trim();
  return [e.code, e.message].filter(Boolean).join(': ') || String(error);
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
