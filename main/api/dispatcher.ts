import type { z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput, type ParsedInput } from './contract';
import { ApiError, type ApiResult, type FieldIssue } from './errors';
import { findInputShapeProblem } from './forbidden-keys';

/** Who is calling: the audit log (a later issue) records it with every event. */
export interface CallContext {
  readonly transport: 'ipc' | 'http' | 'test';
}

export type Handler<N extends CallName> = (input: ParsedInput<N>, context: CallContext) => Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };

export type Dispatch = (name: string, rawInput: unknown, context: CallContext) => Promise<ApiResult<unknown>>;

/** A zod message that is one of our translation keys ("ns:key") is passed on; anything else is generic. */
function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    messageKey: /^[a-z]+:[\w.]+$/.test(issue.message) ? issue.message : 'errors:validation.invalid',
  }));
}

/**
 * The single place where a call crosses into the main process. Both transports (Electron IPC and
 * the browser host) hand every request to this function and send back what it returns; no handler
 * runs on input that failed its schema.
 */
export function createDispatcher(
  handlers: Handlers,
  options: { onInternalError?: (name: string, error: unknown) => void } = {},
): Dispatch {
  return async (name, rawInput, context) => {
    try {
      if (!isCallName(name)) throw new ApiError('unknown_call');
      if (findInputShapeProblem(rawInput)) throw new ApiError('invalid_input');
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) throw new ApiError('invalid_input', { issues: toFieldIssues(parsed.error) });
      const handler = handlers[name] as (input: unknown, context: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, context) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toData() };
      options.onInternalError?.(name, error);
      return { ok: false, error: new ApiError('internal').toData() };
    }
  };
}
