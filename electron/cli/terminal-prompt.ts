import { createInterface } from 'node:readline';

/**
 * Without a terminal (a script, CI) there is no one to ask: null, and the command says how to
 * answer instead — it never waits for input that cannot come.
 */
const hasTerminal = () => Boolean(process.stdin.isTTY && process.stderr.isTTY);

/** One line typed at the terminal, the question on stderr so stdout stays the command's output. */
export function askOnTerminal(question: string): Promise<string | null> {
  if (!hasTerminal()) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

/** A password typed at the terminal, not echoed. */
export function askSecretOnTerminal(question: string): Promise<string | null> {
  if (!hasTerminal()) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput(text: string): void };
    const write = output._writeToOutput.bind(rl);
    output._writeToOutput = (text) => write(text.startsWith(question) ? text : text.replace(/[^\r\n]/g, ''));
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
