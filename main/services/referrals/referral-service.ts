import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import { servicePhases, type ServiceEntry } from '../../domain/directory/service-entry';
import type { ProgrammeRun } from '../../domain/programme/programme-run';
import type { ProgrammeTemplate } from '../../domain/programme/programme-template';
import { listOpenReferrals, type OpenReferral } from '../../domain/referrals/open-referrals';
import { checkFit } from '../../domain/referrals/phase-fit';
import {
  isOpenReferral,
  type Destination,
  type DestinationChoice,
  type FitWarning,
  type Referral,
  type ReferralFields,
  type ReferralMove,
  type ReferralStep,
} from '../../domain/referrals/referral';
import { stepRefusal } from '../../domain/referrals/referral-steps';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock, type ClientFiles } from '../clients/client-files';
import type { ClientIndex } from '../clients/client-index';
import { clientSituation } from '../measures/client-situation';
import type { ClientDocument } from '../storage/client-document';

export interface ReferralSettings {
  stressThreshold: number;
  referralFollowUpDays: number;
}

export interface ReferralServiceDeps {
  files: ClientFiles;
  index: ClientIndex;
  findService: (serviceId: string) => ServiceEntry | undefined;
  /** The template version a run follows, for the client's current phase. */
  templateOf: (run: ProgrammeRun) => ProgrammeTemplate;
  audit: AuditTrail;
  clock: Clock;
  newId: () => string;
  actor: () => string;
  settings: () => ReferralSettings;
}

export interface ReferralService {
  list(clientId: string): Referral[];
  checkFit(clientId: string, destination: DestinationChoice): FitWarning[];
  create(clientId: string, fields: ReferralFields): Promise<Referral>;
  update(clientId: string, referralId: string, expectedUpdatedAt: string, fields: ReferralFields): Promise<Referral>;
  move(clientId: string, referralId: string, expectedUpdatedAt: string, step: ReferralMove): Promise<Referral>;
  remove(clientId: string, referralId: string, expectedUpdatedAt: string): Promise<void>;
  open(): OpenReferral[];
}

const notFound = () => new ApiError('not_found', { messageKey: 'referrals:errors.notFound' });

function copyOf(entry: ServiceEntry): Destination {
  const destination: Destination = { serviceId: entry.id, name: entry.name, kind: entry.kind, format: entry.format, phases: [...entry.phases] };
  for (const key of ['contactPerson', 'phone', 'email', 'address'] as const) if (entry[key] !== undefined) destination[key] = entry[key];
  return destination;
}

function freeDestination(choice: Extract<DestinationChoice, { source: 'free' }>): Destination {
  const destination: Destination = {
    name: choice.name,
    kind: choice.kind,
    format: choice.format,
    phases: servicePhases.filter((phase) => choice.phases.includes(phase)),
  };
  for (const key of ['contactPerson', 'phone', 'email', 'address'] as const) if (choice[key] !== undefined) destination[key] = choice[key];
  return destination;
}

function findReferral(document: ClientDocument, referralId: string, expectedUpdatedAt: string): Referral {
  const referral = document.referrals.find((candidate) => candidate.id === referralId);
  if (!referral) throw notFound();
  if (referral.updatedAt !== expectedUpdatedAt) throw new ApiError('conflict', { messageKey: 'referrals:errors.changedElsewhere' });
  return referral;
}

function replaceReferral(document: ClientDocument, referral: Referral): ClientDocument {
  return { ...document, referrals: document.referrals.map((candidate) => (candidate.id === referral.id ? referral : candidate)) };
}

const fieldIssue = (field: string, messageKey: string) => ({ path: ['fields', field], messageKey });

/**
 * A client's referrals, kept in their file. Planning one checks whether the destination fits the
 * client now (phase-fit.ts); when it does not, the worker must say why they go on, and the warnings
 * and the reason are kept with the referral. After that it moves step by step
 * (referral-status.ts), each step dated and noted.
 */
