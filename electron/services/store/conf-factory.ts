import Conf from 'conf';
import type { ConfFactory } from '../adapters';

/** conf without Electron, for the CLI and tests; the app passes electron-store instead. */
export const confFactory: ConfFactory = ({ cwd, name }) => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'lich-truc', accessPropertiesByDotNotation: false });
