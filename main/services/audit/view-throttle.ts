import type { AuditEvent, AuditTrail } from './audit-trail';

/** Views of the same thing within this time are one view: a page that reloads after each save. */
export const repeatedViewWindowMs = 60_000;

const keyOf = (event: AuditEvent) => JSON.stringify([event.entity, event.clientId ?? '', event.entityId ?? '', event.detail ?? '']);

/**
 * The trail as the services use it, with views written once per opening: a client page reloads its
 * lists after every change, and a log with ten views a second hides the views that matter. A view
 * of the same record within a minute of the last one is not written again; every other record
 * (changes, exports, erasures) always is.
 */
export function throttleViews(trail: AuditTrail, now: () => Date, windowMs = repeatedViewWindowMs): AuditTrail {
  const lastView = new Map<string, number>();
  return {
    record(event, at) {
      if (event.action === 'view') {
        const time = (at ?? now()).getTime();
        const key = keyOf(event);
        const previous = lastView.get(key);
        // A clock set back counts as a new view rather than silencing views until it catches up.
        if (previous !== undefined && time >= previous && time - previous < windowMs) return Promise.resolve();
        lastView.set(key, time);
        if (lastView.size > 1_000) for (const [old, seen] of lastView) if (time - seen >= windowMs) lastView.delete(old);
      }
      return trail.record(event, at);
    },
    flush: () => trail.flush(),
  };
}
