export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
export const ms = (x: number) => x.toFixed(1);
/** The keystroke-level model's time a key for an average typist (Card, Moran and Newell): the same estimate for the app and the spreadsheet. */
export const KEY_SECONDS = 0.28;
/** Under a minute in seconds: a task of a few keys would read 0.0 min. */
export const estimate = (keys: number) => {
  const seconds = keys * KEY_SECONDS;
  return seconds < 60 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
};
