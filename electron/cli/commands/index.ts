import type { Command } from '../command';
import { caldavCommand } from './caldav';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { feedCommand } from './feed';
import { generateCommand } from './generate';
import { holidaysCommand } from './holidays';
import { logCommand } from './log';
import { lunarCommand } from './lunar';
import { planCommand } from './plan';
import { publishCommand } from './publish';
import { readinessCommand } from './readiness';
import { reportCommand } from './report';
import { solarCommand } from './solar';
import { staffCommand } from './staff';

/** One file per command; each is listed here once. */
export const COMMANDS: Command[] = [
  planCommand,
  generateCommand,
  checkCommand,
  publishCommand,
  logCommand,
  readinessCommand,
  exportCommand,
  reportCommand,
  caldavCommand,
  feedCommand,
  staffCommand,
  lunarCommand,
  solarCommand,
  holidaysCommand,
  demoCommand,
];
