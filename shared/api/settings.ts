import { z } from 'zod';
import { Settings } from '../settings/schema';
import { RecoveryNotice } from '../store/recovery';
import { changesOf, type DeepChanges } from './changes';
import { defineChannels } from './define';
import { NoInput } from './plans';

/** Any subset of the settings, nested objects too (`{ desktop: { startAtLogin } }`); the rest is kept. */
const settingsChanges = changesOf(Settings.omit({ schemaVersion: true }).shape, { deep: true });
export type SettingsChanges = DeepChanges<z.infer<typeof settingsChanges>>;
/** The schema is partial inside nested objects too; typed so, callers send `{ document: { place } }`. */
export const SettingsChanges: z.ZodType<SettingsChanges> = settingsChanges;

export const settingsChannels = defineChannels({
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsChanges, output: Settings },
  /** Store files that were unreadable at start and what became of them. */
  'store:recoveryNotices': { input: NoInput, output: z.array(RecoveryNotice) },
});
