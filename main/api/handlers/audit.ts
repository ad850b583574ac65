import type { AuditFilter } from '../../domain/audit/audit-filter';
import type { AuditLogService } from '../../services/audit/audit-log-service';
import type { Handlers } from '../dispatcher';
import { ApiError } from '../errors';

type AuditCalls = 'audit.list' | 'audit.verify' | 'audit.export';

/** A period that ends before it starts is a mistake worth saying, not an empty list. */
function checkedPeriod<F extends AuditFilter>(filter: F): F {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new ApiError('invalid_input', { messageKey: 'audit:errors.periodReversed', issues: [{ path: ['to'], messageKey: 'audit:errors.periodReversed' }] });
  }
  return filter;
}

export function auditHandlers(auditLog: () => AuditLogService): Pick<Handlers, AuditCalls> {
  return {
    'audit.list': async ({ offset, limit, ...filter }) => auditLog().list(checkedPeriod(filter), offset, limit),
    'audit.verify': async () => auditLog().verify(),
    'audit.export': async ({ format, ...filter }) => auditLog().export(format, checkedPeriod(filter)),
  };
}
