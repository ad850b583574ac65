import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatcher';
import { ApiError, type ApiErrorCode } from '../api/errors';
import { agendaHandlers } from '../api/handlers/agenda';
import { clientHandlers } from '../api/handlers/clients';
import { contactHandlers } from '../api/handlers/contacts';
import { directoryHandlers } from '../api/handlers/directory';
import { documentHandlers } from '../api/handlers/documents';
import { preferenceHandlers } from '../api/handlers/preferences';
import { measureHandlers } from '../api/handlers/measures';
import { programmeHandlers } from '../api/handlers/programme';
import { referralHandlers } from '../api/handlers/referrals';
import { privacyHandlers } from '../api/handlers/privacy';
import { createPrivacyService } from '../services/privacy/privacy-service';
import { transferHandlers } from '../api/handlers/transfer';
import { backupHandlers } from '../api/handlers/backups';
import { createBackupService, type BackupService } from '../services/backup/backup-service';
import { createMeasureService } from '../services/measures/measure-service';
import { createProgrammeService } from '../services/programme/programme-service';
import { openTemplateStore, type TemplateStore } from '../services/programme/template-store';
import { createAppointmentService } from '../services/agenda/appointment-service';
import { openAuditTrail, type AuditTrail } from '../services/audit/audit-trail';
import { resilientAudit } from '../services/audit/resilient-audit';
import { throttleViews } from '../services/audit/view-throttle';
import { createAuditLogService } from '../services/audit/audit-log-service';
import { auditHandlers } from '../api/handlers/audit';
import { createClientFiles, type Clock } from '../services/clients/client-files';
import { createClientIndex } from '../services/clients/client-index';
import { clientOverview } from '../services/clients/client-overview';
import { createClientService } from '../services/clients/client-service';
import { createContactService } from '../services/contacts/contact-service';
import { createDocumentJobs } from '../services/documents/document-jobs';
import type { DocumentOutlet } from '../services/documents/document-outlet';
import { createDocumentService } from '../services/documents/document-service';
import { createDirectoryCsvService } from '../services/directory/directory-csv-service';
import { createDirectoryService } from '../services/directory/directory-service';
import { openDirectoryStore, type DirectoryStore } from '../services/directory/directory-store';
import { createReferralService } from '../services/referrals/referral-service';
import { createPreferenceService, type KeyValueStore } from '../services/preferences/preferences';
import { openCaseloadStore, StoreNewerVersionError, type CaseloadStore } from '../services/storage/caseload-store';
import { createDataFiles, type DataFiles } from '../services/storage/data-files';
import { openVault, type Vault } from '../services/security/vault';
import { preferencesFileName } from '../services/preferences/conf-store';
import { securityHandlers, type UnlockMethod } from '../api/handlers/security';
import type { Keychain } from '../services/security/keychain';
import { cryptoSelfTest } from '../services/crypto/self-test';
import type { StoreProblem } from '../services/storage/store-problem';
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
  /** The native save dialog and PDF viewer (Electron); without it, documents are saved by the renderer. */
  documentOutlet?: DocumentOutlet;
  /**
   * Encrypt the data folder behind a passphrase (the app and the browser host do). Tests about
   * other things leave it off so they need no passphrase; the vault has its own tests.
   */
  encryptAtRest?: boolean;
  /** A backup at opening and every hour when the last is a day old; by default only when encrypted (the app). */
  automaticBackups?: boolean;
  /** The OS keychain (Electron safeStorage) for unlocking without typing the passphrase. */
  keychain?: Keychain;
}

export interface VerbindCore {
  readonly dispatch: Dispatch;
  /** Locks at once (the OS locked the screen or went to sleep); nothing happens when not encrypted. */
  lock(): Promise<void>;
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
  let directoryStore: DirectoryStore | undefined;
  let auditProblems: readonly StoreProblem[] = [];
  let state: StoreState = 'ready';

