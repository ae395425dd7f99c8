/**
 * The part of `conf` (and of electron-store, its subclass) the store uses. The app passes
 * electron-store, the CLI and tests pass conf: the same engine writing the same files.
 */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}
export type ConfFactory = (options: { cwd: string; name: string }) => ConfLike;
