import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatcher';
import { ApiError, type ApiErrorCode } from '../api/errors';
import { agendaHandlers } from '../api/handlers/agenda';
import { clientHandlers } from '../api/handlers/clients';
import { contactHandlers } from '../api/handlers/contacts';
import { preferenceHandlers } from '../api/handlers/preferences';
import { measureHandlers } from '../api/handlers/measures';
import { programmeHandlers } from '../api/handlers/programme';
import { transferHandlers } from '../api/handlers/transfer';
import { createMeasureService } from '../services/measures/measure-service';
import { createProgrammeService } from '../services/programme/programme-service';
import { openTemplateStore, type TemplateStore } from '../services/programme/template-store';
import { createAppointmentService } from '../services/agenda/appointment-service';
import { openAuditTrail, type AuditTrail } from '../services/audit/audit-trail';
import { resilientAudit } from '../services/audit/resilient-audit';
import { createClientFiles, type Clock } from '../services/clients/client-files';
import { createClientIndex } from '../services/clients/client-index';
import { clientOverview } from '../services/clients/client-overview';
import { createClientService } from '../services/clients/client-service';
import { createContactService } from '../services/contacts/contact-service';
import { createPreferenceService, type KeyValueStore } from '../services/preferences/preferences';
import { openCaseloadStore, StoreNewerVersionError, type CaseloadStore } from '../services/storage/caseload-store';
import { createDataFiles, type DataFiles } from '../services/storage/data-files';
import { acquireStoreLock, StoreLockedError, type StoreLock } from '../services/storage/store-lock';

export interface CoreOptions {
  dataDir: string;
  /**
   * The stored bytes; by default the data folder on disk, guarded by the folder lock. Component
   * tests pass an in-memory DataFiles so the renderer meets the real handlers without a disk.
   */
  files?: DataFiles;
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

/** The operating-system account, used as the worker's name until one is set in Settings. */
function accountName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The composition root shared by the Electron shell and the browser host: opens the data folder and
 * returns the one dispatcher both transports serve. When the caseload cannot be opened, the app still
 * starts and every caseload call answers with the reason, so the worker sees why instead of a crash.
 */
export async function startCore(options: CoreOptions): Promise<VerbindCore> {
  const clock = options.clock ?? { now: () => new Date() };
  const newId = options.newId ?? randomUUID;
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const preferences = createPreferenceService(options.preferences);
  const actor = () => preferences.get().workerName || accountName();
  let lock: StoreLock | undefined;
  let store: CaseloadStore | undefined;
  let audit: AuditTrail | undefined;
  let templates: TemplateStore | undefined;
  let state: StoreState = 'ready';

  let services;
  try {
    if (!options.files) lock = await acquireStoreLock(options.dataDir);
    const dataFiles = options.files ?? createDataFiles(options.dataDir);
    store = await openCaseloadStore(dataFiles, () => clock.now());
    const trail = resilientAudit(await openAuditTrail(dataFiles, actor, () => clock.now()), () => clock.now(), logError);
    audit = trail;
    const files = createClientFiles(store);
    const index = createClientIndex(files, clock);
    templates = await openTemplateStore(dataFiles, () => clock.now());
    services = {
      index,
      files,
      audit: trail,
      clients: createClientService(files, trail, clock, newId, actor),
      contacts: createContactService(files, trail, clock, newId, actor),
      appointments: createAppointmentService(files, trail, clock, newId),
      templates,
      programme: createProgrammeService(files, templates, trail, clock, newId, actor, () => preferences.get().stressThreshold),
      measures: createMeasureService(files, trail, clock, newId, actor),
      overview: (id: string) => {
        const overview = clientOverview(files, index, clock, id);
        // Opening the client page is a view of the file, logged like `clients.get`.
        void trail.record({ action: 'view', entity: 'client', clientId: id });
        return overview;
      },
    };
  } catch (error) {
    if (error instanceof StoreLockedError) state = 'locked';
    else if (error instanceof StoreNewerVersionError) state = 'newer_version';
    else {
      state = 'unavailable';
      logError('Could not open the caseload', error);
    }
  }

  const ready = services;
  const caseload = () => {
    if (ready) return ready;
    throw new ApiError(storeErrorCodes[state as Exclude<StoreState, 'ready'>]);
  };

  const handlers: Handlers = {
    'app.status': async () => ({
      version: options.version,
      dataDir: options.dataDir,
      store: state,
      problems: [...(store?.problems ?? []), ...(templates?.problems ?? [])],
    }),
    ...clientHandlers(caseload),
    ...contactHandlers(() => caseload().contacts),
    ...agendaHandlers(caseload, clock, () => preferences.get().attentionWeeks),
    ...preferenceHandlers(preferences),
    ...transferHandlers(caseload, clock),
    ...programmeHandlers(caseload),
    ...measureHandlers(() => caseload().measures),
  };

  return {
    dispatch: createDispatcher(handlers, { onInternalError: (name, error) => logError(`Call ${name} failed`, error) }),
    async close() {
      // A write the worker already saw acknowledged finishes before the folder is let go.
      await store?.flush();
      // Views are logged without waiting; their records must land before another process may append.
      await audit?.flush();
      await lock?.release();
    },
  };
}
