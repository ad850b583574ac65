import { shell } from 'electron';
import { isSafeExternalUrl } from './navigation-policy';

/** The only place Verbind hands a URL to the operating system. */
export async function openExternalSafe(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
