import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditTrail } from '../../../../../main/services/audit/audit-trail';
import { throttleViews } from '../../../../../main/services/audit/view-throttle';

const anna = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const bram = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

function recorder() {
  const written: AuditEvent[] = [];
  const trail: AuditTrail = { record: async (event) => void written.push(event), flush: async () => undefined };
  return { written, trail };
}

describe('views written once per opening', () => {
  it('writes a view of the same list once within a minute, and again after it', async () => {
    const { written, trail } = recorder();
    let now = new Date('2025-03-10T09:00:00.000Z');
    const throttled = throttleViews(trail, () => now);
    const view: AuditEvent = { action: 'view', entity: 'contact', clientId: anna };
    for (let i = 0; i < 10; i++) await throttled.record(view);
    now = new Date('2025-03-10T09:00:59.000Z');
    await throttled.record(view);
    expect(written).toHaveLength(1);
    now = new Date('2025-03-10T09:01:01.000Z');
    await throttled.record(view);
    expect(written).toHaveLength(2);
  });

  it('writes views of another client or another part of the file, and every change', async () => {
    const { written, trail } = recorder();
    const throttled = throttleViews(trail, () => new Date('2025-03-10T09:00:00.000Z'));
    await throttled.record({ action: 'view', entity: 'contact', clientId: anna });
    await throttled.record({ action: 'view', entity: 'contact', clientId: bram });
    await throttled.record({ action: 'view', entity: 'measurement', clientId: anna });
    for (let i = 0; i < 3; i++) await throttled.record({ action: 'change', entity: 'contact', clientId: anna, entityId: 'x' });
    expect(written.map((event) => `${event.action}:${event.entity}:${event.clientId}`)).toEqual([
      `view:contact:${anna}`,
      `view:contact:${bram}`,
      `view:measurement:${anna}`,
      `change:contact:${anna}`,
      `change:contact:${anna}`,
      `change:contact:${anna}`,
    ]);
  });

  it('writes a view again when the clock was set back', async () => {
    const { written, trail } = recorder();
    let now = new Date('2025-03-10T09:00:00.000Z');
    const throttled = throttleViews(trail, () => now);
    await throttled.record({ action: 'view', entity: 'client', clientId: anna });
    now = new Date('2025-03-10T08:00:00.000Z');
    await throttled.record({ action: 'view', entity: 'client', clientId: anna });
    expect(written).toHaveLength(2);
  });
});