  const openCaseload = async (dataFiles: DataFiles) => {
    store = await openCaseloadStore(dataFiles, () => clock.now());
    const openedTrail = await openAuditTrail(dataFiles, actor, () => clock.now());
    auditProblems = openedTrail.problems ?? [];
    const trail = throttleViews(resilientAudit(openedTrail, () => clock.now(), logError), () => clock.now());
    audit = trail;
    const files = createClientFiles(store);
    const index = createClientIndex(files, clock);
    const privacy = createPrivacyService({
      dataFiles,
      store,
      files,
      index,
      audit: trail,
      clock,
      newId,
      actor,
      logError,
      retentionMonths: () => preferences.get().retentionMonths,
      language: () => preferences.get().language,
      // Before the backup service has started (tests without backups) there is nothing to count or clean.
      countInBackups: async (clientId) => (backups ? backups.countClient(clientId) : 0),
      purgeFromBackups: async (clientId) => (backups ? backups.purgeClient(clientId) : 0),
    });
    // An erasure a crash interrupted is finished before anyone can see the file again.
    await privacy.reapplyErasures().catch((error: unknown) => logError('Could not finish an interrupted erasure', error));
    templates = await openTemplateStore(dataFiles, () => clock.now());
    const openedTemplates = templates;
    directoryStore = await openDirectoryStore(dataFiles, () => clock.now());
    const directory = createDirectoryService(directoryStore, trail, clock, newId);
    return {
      index,
      files,
      audit: trail,
      clients: createClientService(files, trail, clock, newId, actor),
      contacts: createContactService(files, trail, clock, newId, actor),
      appointments: createAppointmentService(files, trail, clock, newId),
      templates,
      programme: createProgrammeService(files, templates, trail, clock, newId, actor, () => preferences.get().stressThreshold),
      measures: createMeasureService(files, trail, clock, newId, actor),
      directory,
      directoryCsv: createDirectoryCsvService(directoryStore, trail, clock, newId),
      referrals: createReferralService({
        files,
        index,
        findService: (serviceId) => directory.find(serviceId),
        templateOf: (run) => openedTemplates.get(run.templateId, run.templateVersion),
        audit: trail,
        clock,
        newId,
        actor,
        settings: () => preferences.get(),
      }),
      privacy,
      auditLog: createAuditLogService({
        files: dataFiles,
        trail,
        // The log holds ids only; the name is today's, and an erased client has none any more.
        clientName: (id) => {
          const client = files.projection(id)?.client;
          return client ? `${client.givenName} ${client.familyName}` : undefined;
        },
        system: `Verbind ${options.version}`,
        actor,
        clock,
        language: () => preferences.get().language,
      }),
      overview: (id: string) => {
        const overview = clientOverview(files, index, clock, id);
        // Opening the client page is a view of the file, logged like `clients.get`.
        void trail.record({ action: 'view', entity: 'client', clientId: id });
        return overview;
      },
    };
  };

  let services: Awaited<ReturnType<typeof openCaseload>> | undefined;
  let vault: Vault | undefined;
  const openStore = async (dataFiles: DataFiles, how?: UnlockMethod) => {
    try {
      services = await openCaseload(dataFiles);
      state = 'ready';
      // Who opened the encrypted caseload, and how (NEN 7513: access to the records starts here).
      if (how) void services.audit.record({ action: 'unlock', entity: 'caseload', detail: `method:${how}` });
    } catch (error) {
      if (error instanceof StoreNewerVersionError) state = 'newer_version';
      else {
        state = 'unavailable';
        logError('Could not open the caseload', error);
      }
    }
  };
  let plainFiles: DataFiles | undefined;
  let backups: BackupService | undefined;
  const currentProblems = () => [...(store?.problems ?? []), ...(templates?.problems ?? []), ...(directoryStore?.problems ?? []), ...auditProblems];
  /** Backups copy the stored (sealed) bytes and read them back through the vault's view. */
  const startBackups = (dataFiles: DataFiles) =>
    createBackupService({
      files: {
        plain: plainFiles ?? dataFiles,
        sealed: dataFiles,
        view: (inner) => (vault ? vault.view(inner) : inner),
        preferencesFile: `${preferencesFileName}.json`,
      },
      now: () => clock.now(),
      appVersion: options.version,
      keep: () => preferences.get().backupKeep,
      logError,
      caseloadReady: () => services !== undefined,
      problems: currentProblems,
      // A backup goes ahead without the changes still in the journal if they cannot be written now.
      settleCaseload: async () => await store?.flush().catch((error: unknown) => logError('Journaled changes could not be written before a backup', error)),
      closeCaseload: closeForRestore,
      reopenCaseload: () => openStore(dataFiles),
      record: (event) => void services?.audit.record(event),
    });
  /** Opens the unlocked caseload: a restore a crash interrupted is finished first, then backups start. */
  const open = async (dataFiles: DataFiles, how?: UnlockMethod) => {
    backups = startBackups(dataFiles);
    await backups.finishInterruptedRestore();
    await openStore(dataFiles, how);
    if (options.automaticBackups ?? options.encryptAtRest) backups.startSchedule();
  };
  try {
    if (!options.files) lock = await acquireStoreLock(options.dataDir);
    const plain = options.files ?? createDataFiles(options.dataDir);
    plainFiles = plain;
    if (options.encryptAtRest) {
      // A broken crypto library must stop us before it writes a single unreadable file.
      await cryptoSelfTest();
      vault = await openVault(plain, { now: () => clock.now(), preferencesFile: `${preferencesFileName}.json`, keychain: options.keychain });
    }
    else await open(plain);
  } catch (error) {
    if (error instanceof StoreLockedError) state = 'locked';
    else {
      state = 'unavailable';
      logError('Could not open the caseload', error);
    }
  }

