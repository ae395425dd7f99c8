import { createInterface } from 'node:readline';

/**
 * A password typed at the terminal, not echoed. Without a terminal (a script, CI) there is no one to
 * ask: null, and the command says how to give it instead — it never waits for input that cannot come.
 */
export function askSecretOnTerminal(question: string): Promise<string | null> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return Promise.resolve(null);
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
