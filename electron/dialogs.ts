import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from './file-host';

const filters = (extensions: string[]) => [{ name: extensions.join(', '), extensions: extensions.map((e) => e.split('.').pop() ?? e) }];

export const electronDialogs: FileDialogs = {
  async saveFile({ title, defaultName, extensions }) {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath: defaultName, filters: filters(extensions) };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async openFile({ title, extensions }) {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, filters: filters(extensions), properties: ['openFile' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseFolder({ title }) {
    const owner = BrowserWindow.getFocusedWindow();
    const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
