/**
 * The statuses in the order of a client's path through the service. Plain constants, free of zod,
 * so the renderer can import them: zod probes `new Function('')` while building object schemas,
 * which the renderer's CSP (no 'unsafe-eval') reports as a violation.
 */
export const clientStatuses = ['registered', 'intake', 'active', 'aftercare', 'closed'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export function isClientStatus(value: string): value is ClientStatus {
  return (clientStatuses as readonly string[]).includes(value);
}
