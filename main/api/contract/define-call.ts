import type { z } from 'zod';

/**
 * One entry of the API contract: what the renderer sends (validated in the main process before any
 * handler runs) and what it gets back. Types come from the schemas, never written twice.
 */
export interface CallDefinition<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  /** What the worker gets from this call, in one line. */
  readonly summary: string;
  readonly input: Input;
  readonly output: Output;
}

export function defineCall<Input extends z.ZodType, Output extends z.ZodType>(
  definition: CallDefinition<Input, Output>,
): CallDefinition<Input, Output> {
  return definition;
}
