/**
 * Where a finished document goes in the desktop app: the native save dialog, or the system's PDF
 * viewer. Injected by the Electron shell (main/shell/document-outlet.ts); without one (browser
 * host, tests) `documents.save` and `documents.open` answer `unsupported` and the renderer
 * downloads or opens the bytes itself.
 */
export interface DocumentOutlet {
  save(fileName: string, bytes: Uint8Array): Promise<'saved' | 'cancelled'>;
  open(fileName: string, bytes: Uint8Array): Promise<'opened'>;
}
