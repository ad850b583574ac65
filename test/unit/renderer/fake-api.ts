import type {
  ApiErrorData,
  ApiResult,
  CallInput,
  CallName,
  CallOutput,
  Client,
  ClientFieldsInput,
  Preferences,
  VerbindApi,
} from '../../../main/api/api-types';
import { createDispatcher, type Handlers } from '../../../main/api/dispatcher';
import { ApiError } from '../../../main/api/errors';
import { toSummary } from '../../../main/domain/clients/client';
import { compareByName, matchesClient } from '../../../main/domain/clients/client-search';

export type AppStatus = CallOutput<'app.status'>;

export interface RecordedCall<N extends CallName = CallName> {
  name: N;
  input: CallInput<N>;
}

/** Ids the contract accepts (RFC 4122 v4 shape), predictable in assertions. */
function fakeId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * A typed, in-memory `VerbindApi`. Its handlers are the contract's `Handlers` map (one per
 * `CallName`, input and output types from the schemas), served through the real dispatcher, so the
 * renderer meets the same validation, field issues and error codes as in the app. A contract change
 * that the fake does not follow fails `tsc -b`.
 */
export class FakeApi implements VerbindApi {
  clients: Client[] = [];
  preferences: Preferences = { language: 'nl', lastView: '/caseload' };
  status: AppStatus = { version: '0.1.0-test', dataDir: '/home/maria/.verbind', store: 'ready', problems: [] };
  readonly calls: RecordedCall[] = [];

  private readonly failures = new Map<CallName, ApiErrorData>();
  private nextId = 1;
  private clock = Date.parse('2025-03-01T09:00:00.000Z');
  private readonly dispatch = createDispatcher(this.handlers());

  /** Every later call to `name` is refused with `error`, until `succeed(name)`. */
  failWith(name: CallName, error: ApiErrorData): this {
    this.failures.set(name, error);
    return this;
  }

  succeed(name: CallName): this {
    this.failures.delete(name);
    return this;
  }

  /** Puts a client straight into the store, as if added earlier. */
  addClient(fields: ClientFieldsInput): Client {
    const stamp = this.tick();
    const client = this.withFields({ id: fakeId(this.nextId++), createdAt: stamp, updatedAt: stamp }, fields);
    this.clients.push(client);
    return structuredClone(client);
  }

  /** Another window saved this client in the meantime. */
  changeElsewhere(id: string, changes: Partial<ClientFieldsInput>): Client {
    return this.replace(id, { ...this.fieldsOf(this.find(id)), ...changes });
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
    // The dispatcher checked `sent` against the contract and the handler for `name` produced the output.
    return (await this.dispatch(name, sent, { transport: 'test' })) as ApiResult<CallOutput<N>>;
  }

  private handlers(): Handlers {
    return {
      'app.status': async () => structuredClone(this.status),
      'clients.list': async (filter) =>
        this.clients.map(toSummary).filter((summary) => matchesClient(summary, filter)).sort(compareByName),
      'clients.get': async ({ id }) => structuredClone(this.find(id)),
      'clients.create': async (fields) => this.addClient(fields),
      'clients.update': async ({ id, expectedUpdatedAt, fields }) => {
        const current = this.find(id);
        if (current.updatedAt !== expectedUpdatedAt) {
          throw new ApiError('conflict', { messageKey: 'errors:clientChangedElsewhere' });
        }
        return this.replace(id, fields);
      },
      'preferences.get': async () => ({ ...this.preferences }),
      'preferences.update': async (changes) => {
        this.preferences = { ...this.preferences, ...changes };
        return { ...this.preferences };
      },
    };
  }

  private find(id: string): Client {
    const client = this.clients.find((candidate) => candidate.id === id);
    if (!client) throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
    return client;
  }

  /** Like the real service: the new fields replace the old ones entirely, with a later stamp. */
  private replace(id: string, fields: ClientFieldsInput): Client {
    const current = this.find(id);
    const changed = this.withFields({ id, createdAt: current.createdAt, updatedAt: this.tick() }, fields);
    this.clients = this.clients.map((client) => (client.id === id ? changed : client));
    return structuredClone(changed);
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private fieldsOf(client: Client): ClientFieldsInput {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = client;
    return fields;
  }

  private withFields(base: Pick<Client, 'id' | 'createdAt' | 'updatedAt'>, fields: ClientFieldsInput): Client {
    const client: Client = {
      ...base,
      givenName: fields.givenName.trim(),
      familyName: fields.familyName.trim(),
      status: fields.status ?? 'registered',
    };
    if (fields.dateOfBirth !== undefined) client.dateOfBirth = fields.dateOfBirth;
    if (fields.phone !== undefined) client.phone = fields.phone;
    if (fields.email !== undefined) client.email = fields.email;
    if (fields.address !== undefined) client.address = fields.address;
    return client;
  }
}
