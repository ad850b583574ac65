import type {
  ApiErrorCode,
  ApiErrorData,
  CallInput,
  CallName,
  CallOutput,
  FieldIssue,
  VerbindApi,
} from '../../main/api/api-types';

declare global {
  interface Window {
    /** Filled by the Electron preload or the browser host's bridge script; never by the renderer. */
    readonly api: VerbindApi;
  }
}

/** A refused call, carrying what the worker should be told (a translation key) and per-field issues. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly messageKey: string;
  readonly issues: readonly FieldIssue[];
  /** Values for the message, e.g. `{ line: 12 }`. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(data: ApiErrorData, options: { cause?: unknown } = {}) {
    super(`${data.code}: ${data.messageKey}`, options);
    this.name = 'ApiCallError';
    this.code = data.code;
    this.messageKey = data.messageKey;
    this.issues = data.issues ?? [];
    this.params = data.params ?? {};
  }
}

/** The one way components talk to the main process: the value, or an `ApiCallError`. */
export interface ApiClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
}

const internalError: ApiErrorData = { code: 'internal', messageKey: 'errors:internal' };

/**
 * Wraps `window.api` (or a fake in tests). A transport failure — no bridge, a rejected promise —
 * becomes an `internal` ApiCallError too, so every screen handles exactly one kind of failure.
 */
export function createApiClient(api: VerbindApi | undefined): ApiClient {
  return {
    async call(name, input) {
      if (api === undefined) throw new ApiCallError(internalError, { cause: new Error('window.api is missing') });
      let result;
      try {
        result = await api.invoke(name, input);
      } catch (cause) {
        throw new ApiCallError(internalError, { cause });
      }
      if (result.ok) return result.value;
      throw new ApiCallError(result.error);
    },
  };
}

/** Any thrown value as an ApiCallError, so catch blocks stay typed. */
export function toApiCallError(error: unknown): ApiCallError {
  return error instanceof ApiCallError ? error : new ApiCallError(internalError, { cause: error });
}