  const isLocked = () => vault !== undefined && vault.state() !== 'unlocked';
  const caseload = () => {
    if (isLocked()) throw new ApiError('app_locked');
    if (services) return services;
    throw new ApiError(storeErrorCodes[state as Exclude<StoreState, 'ready'>]);
  };
  const documents = createDocumentService({
    sources: caseload,
    preferences: () => preferences.get(),
    actor,
    clock,
    jobs: createDocumentJobs({ now: () => clock.now().getTime(), newId: randomUUID, logError }),
  });

  /** Everything acknowledged reaches the disk before the folder is let go or the key is dropped. */
  const flushCaseload = async () => {
    // A document being made still reads the caseload and writes its audit record.
    await documents.jobs.idle();
    // A client file that cannot be rewritten now (a full disk) keeps its changes in the journal,
    // replayed at the next start: closing and locking must still go on.
    await store?.flush().catch((error: unknown) => logError('Journaled changes could not be written into the client files yet', error));
    await directoryStore?.flush();
    // Views are logged without waiting; their records must land before another process may append.
    await audit?.flush();
  };
  /** Everything written, then no service, document or store holds client data any more. */
  async function dropCaseload(): Promise<void> {
    await flushCaseload();
    documents.jobs.discardAll();
    services = undefined;
    store = undefined;
    audit = undefined;
    templates = undefined;
    directoryStore = undefined;
  }
  /** Before a restore replaces files: no service may keep serving the old documents. */
  async function closeForRestore(): Promise<void> {
    await dropCaseload();
    state = 'unavailable';
  }
  /** Locked means no key and no client data left in this process: services and documents go too. */
  async function lockNow(): Promise<void> {
    if (!vault || vault.state() !== 'unlocked') return;
    // A backup or restore in progress finishes with the key it started with.
    await backups?.stop();
    backups = undefined;
    await services?.audit.record({ action: 'lock', entity: 'caseload' }).catch(() => undefined);
    await dropCaseload();
    vault.lock();
  }

  const handlers: Handlers = {
    'app.status': async () => {
      if (isLocked()) throw new ApiError('app_locked');
      return {
      version: options.version,
      dataDir: options.dataDir,
      store: state,
      problems: currentProblems(),
      };
    },
    ...clientHandlers(caseload),
    ...contactHandlers(() => caseload().contacts),
    ...agendaHandlers(caseload, clock, () => preferences.get().attentionWeeks, () => preferences.get().referralFollowUpDays),
    ...preferenceHandlers(preferences),
    ...transferHandlers(caseload, clock),
    ...programmeHandlers(caseload),
    ...measureHandlers(() => caseload().measures),
    ...directoryHandlers(caseload),
    ...referralHandlers(() => caseload().referrals),
    ...auditHandlers(() => caseload().auditLog),
    ...privacyHandlers(() => caseload().privacy),
    ...documentHandlers(documents, options.documentOutlet),
    ...backupHandlers(() => {
      if (isLocked()) throw new ApiError('app_locked');
      if (backups) return backups;
      throw new ApiError(storeErrorCodes[state === 'ready' ? 'unavailable' : state]);
    }),
    ...securityHandlers({ vault: () => vault, opened: open, lockNow, lockAfterMinutes: () => preferences.get().lockAfterMinutes }),
  };

  const dispatch = createDispatcher(handlers, { onInternalError: (name, error) => logError(`Call ${name} failed`, error) });
  let lastActivity = Date.now();
  // The renderer locks after the idle time too; this catches a renderer that hangs or was closed.
  const idleCheck = setInterval(() => {
    if (vault?.state() === 'unlocked' && Date.now() - lastActivity > preferences.get().lockAfterMinutes * 60_000) {
      void lockNow().catch((error: unknown) => logError('Could not lock', error));
    }
  }, 30_000);
  idleCheck.unref();

  return {
    dispatch: (name, input, context) => {
      if (!name.startsWith('security.') && name !== 'app.status') lastActivity = Date.now();
      return dispatch(name, input, context);
    },
    lock: lockNow,
    async close() {
      clearInterval(idleCheck);
      await backups?.stop();
      await flushCaseload();
      await lock?.release();
    },
  };
}
