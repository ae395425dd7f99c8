import type { Command } from '../command';
import { exportCommand } from './export';
import { planCommand } from './plan';

/** One file per command; each is listed here once. */
export const COMMANDS: Command[] = [planCommand, exportCommand];
