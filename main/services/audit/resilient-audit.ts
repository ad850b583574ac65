import type { AuditEvent, AuditTrail } from './audit-trail';

/**
 * The audit trail as the services use it: a record that cannot be written yet (disk full, file
 * locked by a scanner) must not turn a change that is already saved into an error — the worker
 * would retry and log the contact twice. The record is kept, with its original time, and written
 * before the next one; the failure goes to the error log.
 */
export function resilientAudit(trail: AuditTrail, now: () => Date, logError: (message: string, error: unknown) => void): AuditTrail {
  const backlog: { event: AuditEvent; at: Date }[] = [];
  let draining = Promise.resolve();
  const drain = () => {
    draining = draining.then(async () => {
      while (backlog.length > 0) {
        const next = backlog[0]!;
        try {
          await trail.record(next.event, next.at);
        } catch (error) {
          logError(`Audit record kept to retry (${backlog.length} waiting)`, error);
          return;
        }
        backlog.shift();
      }
    });
    return draining;
  };
  return {
    record(event, at = now()) {
      backlog.push({ event, at });
      return drain();
    },
    async flush() {
      await drain();
      await trail.flush();
    },
  };
}
