import { AppError } from '../../shared/api/errors';
import { createContext, type ContextOptions, type ServiceContext } from './context';
import { chromiumPrinter } from './exports/chromium-printer';
import { ExportService } from './exports/export-service';
import type { PdfPrinter } from './exports/pdf-printer';
import { PlanService } from './plans';
import { HandlerRegistry, type Logger } from './registry';
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
  /** Reads every document once so unreadable files are found, moved aside and reported at start. */
  startupCheck(): ReturnType<ServiceContext['store']['notices']>;
}

/** Builds every service over one data folder and binds them into the one handler table. */
export interface ServiceOptions extends ContextOptions {
  /** Electron's printToPDF in the app; headless Chromium by default (CLI, tests). */
  printer?: PdfPrinter;
}

export function createServices(options: ServiceOptions, logger?: Logger): Services {
  const ctx = createContext(options);
  const directory = new StaffDirectoryStore(ctx);
  const settings = new SettingsService(ctx);
  const plans = new PlanService(ctx, directory);
  const staff = new StaffService(ctx, directory, settings, plans);
  const exports = new ExportService(ctx, plans, settings, options.printer ?? chromiumPrinter());
  const registry = new HandlerRegistry(logger)
    .register(plans.handlers())
    .register(settings.handlers())
    .register(staff.handlers())
    .register(exports.handlers())
    .assertComplete();
  return {
    ctx,
    registry,
    plans,
    settings,
    directory,
    staff,
    exports,
    startupCheck() {
      for (const read of [() => settings.get(), () => directory.read(), () => plans.list()]) {
        try {
          read();
        } catch (error) {
          // Left untouched and refused, with its reason, when used; start-up must still open the window.
          if (!(error instanceof AppError && error.code === 'STORE_TOO_NEW')) throw error;
        }
      }
      return ctx.store.notices();
    },
  };
}
