import { runCli } from './run';
import { askOnTerminal, askSecretOnTerminal } from './terminal-prompt';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ask: askOnTerminal,
  askSecret: askSecretOnTerminal,
});
