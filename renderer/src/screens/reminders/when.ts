import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import type { Reminder } from '../../../../shared/reminders/schema';
import type { Language } from '../../../../shared/settings/schema';
import { epochToVn } from '../../../../shared/time/zone';
import type { MessageKey } from '../../../../shared/i18n';

/** "Thứ Hai, 16/02/2026 21:30" on Vietnam's clock, whatever the computer's zone. */
export const when = (epoch: number, language: Language) => formatDateTimeLong(epochToVn(epoch), language);

export const kindKey = (reminder: Reminder) => `reminders.kind.${reminder.kind}` as MessageKey;