export function createReferralService(deps: ReferralServiceDeps): ReferralService {
  const { files, audit, clock, actor } = deps;
  const today = () => localDate(clock.now());

  /** The destination to store: a fresh copy of the directory entry, or the one typed in. */
  const resolve = (choice: DestinationChoice, current?: Destination): Destination => {
    if (choice.source === 'free') return freeDestination(choice);
    const entry = deps.findService(choice.serviceId);
    if (entry) return copyOf(entry);
    // A referral keeps its copy when its service has since left the directory.
    if (current?.serviceId === choice.serviceId) return current;
    throw new ApiError('not_found', { messageKey: 'directory:errors.notFound' });
  };

  const warningsFor = (document: Pick<ClientDocument, 'measurements' | 'programmes'>, destination: Destination): FitWarning[] => {
    const { stressThreshold } = deps.settings();
    return checkFit({ destination, ...clientSituation(document, deps.templateOf, stressThreshold), stressThreshold });
  };

  /** The fit to keep, or a refusal when the destination does not fit and no reason was given. */
  const decideFit = (warnings: FitWarning[], fitReason: string | undefined): Referral['fit'] => {
    if (warnings.length === 0) return undefined;
    if (fitReason === undefined) {
      throw new ApiError('invalid_input', {
        messageKey: 'referrals:validation.fitReasonRequired',
        issues: [fieldIssue('fitReason', 'referrals:validation.fitReasonRequired')],
      });
    }
    return { warnings, reason: fitReason };
  };

  const checkConsent = (fields: ReferralFields) => {
    if (fields.consentOn > today()) {
      throw new ApiError('invalid_input', {
        messageKey: 'referrals:validation.consentInFuture',
        issues: [fieldIssue('consentOn', 'referrals:validation.consentInFuture')],
      });
    }
  };

  /** The stored referral for the fields, on top of what does not change with an edit. */
  const withFields = (
    fields: ReferralFields,
    destination: Destination,
    fit: Referral['fit'],
    base: Pick<Referral, 'id' | 'status' | 'history' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>,
  ): Referral => {
    const referral: Referral = {
      id: base.id,
      destination,
      reason: fields.reason,
      question: fields.question,
      share: fields.share,
      consentOn: fields.consentOn,
      plannedOn: fields.plannedOn,
      status: base.status,
      history: base.history,
      createdAt: base.createdAt,
      createdBy: base.createdBy,
      updatedAt: base.updatedAt,
      updatedBy: base.updatedBy,
    };
    if (fields.background !== undefined) referral.background = fields.background;
    if (fields.consentNote !== undefined) referral.consentNote = fields.consentNote;
    if (fit !== undefined) referral.fit = fit;
    return referral;
  };

  return {
    list(clientId) {
      const { referrals } = files.projected(clientId);
      // Seeing a client's referrals is a view of their file (NEN 7513); repeats are thinned by the trail.
      void audit.record({ action: 'view', entity: 'referral', clientId }).catch(() => undefined);
      return [...referrals].sort(
        (a, b) => b.plannedOn.localeCompare(a.plannedOn) || b.createdAt.localeCompare(a.createdAt),
      );
    },
    checkFit(clientId, choice) {
      return warningsFor(files.projected(clientId), resolve(choice));
    },
    async create(clientId, fields) {
      const destination = resolve(fields.destination);
      const referral = await files.change(clientId, (current) => {
        checkConsent(fields);
        const fit = decideFit(warningsFor(current, destination), fields.fitReason);
        const stamp = nextStamp(clock);
        const by = actor();
        const created = withFields(fields, destination, fit, {
          id: deps.newId(),
          status: 'planned',
          history: [{ to: 'planned', on: fields.plannedOn, at: stamp, by }],
          createdAt: stamp,
          createdBy: by,
          updatedAt: stamp,
          updatedBy: by,
        });
        return { document: { ...current, referrals: [...current.referrals, created] }, result: created };
      });
      await audit.record({ action: 'create', entity: 'referral', clientId, entityId: referral.id, ...(referral.fit ? { detail: 'fit:overridden' } : {}) });
      return referral;
    },
    async update(clientId, referralId, expectedUpdatedAt, fields) {
      const before = files.projected(clientId).referrals.find((candidate) => candidate.id === referralId);
      const destination = resolve(fields.destination, before?.destination);
      const referral = await files.change(clientId, (current) => {
        const existing = findReferral(current, referralId, expectedUpdatedAt);
        if (!isOpenReferral(existing.status)) throw new ApiError('invalid_input', { messageKey: 'referrals:errors.closedNotEditable' });
        checkConsent(fields);
        const fit = decideFit(warningsFor(current, destination), fields.fitReason);
        // While only planned, the first step's day is the planned day, so it moves with it.
        const history = existing.status === 'planned' ? existing.history.map((step) => ({ ...step, on: fields.plannedOn })) : existing.history;
        const updated = withFields(fields, destination, fit, {
          ...existing,
          history,
          updatedAt: nextStamp(clock, existing.updatedAt),
          updatedBy: actor(),
        });
        return { document: replaceReferral(current, updated), result: updated };
      });
      await audit.record({ action: 'change', entity: 'referral', clientId, entityId: referralId, ...(referral.fit ? { detail: 'fit:overridden' } : {}) });
      return referral;
    },
    async move(clientId, referralId, expectedUpdatedAt, step) {
      const { referral, from } = await files.change(clientId, (current) => {
        const existing = findReferral(current, referralId, expectedUpdatedAt);
        const refusal = stepRefusal(existing, step, today());
        if (refusal) {
          throw new ApiError('invalid_input', {
            messageKey: refusal.messageKey,
            params: refusal.params,
            ...(refusal.field ? { issues: [{ path: ['step', refusal.field], messageKey: refusal.messageKey }] } : {}),
          });
        }
        const stamp = nextStamp(clock, existing.updatedAt);
        const by = actor();
        const taken: ReferralStep = { from: existing.status, to: step.to, on: step.on, at: stamp, by };
        if (step.note !== undefined) taken.note = step.note;
        const updated: Referral = {
          ...existing,
          status: step.to,
          history: [...existing.history, taken],
          updatedAt: stamp,
          updatedBy: by,
        };
        return { document: replaceReferral(current, updated), result: { referral: updated, from: existing.status } };
      });
      await audit.record({ action: 'change', entity: 'referral', clientId, entityId: referralId, detail: `status:${from}→${referral.status}` });
      return referral;
    },
    async remove(clientId, referralId, expectedUpdatedAt) {
      await files.change(clientId, (current) => {
        const existing = findReferral(current, referralId, expectedUpdatedAt);
        if (existing.status !== 'planned') throw new ApiError('invalid_input', { messageKey: 'referrals:errors.onlyPlannedDeletable' });
        return { document: { ...current, referrals: current.referrals.filter((candidate) => candidate.id !== referralId) }, result: undefined };
      });
      await audit.record({ action: 'delete', entity: 'referral', clientId, entityId: referralId });
    },
    open() {
      return listOpenReferrals(deps.index.entries(), today(), deps.settings().referralFollowUpDays);
    },
  };
}
