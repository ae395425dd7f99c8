import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

/** Name of a lock entry: `node_modules/a/node_modules/@s/b` → `@s/b`. */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('a plain npm install never downloads from GitHub', () => {
  it("denies Electron's install step, which downloads its binary (fetched at first start instead)", () => {
    expect(pkg.allowScripts.electron).toBe(false);
  });

  it('decides, for every package with an install script, whether it runs', () => {
    const scripted = Object.entries<{ hasInstallScript?: boolean }>(lock.packages)
      .filter(([key, entry]) => key !== '' && entry.hasInstallScript)
      .map(([key]) => nameOf(key));
    const undecided = scripted.filter((name) => typeof pkg.allowScripts[name] !== 'boolean');
    expect(undecided, 'add each to allowScripts with `npm install-scripts approve|deny NAME`').toEqual([]);
    expect(scripted).toContain('electron');
  });

  it('states the npm that reads allowScripts, and older ones stop with a message before installing', () => {
    expect(pkg.engines.npm).toBe('>=11.19.0');
    expect(pkg.devEngines.packageManager).toEqual({ name: 'npm', version: pkg.engines.npm, onFail: 'error' });
  });

  it('keeps the variable out of the set-up: the install itself must be enough', () => {
    for (const script of ['scripts/test-all.sh', 'scripts/test-setup.sh']) expect(readFileSync(script, 'utf8')).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD=/);
    expect(readFileSync('scripts/test-all.sh', 'utf8')).toMatch(/bash scripts\/test-setup\.sh/);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/unset ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });
});
