import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from '../services/preferences/preferences-schema';

/**
 * Every window Verbind opens is built here, so the security settings are in one place and a
 * snapshot test notices any change to them.
 */
export function mainWindowOptions(preloadPath: string, state: WindowState | undefined): BrowserWindowConstructorOptions {
  return {
    width: state?.width ?? 1280,
    height: state?.height ?? 820,
    ...(state?.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Verbind',
    backgroundColor: '#f6f5f2',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: true,
      safeDialogs: true,
    },
  };
}
