import type { i18n as I18n, ParseKeys } from 'i18next';
import type { ApiErrorCode } from '../../main/api/api-types';
import type { ApiCallError } from '../api/api-client';

type ErrorKey = ParseKeys<'errors'>;

/** What to say when the main process sends a key this build does not know (e.g. a newer version). */
const codeKeys: Record<ApiErrorCode, ErrorKey> = {
  invalid_input: 'invalidInput',
  unknown_call: 'unknownCall',
  not_found: 'notFound',
  conflict: 'conflict',
  store_unavailable: 'storeUnavailable',
  store_newer_version: 'storeNewerVersion',
  store_locked: 'storeLocked',
  app_locked: 'appLocked',
  unauthorised: 'unauthorised',
  internal: 'internal',
};

/**
 * Keys that cross the boundary ("clients:validation.emailInvalid") are plain strings, checked at
 * run time: a key this build lacks falls back to a known message, so the worker never reads a raw key.
 */
export function translateKey(
  i18n: I18n,
  key: string,
  fallback: ErrorKey = 'internal',
  params: Readonly<Record<string, string | number>> = {},
): string {
  const fallbackText = i18n.getFixedT(null, 'errors')(fallback);
  return i18n.exists(key) ? i18n.t(key, { ...params, defaultValue: fallbackText }) : fallbackText;
}

export function translateError(i18n: I18n, error: ApiCallError): string {
  return translateKey(i18n, error.messageKey, codeKeys[error.code], error.params);
}
