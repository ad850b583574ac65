import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { DocumentOutlet } from '../services/documents/document-outlet';

/** Where documents are put to open them in the system's viewer: private to Verbind, emptied at start and quit. */
function openFolder(): string {
  return path.join(app.getPath('temp'), 'verbind-documents');
}

/** Removes documents opened earlier; a file a viewer still holds (Windows) simply goes next time. */
export function clearOpenedDocuments(): void {
  try {
    fs.rmSync(openFolder(), { recursive: true, force: true });
  } catch {
    // Left for the next start or quit.
  }
}

/**
 * The native side of `documents.save` and `documents.open`: the save dialog (in Documents, PDF
 * only) and the system's PDF viewer. Everything worth testing lives in the core; this only calls
 * Electron.
 */
export function createDocumentOutlet(options: { window: () => BrowserWindow | undefined; filterName: () => Promise<string> }): DocumentOutlet {
  return {
    async save(fileName, bytes) {
      const dialogOptions: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
        filters: [{ name: await options.filterName(), extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = options.window();
      const result = owner ? await dialog.showSaveDialog(owner, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return 'cancelled';
      // Some Linux dialogs do not add the filter's extension to a typed name.
      const target = path.extname(result.filePath) === '' ? `${result.filePath}.pdf` : result.filePath;
      await fsp.writeFile(target, bytes);
      return 'saved';
    },
    async open(fileName, bytes) {
      // A folder per document: a viewer may still hold an earlier file of the same name open.
      const folder = path.join(openFolder(), randomUUID());
      await fsp.mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, path.basename(fileName));
      await fsp.writeFile(file, bytes, { mode: 0o600 });
      const problem = await shell.openPath(file);
      if (problem !== '') throw new Error(`The system could not open the document: ${problem}`);
      return 'opened';
    },
  };
}
