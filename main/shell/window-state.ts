import type { BrowserWindow } from 'electron';
import type { KeyValueStore } from '../services/preferences/preferences';
import { windowStateSchema, type WindowState } from '../services/preferences/preferences-schema';

const key = 'window';

export function loadWindowState(store: KeyValueStore): WindowState | undefined {
  const parsed = windowStateSchema.safeParse(store.get(key));
  return parsed.success ? parsed.data : undefined;
}

/** Remembers size, position and maximised state when the window closes. */
export function trackWindowState(window: BrowserWindow, store: KeyValueStore): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    if (windowStateSchema.safeParse(state).success) store.set(key, state);
  });
}
