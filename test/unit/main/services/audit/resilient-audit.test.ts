import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditTrail } from '../../../../../main/services/audit/audit-trail';
import { resilientAudit } from '../../../../../main/services/audit/resilient-audit';

/** A trail whose writes fail while `failing` is set, recording what it wrote and when. */
function flakyTrail() {
  const written: { event: AuditEvent; at: string }[] = [];
  const state = { failing: false };
  const trail: AuditTrail = {
    async record(event, at) {
      if (state.failing) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      written.push({ event, at: (at ?? new Date(0)).toISOString() });
    },
    async flush() {},
  };
  return { trail, written, state };
}

describe('resilient audit trail', () => {
  it('never fails a saved change, and writes the held-back record first, with its own time', async () => {
    const { trail, written, state } = flakyTrail();
    const errors: string[] = [];
    let clock = Date.parse('2026-11-25T09:00:00Z');
    const audit = resilientAudit(trail, () => new Date(clock), (message) => errors.push(message));

    state.failing = true;
    await expect(audit.record({ action: 'create', entity: 'contact', clientId: 'a' })).resolves.toBeUndefined();
    expect(written).toEqual([]);
    expect(errors).toHaveLength(1);

    state.failing = false;
    clock += 60_000;
    await audit.record({ action: 'change', entity: 'contact', clientId: 'a' });
    expect(written.map((entry) => [entry.event.action, entry.at])).toEqual([
      ['create', '2026-11-25T09:00:00.000Z'],
      ['change', '2026-11-25T09:01:00.000Z'],
    ]);
  });

  it('writes what is still held back when flushed before closing', async () => {
    const { trail, written, state } = flakyTrail();
    const audit = resilientAudit(trail, () => new Date(), () => undefined);
    state.failing = true;
    await audit.record({ action: 'delete', entity: 'appointment', clientId: 'b' });
    state.failing = false;
    await audit.flush();
    expect(written.map((entry) => entry.event.action)).toEqual(['delete']);
  });
});
