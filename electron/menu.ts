import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventSink } from './services/adapters';

/**
 * The app menu in Vietnamese. Hoàn tác / Làm lại go to the page as an `edit` event rather than
 * Electron's native undo: the roster editor has its own history, and a text field undoes natively.
 */
export function installMenu(events: EventSink): void {
  const edit = (action: 'undo' | 'redo') => () => events.emit('edit', { action });
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z', click: edit('undo') },
        { label: 'Làm lại', accelerator: 'CmdOrCtrl+Y', click: edit('redo') },
        { label: 'Làm lại', accelerator: 'CmdOrCtrl+Shift+Z', click: edit('redo'), visible: false, acceleratorWorksWhenHidden: true },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
