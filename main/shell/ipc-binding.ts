import { ipcMain } from 'electron';
import type { Dispatch } from '../api/dispatcher';
import { ApiError } from '../api/errors';
import { invokeChannel } from './ipc-channel';
import { isTrustedSender } from './trusted-sender';

/** Binds the one dispatcher to one IPC channel; the preload is the only caller. */
export function bindApi(dispatch: Dispatch, afterCall?: (name: string) => void): void {
  ipcMain.handle(invokeChannel, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: new ApiError('unauthorised').toData() };
    const result = await dispatch(typeof name === 'string' ? name : '', input, { transport: 'ipc' });
    if (result.ok && typeof name === 'string') afterCall?.(name);
    return result;
  });
}
