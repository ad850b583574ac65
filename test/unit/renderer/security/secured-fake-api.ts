import type { ApiErrorData, ApiResult, CallInput, CallName, CallOutput, FieldIssue, Preferences, SecurityState } from '../../../../main/api/api-types';
import { securityContract } from '../../../../main/api/contract/security';
import { FakeApi, type RecordedCall } from '../fake-api';

type SecurityCall = keyof typeof securityContract;

const isSecurityCall = (name: CallName): name is SecurityCall => Object.hasOwn(securityContract, name);

/** Calls the main process answers while locked: the language and settings live apart from the caseload. */
const openWhileLocked: ReadonlySet<CallName> = new Set<CallName>(['preferences.get', 'preferences.update']);

export const appLocked: ApiErrorData = { code: 'app_locked', messageKey: 'errors:appLocked' };

/** Without dashes and spaces, in capitals: how the main process reads a typed recovery key. */
const normalKey = (key: string) => key.toUpperCase().replace(/[\s-]/g, '');

/**
 * The fake API with a scripted `security.*` in front of the real core, until the main process has
 * its own: a state machine with one passphrase and one recovery key, refusals with the contract's
 * codes and keys, and every caseload call refused with `app_locked` while not unlocked. Inputs are
 * checked against the contract's schemas, so a form meets the same field issues as in the app.
 */
export class SecuredFakeApi extends FakeApi {
  state: SecurityState;
  lockAfterMinutes: number;
  hasUnencryptedData = false;
  /** Whether this computer offers a keychain (Electron) and whether the worker turned it on. */
  keychain = { available: false, enabled: false };
  passphrase = 'mijn fiets staat bij de bakker';
  /** The key `security.setup` hands out; its dashes are optional when typed back. */
  recoveryKey = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
  /** While set, the slow calls (scrypt, ~0.4 s in the app) wait for it, so a test can see the busy state. */
  slow: Promise<void> | undefined;
  /** Caseload calls still unanswered when `security.lock` arrived: the main process would refuse their writes. */
  unansweredAtLock: number | undefined;
  private unanswered = 0;

  constructor(state: SecurityState, preferences: Partial<Preferences> = {}) {
    super(preferences);
    this.state = state;
    this.lockAfterMinutes = preferences.lockAfterMinutes ?? 10;
  }

  /** Holds setup, unlock and changePassphrase until the returned function is called. */
  holdSlowCalls(): () => void {
    let release = () => {};
    this.slow = new Promise<void>((resolve) => {
      release = () => {
        this.slow = undefined;
        resolve();
      };
    });
    return release;
  }

  /** The main process locked itself (idle, or the computer was locked): nothing in the renderer is told. */
  lockQuietly(): void {
    this.state = 'locked';
  }

  // The base class keeps its forced refusals to itself; security calls never reach it, so they are kept here too.
  private readonly securityFailures = new Map<CallName, ApiErrorData>();

  override failWith(name: CallName, error: ApiErrorData): this {
    this.securityFailures.set(name, error);
    return super.failWith(name, error);
  }

  override succeed(name: CallName): this {
    this.securityFailures.delete(name);
    return super.succeed(name);
  }

  override async invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    if (isSecurityCall(name)) {
      this.calls.push({ name, input: structuredClone(input) } as RecordedCall);
      const failure = this.securityFailures.get(name);
      if (failure) return { ok: false, error: failure };
      return (await this.answer(name, input)) as ApiResult<CallOutput<N>>;
    }
    if (this.state !== 'unlocked' && !openWhileLocked.has(name)) {
      this.calls.push({ name, input: structuredClone(input) } as RecordedCall);
      return { ok: false, error: appLocked };
    }
    this.unanswered += 1;
    try {
      return await super.invoke(name, input);
    } finally {
      this.unanswered -= 1;
    }
  }

  private async answer(name: SecurityCall, raw: unknown): Promise<ApiResult<unknown>> {
    const parsed = securityContract[name].input.safeParse(raw);
    if (!parsed.success) {
      const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
        path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
        messageKey: /^[a-z]+:[\w.]+$/.test(issue.message) ? issue.message : 'errors:validation.invalid',
      }));
      return { ok: false, error: { code: 'invalid_input', messageKey: 'errors:invalidInput', issues } };
    }
    const input = parsed.data as Record<string, unknown>;
    const refuse = (code: ApiErrorData['code'], messageKey: string): ApiResult<unknown> => ({ ok: false, error: { code, messageKey } });
    switch (name) {
      case 'security.status':
        return {
          ok: true,
          value: { state: this.state, lockAfterMinutes: this.lockAfterMinutes, hasUnencryptedData: this.hasUnencryptedData, keychain: { ...this.keychain } },
        };
      case 'security.lock':
        this.unansweredAtLock = this.unanswered;
        this.state = this.state === 'setup_needed' ? this.state : 'locked';
        return { ok: true, value: { locked: true } };
      case 'security.setup':
        await this.slow;
        if (this.state !== 'setup_needed') return refuse('conflict', 'security:errors.alreadySetUp');
        this.passphrase = String(input['passphrase']);
        this.state = 'unlocked';
        return { ok: true, value: { recoveryKey: this.recoveryKey } };
      case 'security.unlock':
        await this.slow;
        if (this.state === 'setup_needed') return refuse('conflict', 'security:errors.notSetUp');
        if ('passphrase' in input && input['passphrase'] !== this.passphrase) return refuse('unauthorised', 'security:errors.wrongPassphrase');
        if ('recoveryKey' in input && normalKey(String(input['recoveryKey'])) !== normalKey(this.recoveryKey)) {
          return refuse('unauthorised', 'security:errors.wrongRecoveryKey');
        }
        this.state = 'unlocked';
        return { ok: true, value: { unlocked: true } };
      case 'security.changePassphrase':
        await this.slow;
        if (this.state !== 'unlocked') return refuse('app_locked', 'errors:appLocked');
        if ('current' in input && input['current'] !== this.passphrase) return refuse('unauthorised', 'security:errors.wrongPassphrase');
        if ('recoveryKey' in input && normalKey(String(input['recoveryKey'])) !== normalKey(this.recoveryKey)) {
          return refuse('unauthorised', 'security:errors.wrongRecoveryKey');
        }
        this.passphrase = String(input['next']);
        return { ok: true, value: { changed: true } };
      case 'security.unlockWithKeychain':
        if (!this.keychain.available || !this.keychain.enabled) return refuse('conflict', 'security:errors.keychainUnavailable');
        this.state = 'unlocked';
        return { ok: true, value: { unlocked: true } };
      case 'security.setKeychain':
        if (this.state !== 'unlocked') return refuse('app_locked', 'errors:appLocked');
        if (input['enabled'] === true && !this.keychain.available) return refuse('conflict', 'security:errors.keychainUnavailable');
        this.keychain.enabled = input['enabled'] === true;
        return { ok: true, value: { enabled: this.keychain.enabled } };
    }
  }
}
