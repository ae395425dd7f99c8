import { app, BrowserWindow, net, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronDialogs } from './dialogs';
import { bindHandlers, windowEvents } from './ipc';
import { electronPrinter } from './print';
import { randomIds, systemClock } from './services/adapters';
import { createServices } from './services/app';
import { defaultDataDir } from './services/paths';
import { isAllowedExternal, isAppUrl, resolveAppPath } from './security';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '..', 'renderer');

// Native date and time pickers follow the browser's UI language: show them the Vietnamese way.
app.commandLine.appendSwitch('lang', 'vi');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const dataDir = defaultDataDir();
  app.setPath('userData', dataDir);
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'notifications'));
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
      dialogs: electronDialogs,
      printer: electronPrinter,
    });
    bindHandlers(services.registry, (contents) => mainWindow?.webContents === contents);
    const notices = services.startupCheck();

    mainWindow = createMainWindow(join(here, 'preload.cjs'));
    mainWindow.webContents.once('did-finish-load', () => {
      if (notices.length) events.emit('store:recovered', notices);
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
