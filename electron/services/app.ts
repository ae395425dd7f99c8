import { AppError } from '../../shared/api/errors';
import { createContext, type ContextOptions, type ServiceContext } from './context';
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
  /** Reads every document once so unreadable files are found, moved aside and reported at start. */
  startupCheck(): ReturnType<ServiceContext['store']['notices']>;
}

/** Builds every service over one data folder and binds them into the one handler table. */
export function createServices(options: ContextOptions, logger?: Logger): Services {
  const ctx = createContext(options);
  const directory = new StaffDirectoryStore(ctx);
  const settings = new SettingsService(ctx);
  const plans = new PlanService(ctx, directory);
  const staff = new StaffService(ctx, directory, settings, plans);
  const registry = new HandlerRegistry(logger)
    .register(plans.handlers())
    .register(settings.handlers())
    .register(staff.handlers())
    .assertComplete();
  return {
    ctx,
    registry,
    plans,
    settings,
    directory,
    staff,
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
