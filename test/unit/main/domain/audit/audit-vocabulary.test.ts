import { describe, expect, it } from 'vitest';
import enAudit from '../../../../../locales/en/audit.json' with { type: 'json' };
import nlAudit from '../../../../../locales/nl/audit.json' with { type: 'json' };
import { auditActionNames, auditEntityNames } from '../../../../../main/domain/audit/audit-vocabulary';
import { auditActions } from '../../../../../main/services/audit/audit-trail';

describe('the words of the audit log', () => {
  it('are the trail’s own actions', () => {
    expect([...auditActionNames].sort()).toEqual([...auditActions].sort());
  });

  it.each([
    ['nl', nlAudit],
    ['en', enAudit],
  ])('each have a label in %s, so the viewer never shows a bare code', (_language, texts) => {
    expect(Object.keys(texts.actions).sort()).toEqual([...auditActionNames].sort());
    expect(Object.keys(texts.entities).sort()).toEqual([...auditEntityNames].sort());
  });
});
