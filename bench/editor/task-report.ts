import { KEY_SECONDS, estimate, median, ms, worst } from './stats';

/** What a task took in the app, as every task script returns it. */
export interface AppFigures {
  keys: number;
  clicks: number;
  /** The scripted run's wall time, ms. */
  wall: number;
  /** Keystroke → painted, ms, for each edit key. */
  painted: number[];
}

export function printTaskHeader() {
  console.log(
    `keystrokes: every key pressed, a held modifier once per chord; a Vietnamese letter counts one key in the spreadsheet (Telex needs up to three); times estimated at ${KEY_SECONDS} s a key for both`,
  );
  console.log('task | Lịch Trực keys | clicks | spreadsheet keys (how) | no more than the spreadsheet | est. time app / sheet | scripted run | app keystroke → painted median / worst ms');
}

/** One task's line: the app's figures beside the spreadsheet's. */
export function printTask(task: string, app: AppFigures, sheet: { keys: number; how: string }) {
  console.log(
    [
      task,
      app.keys,
      app.clicks,
      `${sheet.keys} (${sheet.how})`,
      app.keys <= sheet.keys ? 'yes' : 'NO',
      `${estimate(app.keys)} / ${estimate(sheet.keys)}`,
      `${(app.wall / 1000).toFixed(1)} s`,
      `${ms(median(app.painted))} / ${ms(worst(app.painted))}`,
    ].join(' | '),
  );
}
