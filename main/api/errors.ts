import { z } from 'zod';

/**
 * Every refusal that crosses the boundary is one of these codes with a translation key, so the
 * renderer can show it in the worker's language and tests can assert on the code.
 */
export const apiErrorCodes = [
  'invalid_input',
  'unknown_call',
  'not_found',
  'conflict',
  'store_unavailable',
  'store_newer_version',
  'store_locked',
  'app_locked',
  'unauthorised',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  messageKey: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorDataSchema = z.object({
  code: z.enum(apiErrorCodes),
  messageKey: z.string(),
  /** Values for the message, e.g. `{ line: 12 }` for "line 12 has an unclosed quote". */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiErrorData = z.infer<typeof apiErrorDataSchema>;

const defaultKeys: Record<ApiErrorCode, string> = {
  invalid_input: 'errors:invalidInput',
  unknown_call: 'errors:unknownCall',
  not_found: 'errors:notFound',
  conflict: 'errors:conflict',
  store_unavailable: 'errors:storeUnavailable',
  store_newer_version: 'errors:storeNewerVersion',
  store_locked: 'errors:storeLocked',
  app_locked: 'errors:appLocked',
  unauthorised: 'errors:unauthorised',
  internal: 'errors:internal',
};

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly messageKey: string;
  readonly issues: FieldIssue[] | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(
    code: ApiErrorCode,
    options: { messageKey?: string; issues?: FieldIssue[]; params?: Record<string, string | number>; cause?: unknown } = {},
  ) {
    super(`${code}: ${options.messageKey ?? defaultKeys[code]}`, { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.messageKey = options.messageKey ?? defaultKeys[code];
    this.issues = options.issues;
    this.params = options.params;
  }

  toData(): ApiErrorData {
    const data: ApiErrorData = { code: this.code, messageKey: this.messageKey };
    if (this.params !== undefined) data.params = this.params;
    if (this.issues !== undefined) data.issues = this.issues;
    return data;
  }
}

/** What every call returns over either transport: a value, or a typed refusal. Never a thrown error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
