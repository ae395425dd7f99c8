import { Menu, Notification, Tray, app, nativeImage, type BrowserWindow } from 'electron';
import { reveal } from './notifications';
import { TRAY_ICON_DATA_URL } from './tray-icon';

export interface TrayOptions {
  window: () => BrowserWindow | null;
  /** A published plan's period is upcoming or running: reminders need the app alive. */
  keepRunning: () => boolean;
  startAtLogin: () => boolean;
  setStartAtLogin: (on: boolean) => Promise<void>;
  hintShown: () => boolean;
  markHintShown: () => Promise<void>;
  openReminders: () => void;
}

/** Held for the app's life: a Tray only referenced inside a function is collected and vanishes. */
let installed: Tray | null = null;

/**
 * The tray icon, and close-to-tray while reminders are due: closing the window then hides it
 * (with a one-time hint saying so) instead of quitting; "Thoát" in the tray menu quits.
 */
export function installTray(options: TrayOptions): void {
  let quitting = false;
  const tray = new Tray(nativeImage.createFromDataURL(TRAY_ICON_DATA_URL));
  installed = tray;
  installed.setToolTip('Lịch Trực — nhắc ca trực');
  const menu = () =>
    Menu.buildFromTemplate([
      { label: 'Mở Lịch Trực', click: () => reveal(options.window()) },
      { label: 'Nhắc nhở', click: () => (reveal(options.window()), options.openReminders()) },
      { type: 'separator' },
      {
        label: 'Khởi động cùng máy tính',
        type: 'checkbox',
        checked: options.startAtLogin(),
        click: (item) =>
          void options
            .setStartAtLogin(item.checked)
            .then(applyLogin)
            .then(() => tray.setContextMenu(menu())),
      },
      { type: 'separator' },
      { label: 'Thoát', click: () => ((quitting = true), app.quit()) },
    ]);
  const applyLogin = () => app.setLoginItemSettings({ openAtLogin: options.startAtLogin(), args: ['--hidden'] });
  tray.setContextMenu(menu());
  tray.on('click', () => reveal(options.window()));
  applyLogin();
  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => {
      if (quitting || !options.keepRunning()) return;
      event.preventDefault();
      window.hide();
      if (!options.hintShown() && Notification.isSupported()) {
        new Notification({ title: 'Lịch Trực vẫn đang chạy', body: 'Ứng dụng chạy ở khay hệ thống để nhắc ca trực đúng giờ. Chọn "Thoát" trong biểu tượng khay để tắt hẳn.' }).show();
        void options.markHintShown();
      }
    });
  });
}
