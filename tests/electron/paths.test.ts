import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/services/paths';

// Electron's own userData rules, so the CLI without Electron finds the app's plans.
describe('defaultDataDir', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\an\\AppData\\Roaming', 'lich-truc'));
    expect(defaultDataDir({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'lich-truc'));
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'lich-truc'));
  });

  it('uses $XDG_CONFIG_HOME, else ~/.config, on Linux', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/config' }, 'linux')).toBe('/srv/config/lich-truc');
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'lich-truc'));
  });

  it.each(['win32', 'darwin', 'linux'] as const)('lets LICH_TRUC_DATA_DIR choose the folder on %s', (platform) => {
    expect(defaultDataDir({ LICH_TRUC_DATA_DIR: '/mnt/shared/lich-truc', APPDATA: 'C:\\x', XDG_CONFIG_HOME: '/x' }, platform)).toBe('/mnt/shared/lich-truc');
  });
});
