import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'lich-truc';

/**
 * The one data folder of the app and the CLI, so both see the same plans. Electron is pointed at
 * it with app.setPath('userData'), rather than the CLI guessing Electron's rules.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LICH_TRUC_DATA_DIR) return env.LICH_TRUC_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
