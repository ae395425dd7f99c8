import { AppError } from '../../shared/errors/app-error';
import type { EventSink, FolderPicker, Mailer, PdfPrinter } from './adapters';
import { CaldavService, type CaldavOptions } from './caldav/service';
import { CaldavSettingsService } from './caldav/settings';
import { createContext, type ContextOptions, type ServiceContext } from './context';
import { DutyLogFiles } from './duty-log/export';
import { DutyLogService } from './duty-log/service';
import { DutyLogStore } from './duty-log/store';
import { FeedService } from './feed/service';
import { FeedSettingsService } from './feed/settings';
import { chromiumPrinter } from './exports/chromium-printer';
import { ExportService } from './exports/export-service';
import { PaperworkService } from './paperwork';
import { MailService } from './mail/service';
import { MailSettingsService } from './mail/settings';
import { PlanService } from './plans';
import { ReadinessService } from './readiness/service';
import { ReadinessStore } from './readiness/store';
import { ReminderService } from './reminders/service';
import { hostHandlers } from './host';
import { HandlerRegistry, type Logger } from './registry';
import type { HostMode } from '../../shared/api/host';
import { REPLANNING_EVENTS, type AppEventName } from '../../shared/api/events';
import { SettingsService } from './settings';
import { StaffService } from './staff';
import { StaffDirectoryStore } from './staff-directory';

export interface Services {
  ctx: ServiceContext;
  registry: HandlerRegistry;
  plans: PlanService;
  settings: SettingsService;
  directory: StaffDirectoryStore;
  staff: StaffService;
  exports: ExportService;
  paperwork: PaperworkService;
  /** Its engine is started by the app (main.ts), not by the CLI. */
  reminders: ReminderService;
  mail: MailService;
  mailSettings: MailSettingsService;
  dutyLog: DutyLogService;
  readiness: ReadinessService;
  caldav: CaldavService;
  caldavSettings: CaldavSettingsService;
  feed: FeedService;
  feedSettings: FeedSettingsService;
  /** Reads every document once so unreadable files are found, moved aside and reported at start. */
  startupCheck(): ReturnType<ServiceContext['store']['notices']>;
}

/** Builds every service over one data folder and binds them into the one handler table. */
export interface ServiceOptions extends Omit<ContextOptions, 'mailer'> {
  /** Electron's printToPDF in the app; headless Chromium by default (CLI, browser mode, tests). */
  printer?: PdfPrinter;
  /** nodemailer over the unit's SMTP server by default; tests pass a recording one. */
  mailer?: Mailer;
  /** Which program hosts the services: what the UI may offer depends on it. The CLI's by default. */
  mode?: HostMode;
  caldav?: CaldavOptions;
  /** The desktop's folder dialog; without it the feed folder is set on the command line. */
  folderPicker?: FolderPicker;
}

/** The SMTP mailer, its mail library loaded at the first message: a command that sends nothing never pays its load time. */
const smtpOnFirstSend: Mailer = { send: async (config, mail) => (await import('./mail/transport')).smtpMailer.send(config, mail) };

export function createServices(options: ServiceOptions, logger?: Logger): Services {
  // Declared before the event sink that refers to it and assigned once the context exists.
  // eslint-disable-next-line prefer-const
  let reminders: ReminderService | undefined;
  // Publishing, changed settings or a handover written re-plan the reminders; everything else passes through.
  const events: EventSink = {
    emit(event, payload) {
      options.events.emit(event, payload);
      if ((REPLANNING_EVENTS as readonly AppEventName[]).includes(event)) reminders?.engine.replan();
    },
  };
  const ctx = createContext({ ...options, events, mailer: options.mailer ?? smtpOnFirstSend });
  const directory = new StaffDirectoryStore(ctx);
  const settings = new SettingsService(ctx);
  const logs = new DutyLogStore(ctx);
  const readinessStore = new ReadinessStore(ctx);
  const plans = new PlanService(ctx, directory, logs, [readinessStore]);
  const staff = new StaffService(ctx, directory, settings, plans);
  const printer = options.printer ?? chromiumPrinter();
  const readiness = new ReadinessService(ctx, plans, settings, directory, readinessStore);
  const paperwork = new PaperworkService(ctx, plans, settings, printer, logs, readiness);
  const exports = new ExportService(ctx, plans, settings, paperwork, printer);
  const mailSettings = new MailSettingsService(ctx);
  reminders = new ReminderService(ctx, plans, settings, mailSettings, logs, readiness);
  const dutyLog = new DutyLogService(ctx, plans, settings, directory, logs, new DutyLogFiles(printer, () => settings.get()));
  const mail = new MailService(ctx, mailSettings, settings, plans, reminders);
  const caldavSettings = new CaldavSettingsService(ctx);
  const caldav = new CaldavService(ctx, caldavSettings, plans, settings, options.caldav);
  const feedSettings = new FeedSettingsService(ctx, options.folderPicker);
  const feed = new FeedService(ctx, feedSettings, plans, settings);
  const registry = new HandlerRegistry(logger)
    .register(plans.handlers())
    .register(settings.handlers())
    .register(staff.handlers())
    .register(exports.handlers())
    .register(reminders.handlers())
    .register(mail.handlers())
    .register(hostHandlers(options.mode ?? 'cli', ctx.secrets, options.folderPicker !== undefined))
    .register(dutyLog.handlers())
    .register(caldav.handlers())
    .register(paperwork.handlers())
    .register(feed.handlers())
    .register(readiness.handlers())
    .assertComplete();
  return {
    ctx,
    registry,
    plans,
    settings,
    directory,
    staff,
    exports,
    paperwork,
    reminders,
    mail,
    mailSettings,
    dutyLog,
    readiness,
    caldav,
    caldavSettings,
    feed,
    feedSettings,
    startupCheck() {
      const reads = [
        () => settings.get(),
        () => directory.read(),
        () => plans.list(),
        () => mailSettings.view(),
        () => caldavSettings.view(),
        () => reminders.engine.entries(),
        ...logs.planIds().map((id) => () => logs.read(id)),
        ...readinessStore.planIds().map((id) => () => readinessStore.read(id)),
        () => feedSettings.view(),
        () => reminders.engine.entries(),
      ];
      for (const read of reads) {
        try {
          read();
        } catch (error) {
          // Left untouched and refused, with its reason, when used; start-up must still open the window.
          if (!(error instanceof AppError && (error.code === 'STORE_TOO_NEW' || error.code === 'FILE_UNREADABLE'))) throw error;
        }
      }
      return ctx.store.notices();
    },
  };
}
