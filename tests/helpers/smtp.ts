import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { onTestFinished } from 'vitest';
import { parseMime, type MimePart } from './mime';

export interface Received {
  from: string;
  to: string[];
  raw: string;
  mime: MimePart;
  user: string | null;
}

/** How the server answers the next message: accept it, refuse it with a code, or hang up. */
export type Answer = 'accept' | { code: number; message: string } | 'drop';

export interface TestSmtp {
  port: number;
  received: Received[];
  /** Answers for the coming messages, in order; then it accepts. */
  answers: Answer[];
  /** Refuses logins with 535 while true. */
  refuseAuth: boolean;
  logins: { user: string; pass: string }[];
}

/** A real SMTP server (the `smtp-server` package) on 127.0.0.1 and a random port, closed after the test. */
export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, received: [], answers: [], refuseAuth: false, logins: [] };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      state.logins.push({ user: auth.username ?? '', pass: auth.password ?? '' });
      if (state.refuseAuth) return callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      callback(null, { user: auth.username });
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const answer = state.answers.shift() ?? 'accept';
        if (answer === 'drop') {
          for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
          return;
        }
        if (answer !== 'accept') return callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
        const raw = Buffer.concat(chunks).toString('utf8');
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          mime: parseMime(raw),
          user: (session.user as string | undefined) ?? null,
        });
        callback(null);
      });
    },
  });
  // Hang-ups are the point of some tests; the server must not crash on them.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return state;
}
