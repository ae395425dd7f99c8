import { msg, type Message } from '../../shared/i18n';
import { CliError, EXIT, usageError } from './command';

/*
 * How the calendar commands fail, consistently: a command line that cannot be understood (missing or
 * extra arguments, unknown options, options that exclude each other) exits with EXIT.usage (2); a value
 * that is understood but wrong (a day that does not exist, a year outside 1900–2100, a non-numeric
 * number, a range backwards) exits with EXIT.error (1): shared/calendar refuses it with an AppError
 * (INVALID_INPUT), which run.ts says in the CLI's language.
 */

/** A whole number typed on the command line; range checks are the calendar's. */
export function integerArg(text: string, what: Message): number {
  if (!/^-?\d+$/.test(text)) throw new CliError(msg('cli.notInteger', { what, text }), EXIT.error);
  return Number(text);
}

/** Exactly `count` positionals, or a usage error naming what is expected. */
export function positionalsOf(positionals: string[], names: Message[], usage: Message): string[] {
  if (positionals.length < names.length) throw usageError(msg('cli.missing', { name: names.slice(positionals.length) }), usage);
  if (positionals.length > names.length) throw usageError(msg('cli.extra', { args: positionals.slice(names.length).join(' ') }), usage);
  return positionals;
}
