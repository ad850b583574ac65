import { appHost, appScheme } from './app-origin';

/**
 * A window may only ever show our own pages. Compared on the parsed URL's parts, never with
 * `startsWith`, so `app://verbind.evil`, `javascript:` and `data:` URLs are refused. (Outside
 * Electron a custom scheme has an opaque origin, so the parts are compared, not `origin`.)
 */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${appScheme}:` &&
      parsed.host.toLowerCase() === appHost &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Links a worker may open in their own browser or mail program: https and mailto only. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return true;
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
