import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, powerMonitor, session } from 'electron';
import ElectronStore from 'electron-store';
import { startCore, type VerbindCore } from '../app/start-core';
import { appVersion } from '../app/version';
import { createMainTranslator } from '../i18n/main-i18n';
import { defaultUserDataDir } from '../services/paths/user-data-dir';
import { openConfStore, preferencesFileName } from '../services/preferences/conf-store';
import { createPreferenceService, type KeyValueStore } from '../services/preferences/preferences';
import { appEntryUrl } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { clearOpenedDocuments, createDocumentOutlet } from './document-outlet';
import { bindApi } from './ipc-binding';
import { applyMenu } from './menu';
import { isAllowedNavigation } from './navigation-policy';
import { openExternalSafe } from './open-external';
import { mainWindowOptions } from './window-options';
import { osKeychain } from './os-keychain';
import { loadWindowState, trackWindowState } from './window-state';

const here = import.meta.dirname;
let mainWindow: BrowserWindow | undefined;
let core: VerbindCore | undefined;

registerAppScheme();
// The same folder the browser host opens by default, whatever Electron would pick; `--data=DIR`
// points a test run at its own folder.
const dataArgument = process.argv.find((arg) => arg.startsWith('--data='))?.slice('--data='.length);
app.setPath('userData', path.resolve(dataArgument || defaultUserDataDir(process.platform, process.env, os.homedir())));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalSafe(url);
      return { action: 'deny' };
    });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    clearOpenedDocuments();
    void core?.close();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(path.join(here, '../renderer'));

  const dataDir = app.getPath('userData');
  const { store } = await openConfStore(
    dataDir,
    (cwd) => new ElectronStore({ cwd, name: preferencesFileName, clearInvalidConfig: false }) as KeyValueStore,
  );
  const preferences = createPreferenceService(store);
  clearOpenedDocuments();
  const documentOutlet = createDocumentOutlet({
    window: () => mainWindow,
    filterName: async () => (await createMainTranslator(preferences.get().language))('documents:saveDialog.filter'),
  });
  core = await startCore({ dataDir, version: appVersion, preferences: store, documentOutlet, encryptAtRest: true, keychain: osKeychain() });
  // A walk-away: the screen locks or the laptop sleeps, so the caseload locks too.
  powerMonitor.on('lock-screen', () => void core?.lock());
  powerMonitor.on('suspend', () => void core?.lock());
  const refreshMenu = async () => applyMenu(await createMainTranslator(preferences.get().language), appVersion);
  await refreshMenu();
  bindApi(core.dispatch, (name) => {
    if (name === 'preferences.update') void refreshMenu();
  });

  const windowState = loadWindowState(store);
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/preload.cjs'), windowState));
  if (windowState?.maximized) mainWindow.maximize();
  trackWindowState(mainWindow, store);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(appEntryUrl);
}
