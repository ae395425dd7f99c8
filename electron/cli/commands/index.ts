import type { Command } from '../command';
import { planCommand } from './plan';
import { publishCommand } from './publish';
import { staffCommand } from './staff';

/** One file per command; each is listed here once. */
export const COMMANDS: Command[] = [planCommand, publishCommand, staffCommand];
