import { AppError } from '../../errors/app-error';
import type { PlanCore } from '../../plan/schema';
import type { Settings } from '../../settings/schema';
import { documentInfoOf } from '../document-info';
import type { Organizer } from './duty-calendar';
import { msg } from '../../i18n/message';

/** METHOD:PUBLISH needs an ORGANIZER on every event: the unit's email from Settings (or given for one export). */
export function organizerOf(core: PlanCore, settings: Settings, email = settings.organisation.unitEmail): Organizer {
  if (!email.trim()) {
    throw new AppError('INVALID_INPUT', msg('exports.error.noOrganizer'), 'organisation.unitEmail');
  }
  return { name: documentInfoOf(core, settings).unitName, email: email.trim() };
}
