// Run as a child process by the atomic-write tests: writes two large contents in turn, forever,
// so that a kill -9 lands in the middle of some write.
import { writeFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../../../electron/services/files/atomic-write';

const [target, mode] = process.argv.slice(2) as [string, 'atomic' | 'plain'];
const contents = ['A', 'B'].map((letter) => letter.repeat(4 * 1024 * 1024));
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const content = contents[i % 2]!;
  if (mode === 'atomic') writeFileAtomicSync(target, content);
  else writeFileSync(target, content);
}
