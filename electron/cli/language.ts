import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Language } from '../../shared/settings/schema';

/**
 * The language the CLI speaks: `--lang` when given, else the one chosen in the app's Settings (read
 * from the data folder without opening the store, so an error on the way out never writes), else
 * Vietnamese. A settings file that cannot be read changes nothing: the CLI still speaks.
 */
export function cliLanguage(flag: Language | undefined, dataDir: string): Language {
  if (flag) return flag;
  try {
    const settings: unknown = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    const chosen = Language.safeParse((settings as { language?: unknown } | null)?.language);
    return chosen.success ? chosen.data : 'vi';
  } catch {
    return 'vi';
  }
}
