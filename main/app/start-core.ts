import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorCode } from '../api/errors';
import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatcher';
import { clientHandlers } from '../api/handlers/clients';
import { preferenceHandlers } from '../api/handlers/preferences';
import { createClientService, type Clock, type ClientService } from '../services/clients/client-service';
import { createPreferenceService, type KeyValueStore } from '../services/preferences/preferences';
import { openCaseloadStore, StoreNewerVersionError, type CaseloadStore } from '../services/storage/caseload-store';
import { createDataFiles } from '../services/storage/data-files';
import { acquireStoreLock, StoreLockedError, type StoreLock } from '../services/storage/store-lock';

export interface CoreOptions {
  dataDir: string;
  version: string;
  preferences: KeyValueStore;
  clock?: Clock;
  newId?: () => string;
  /** Where unexpected errors go (the console in the host, a log file later); never to the renderer. */
  logError?: (message: string, error: unknown) => void;
}

export interface VerbindCore {
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

type StoreState = 'ready' | 'newer_version' | 'locked' | 'unavailable';

const storeErrorCodes: Record<Exclude<StoreState, 'ready'>, ApiErrorCode> = {
  newer_version: 'store_newer_version',
  locked: 'store_locked',
  unavailable: 'store_unavailable',
};

/**
 * The composition root shared by the Electron shell and the browser host: opens the data folder and
 * returns the one dispatcher both transports serve. When the caseload cannot be opened, the app still
 * starts and every caseload call answers with the reason, so the worker sees why instead of a crash.
 */
export async function startCore(options: CoreOptions): Promise<VerbindCore> {
  const clock = options.clock ?? { now: () => new Date() };
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  let lock: StoreLock | undefined;
  let store: CaseloadStore | undefined;
  let state: StoreState = 'ready';

  try {
    lock = await acquireStoreLock(options.dataDir);
    store = await openCaseloadStore(createDataFiles(options.dataDir), () => clock.now());
  } catch (error) {
    if (error instanceof StoreLockedError) state = 'locked';
    else if (error instanceof StoreNewerVersionError) state = 'newer_version';
    else {
      state = 'unavailable';
      logError('Could not open the caseload', error);
    }
  }

  const clientService = store ? createClientService(store, clock, options.newId ?? randomUUID) : undefined;
  const clients = (): ClientService => {
    if (clientService) return clientService;
    throw new ApiError(storeErrorCodes[state as Exclude<StoreState, 'ready'>]);
  };

  const handlers: Handlers = {
    'app.status': async () => ({
      version: options.version,
      dataDir: options.dataDir,
      store: state,
      problems: [...(store?.problems ?? [])],
    }),
    ...clientHandlers(clients),
    ...preferenceHandlers(createPreferenceService(options.preferences)),
  };

  return {
    dispatch: createDispatcher(handlers, { onInternalError: (name, error) => logError(`Call ${name} failed`, error) }),
    async close() {
      // A write the worker already saw acknowledged finishes before the folder is let go.
      await store?.flush();
      await lock?.release();
    },
  };
}
