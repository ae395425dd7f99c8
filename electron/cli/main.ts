import { runCli } from './run';
import { askSecretOnTerminal } from './secret-prompt';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  askSecret: askSecretOnTerminal,
});
