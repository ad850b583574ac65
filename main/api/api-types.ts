import type { CallInput, CallName, CallOutput } from './contract';
import type { ApiResult } from './errors';

/**
 * The whole surface the renderer sees as `window.api`, identical under Electron (preload) and in
 * the browser host (bridge script). The renderer imports only this type, never the schemas.
 */
export interface VerbindApi {
  invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

export type { ApiErrorCode, ApiErrorData, ApiResult, FieldIssue } from './errors';
export type { CallInput, CallName, CallOutput } from './contract';
export type { Client, ClientStatus, ClientSummary, ClientFieldsInput } from '../domain/clients/client';
export type { Preferences, Language } from '../services/preferences/preferences-schema';
