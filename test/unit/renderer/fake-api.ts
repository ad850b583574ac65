import type {
  ApiErrorData,
  ApiResult,
  CallInput,
  CallName,
  CallOutput,
  Client,
  ClientFieldsInput,
  ClientProfileInput,
  Preferences,
  VerbindApi,
} from '../../../main/api/api-types';
import { startCore, type VerbindCore } from '../../../main/app/start-core';
import type { KeyValueStore } from '../../../main/services/preferences/preferences';
import { createMemoryDataFiles } from '../../support/memory-data-files';

export type AppStatus = CallOutput<'app.status'>;

export interface RecordedCall<N extends CallName = CallName> {
  name: N;
  input: CallInput<N>;
}

/** Ids the contract accepts (RFC 4122 v4 shape), predictable in assertions. */
export function fakeId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

class MemoryPreferences implements KeyValueStore {
  readonly values = new Map<string, unknown>();
  get(key: string): unknown {
    return this.values.get(key);
  }
  set(key: string, value: unknown): void {
    this.values.set(key, structuredClone(value));
  }
}

/**
 * The `VerbindApi` for component tests: the real core (contract, dispatcher, services, store) on
 * in-memory storage, with a fixed clock and predictable ids. The renderer meets exactly the
 * validation, field issues and error codes of the app; tests can still force a refusal per call
 * and read what was sent.
 */
export class FakeApi implements VerbindApi {
  readonly calls: RecordedCall[] = [];
  /** When set, `app.status` answers this instead of the real status. */
  status: AppStatus | undefined;
  /** Milliseconds since the epoch; every call advances it by a minute. */
  now = Date.parse('2025-03-01T09:00:00.000Z');

  private readonly failures = new Map<CallName, ApiErrorData>();
  private readonly preferenceStore = new MemoryPreferences();
  private nextId = 1;
  private readonly core: Promise<VerbindCore>;

  constructor(preferences: Partial<Preferences> = {}) {
    for (const [key, value] of Object.entries(preferences)) this.preferenceStore.set(key, value);
    this.core = startCore({
      dataDir: '/home/maria/.config/Verbind',
      version: '0.1.0-test',
      files: createMemoryDataFiles(),
      preferences: this.preferenceStore,
      clock: { now: () => new Date((this.now += 60_000)) },
      newId: () => fakeId(this.nextId++),
    });
  }

  /** Every later call to `name` is refused with `error`, until `succeed(name)`. */
  failWith(name: CallName, error: ApiErrorData): this {
    this.failures.set(name, error);
    return this;
  }

  succeed(name: CallName): this {
    this.failures.delete(name);
    return this;
  }

  /** Calls the real core directly (not recorded), for setting the scene. */
  async direct<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await (await this.core).dispatch(name, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.value as CallOutput<N>;
  }

  /** Puts a client straight into the store, as if added earlier. */
  addClient(fields: ClientFieldsInput): Promise<Client> {
    return this.direct('clients.create', fields);
  }

  /** Another window saved this client in the meantime. */
  async changeElsewhere(id: string, changes: Partial<ClientProfileInput>): Promise<Client> {
    const current = await this.direct('clients.get', { id });
    const { id: _id, status: _status, statusHistory: _history, createdAt: _created, updatedAt, ...profile } = current;
    return this.direct('clients.update', { id, expectedUpdatedAt: updatedAt, fields: { ...profile, ...changes } });
  }

  get preferences(): Preferences {
    return Object.fromEntries(this.preferenceStore.values) as Preferences;
  }

  callsTo<N extends CallName>(name: N): Array<CallInput<N>> {
    return this.calls.filter((call): call is RecordedCall<N> => call.name === name).map((call) => call.input);
  }

  async invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    // A structured clone, as over IPC: the renderer must not rely on sharing objects with the store.
    const sent = structuredClone(input);
    this.calls.push({ name, input: sent } as RecordedCall);
    const failure = this.failures.get(name);
    if (failure) return { ok: false, error: failure };
    if (name === 'app.status' && this.status) return { ok: true, value: structuredClone(this.status) as CallOutput<N> };
    return (await (await this.core).dispatch(name, sent, { transport: 'test' })) as ApiResult<CallOutput<N>>;
  }
}
