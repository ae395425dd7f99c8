import type { EventSink } from './adapters';
import { createContext, type ContextOptions, type ServiceContext } from './context';
import { MailService } from './mail/service';
import { MailSettingsService } from './mail/settings';
import { PlanService } from './plans';
import { ReminderService } from './reminders/service';
import { HandlerRegistry, type Logger } from './registry';
import { SettingsService } from './settings';
import { StaffDirectoryStore } from './staff-directory';

export interface Services {
  ctx: ServiceContext;
  registry: HandlerRegistry;
  plans: PlanService;
  settings: SettingsService;
  directory: StaffDirectoryStore;
  /** Its engine is started by the app (main.ts), not by the CLI. */
  reminders: ReminderService;
  mail: MailService;
  mailSettings: MailSettingsService;
  /** Reads every document once so unreadable files are found, moved aside and reported at start. */
  startupCheck(): ReturnType<ServiceContext['store']['notices']>;
}

/** Builds every service over one data folder and binds them into the one handler table. */
export function createServices(options: ContextOptions, logger?: Logger): Services {
  let reminders: ReminderService | undefined;
  // Publishing or changed settings re-plan the reminders; everything else passes through.
  const events: EventSink = {
    emit(event, payload) {
      options.events.emit(event, payload);
      if (event === 'plans:changed' || event === 'settings:changed') reminders?.engine.replan();
    },
  };
  const ctx = createContext({ ...options, events });
  const directory = new StaffDirectoryStore(ctx);
  const settings = new SettingsService(ctx);
  const plans = new PlanService(ctx, directory);
  const mailSettings = new MailSettingsService(ctx);
  reminders = new ReminderService(ctx, plans, settings, mailSettings);
  const mail = new MailService(ctx, mailSettings, settings, plans, reminders.engine);
  const registry = new HandlerRegistry(logger)
    .register(plans.handlers())
    .register(settings.handlers())
    .register(reminders.handlers())
    .register(mail.handlers())
    .assertComplete();
  return {
    ctx,
    registry,
    plans,
    settings,
    directory,
    reminders,
    mail,
    mailSettings,
    startupCheck() {
      settings.get();
      directory.read();
      plans.list();
      mailSettings.view();
      reminders.engine.entries();
      return ctx.store.notices();
    },
  };
}
