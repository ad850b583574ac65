import { ApiCallError, type ApiClient } from '../api/api-client';
import { savesInFlight } from '../programme/autosaver';

/** Long enough for a save already sent; a main process that never answers must not keep the app open. */
const saveWaitMs = 3_000;

/**
 * Asks the main process to lock, once the saves sent while the screens closed (autosaved session
 * notes flush when they unmount) have been answered: locking first would refuse them, and the
 * worker's last words would be lost.
 */
export async function lockCaseload(client: ApiClient): Promise<void> {
  const saves = savesInFlight();
  if (saves !== undefined) {
    let timer: number | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = window.setTimeout(resolve, saveWaitMs);
    });
    await Promise.race([saves, waited]);
    window.clearTimeout(timer);
  }
  try {
    await client.call('security.lock', {});
  } catch (error) {
    // Locked already (it locked itself a moment ago): what was asked for is done.
    if (!(error instanceof ApiCallError && error.code === 'app_locked')) throw error;
  }
}
