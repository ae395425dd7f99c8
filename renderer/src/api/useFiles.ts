import type { DownloadFile, OpenFileRequest, SavedFiles, UploadedFile } from '../../../shared/api/files';
import { useNotify } from '../components/Notices';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from './ApiContext';

/** Where files went, in words: the path the user chose, or the browser's downloads. */
export function savedText(t: ReturnType<typeof useI18n>['t'], saved: SavedFiles): string {
  if (saved.kind === 'downloaded') return t('files.downloaded', { name: saved.name });
  return saved.count > 1 ? t('files.savedMany', { count: saved.count, folder: saved.path }) : t('files.saved', { path: saved.path });
}

/**
 * Files in and out of the page: a picked file comes as bytes and a name, files to save go to the
 * host (Electron's dialog, or a download) and the user is told where they went.
 */
export function useFiles() {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  return {
    open: (request: OpenFileRequest): Promise<UploadedFile | null> => api.openFile(request),
    async save(files: DownloadFile[], options: { bundleName?: string; title?: string } = {}): Promise<void> {
      const bundleName = options.bundleName ?? files[0]!.name.replace(/\.[^.]*$/, '');
      const saved = await api.saveFiles({ files, bundleName, ...(options.title ? { title: options.title } : {}) });
      if (saved) notify({ kind: 'info', text: savedText(t, saved) });
    },
  };
}
