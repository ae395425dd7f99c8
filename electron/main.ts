import { app, BrowserWindow, net, powerMonitor, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronDialogs } from './dialogs';
import { fileHostHandlers } from './file-host';
import { bindFileHost, bindHandlers, windowEvents } from './ipc';
import { installMenu } from './menu';
import { desktopNotifier, reveal } from './notifications';
import { electronPrinter } from './print';
import { electronSecrets } from './secrets';
import { randomIds, systemClock, systemTimer } from './services/adapters';
import { createServices } from './services/app';
import { watchDataFolder } from './services/store/folder-watch';
import { defaultDataDir } from './services/paths';
import { externalUrl, isAppUrl, permissionAllowed, resolveAppPath } from './security';
import { installTray } from './tray';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '..', 'renderer');

// Native date and time pickers follow the browser's UI language: show them the Vietnamese way.
app.commandLine.appendSwitch('lang', 'vi');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The data folder first: Chromium keys the single-instance lock on userData, so one instance runs
// per data folder (two over one LICH_TRUC_DATA_DIR would each run a reminder engine).
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    reveal(mainWindow);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrl(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => callback(permissionAllowed(permission, details.requestingUrl || contents.getURL())));
    session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
    // WebHID, Web Serial and WebUSB: no device is ever the page's to use.
    session.defaultSession.setDevicePermissionHandler(() => false);
    protocol.handle('app', (request) => {
      const file = resolveAppPath(request.url, rendererRoot);
      return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
    });

    const events = windowEvents(() => BrowserWindow.getAllWindows().map((w) => w.webContents));
    const services = createServices({
      dataDir,
      confFactory: ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name }),
      clock: systemClock,
      ids: randomIds,
      events,
      printer: electronPrinter,
      timer: systemTimer,
      notifier: desktopNotifier(() => mainWindow, events),
      secrets: electronSecrets,
      mode: 'desktop',
      folderPicker: electronDialogs.chooseFolder,
    });
    const isOwnWindow = (contents: Electron.WebContents) => mainWindow?.webContents === contents;
    bindHandlers(services.registry, isOwnWindow);
    bindFileHost(fileHostHandlers(electronDialogs), isOwnWindow);
    installMenu(events);
    const notices = services.startupCheck();

    const { reminders, settings } = services;
    const desktop = () => settings.get().desktop;
    installTray({
      window: () => mainWindow,
      keepRunning: () => reminders.keepRunning(),
      startAtLogin: () => desktop().startAtLogin,
      setStartAtLogin: async (on) => void (await settings.update({ desktop: { ...desktop(), startAtLogin: on } })),
      hintShown: () => desktop().trayHintShown,
      markHintShown: async () => void (await settings.update({ desktop: { ...desktop(), trayHintShown: true } })),
      openReminders: () => events.emit('navigate', { area: 'reminders' }),
    });
    // Sleep and clock changes: the engine looks again at once instead of at its next tick.
    powerMonitor.on('resume', () => void reminders.engine.wake());
    powerMonitor.on('unlock-screen', () => void reminders.engine.wake());
    // A reminder log it cannot trust (newer schema, unreadable) stops the engine; the Nhắc nhở screen says why.
    reminders.engine.start().catch((error: unknown) => console.error('Reminder engine not started:', error));
    // The CLI or a second app over the same folder writes too: open screens and the engine hear of it.
    const watcher = watchDataFolder(dataDir, services.ctx.events);
    app.on('before-quit', () => {
      watcher.close();
      reminders.engine.stop();
    });

    mainWindow = createMainWindow(join(here, 'preload.cjs'));
    // Started at login: stay in the tray until the user opens the window.
    if (process.argv.includes('--hidden')) mainWindow.once('ready-to-show', () => mainWindow?.hide());
    mainWindow.webContents.once('did-finish-load', () => {
      if (notices.length) events.emit('store:recovered', notices);
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  // While reminders are due, closing hides the window to the tray instead (electron/tray.ts).
  app.on('window-all-closed', () => app.quit());
}
