import type {
  DestinationInput,
  FieldIssue,
  Referral,
  ReferralFieldsInput,
  ServiceFormat,
  ServiceKind,
  ServicePhase,
  ShareItem,
} from '../../main/api/api-types';
import { isLocalDate } from '../router/routes';

export type DestinationSource = 'directory' | 'free';

/** A destination typed in once, for a service that is not (yet) in the directory. */
export interface FreeDestinationValues {
  name: string;
  kind: ServiceKind | '';
  format: ServiceFormat | '';
  phases: ServicePhase[];
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
}

export interface ReferralValues {
  source: DestinationSource;
  /** The chosen directory entry; '' when none is chosen yet. */
  serviceId: string;
  /** Kept while the worker looks in the directory, so switching back loses nothing. */
  free: FreeDestinationValues;
  reason: string;
  question: string;
  background: string;
  share: ShareItem[];
  consentOn: string;
  consentNote: string;
  plannedOn: string;
  fitReason: string;
}

export const freeTextFields = ['contactPerson', 'phone', 'email', 'address'] as const;
export type FreeTextField = (typeof freeTextFields)[number];

/**
 * Every field in the order the worker meets it (the first invalid one gets focus). The reason to go
 * on despite a warning comes right after the destination, where the warning is shown.
 */
export const referralFormFields = [
  'serviceId',
  'name',
  'kind',
  'format',
  'phases',
  ...freeTextFields,
  'fitReason',
  'reason',
  'question',
  'background',
  'share',
  'consentOn',
  'consentNote',
  'plannedOn',
] as const;
export type ReferralFormField = (typeof referralFormFields)[number];

/** Translation keys per field; only fields with a problem are present. */
export type ReferralErrors = Partial<Record<ReferralFormField, string>>;

/** What the parts of the referral form need to show and change their fields. */
export interface ReferralBinding {
  values: ReferralValues;
  fieldId: (field: ReferralFormField) => string;
  /** The field's problem, translated. */
  errorText: (field: ReferralFormField) => string | undefined;
  set: <K extends keyof ReferralValues>(key: K, value: ReferralValues[K]) => void;
  setFree: <K extends keyof FreeDestinationValues>(key: K, value: FreeDestinationValues[K]) => void;
}

const destinationFields: readonly ReferralFormField[] = ['serviceId', 'name', 'kind', 'format', 'phases', ...freeTextFields];
const topFields: readonly ReferralFormField[] = [
  'fitReason',
  'reason',
  'question',
  'background',
  'share',
  'consentOn',
  'consentNote',
  'plannedOn',
];

const fieldIn = (fields: readonly ReferralFormField[], value: unknown): ReferralFormField | undefined =>
  fields.find((field) => field === value);

export function emptyFreeDestination(): FreeDestinationValues {
  return { name: '', kind: '', format: '', phases: [], contactPerson: '', phone: '', email: '', address: '' };
}

/** A new referral: from the directory, consent given and planned today. */
export function newReferralValues(today: string): ReferralValues {
  return {
    source: 'directory',
    serviceId: '',
    free: emptyFreeDestination(),
    reason: '',
    question: '',
    background: '',
    share: [],
    consentOn: today,
    consentNote: '',
    plannedOn: today,
    fitReason: '',
  };
}

/**
 * A stored referral as form values. Its destination is a copy; it is offered as a directory entry
 * while that entry still exists, and as typed-in fields otherwise (both are filled, see the picker).
 */
export function valuesFromReferral(referral: Referral): ReferralValues {
  const { destination } = referral;
  return {
    source: destination.serviceId === undefined ? 'free' : 'directory',
    serviceId: destination.serviceId ?? '',
    free: {
      name: destination.name,
      kind: destination.kind,
      format: destination.format,
      phases: [...destination.phases],
      contactPerson: destination.contactPerson ?? '',
      phone: destination.phone ?? '',
      email: destination.email ?? '',
      address: destination.address ?? '',
    },
    reason: referral.reason,
    question: referral.question,
    background: referral.background ?? '',
    share: [...referral.share],
    consentOn: referral.consentOn,
    consentNote: referral.consentNote ?? '',
    plannedOn: referral.plannedOn,
    fitReason: referral.fit?.reason ?? '',
  };
}

/** The destination as the API takes it, or undefined while it is not complete enough to ask about. */
export function destinationInput(values: ReferralValues): DestinationInput | undefined {
  if (values.source === 'directory') return values.serviceId === '' ? undefined : { source: 'directory', serviceId: values.serviceId };
  const { free } = values;
  const name = free.name.trim();
  if (name === '' || free.kind === '' || free.format === '') return undefined;
  const destination: DestinationInput = { source: 'free', name, kind: free.kind, format: free.format, phases: free.phases };
  for (const field of freeTextFields) {
    const text = free[field].trim();
    if (text !== '') destination[field] = text;
  }
  return destination;
}

function destinationErrors(values: ReferralValues): ReferralErrors {
  if (values.source === 'directory') return values.serviceId === '' ? { serviceId: 'referrals:validation.serviceRequired' } : {};
  const errors: ReferralErrors = {};
  if (values.free.name.trim() === '') errors.name = 'referrals:validation.destinationRequired';
  if (values.free.kind === '') errors.kind = 'referrals:validation.kindRequired';
  if (values.free.format === '') errors.format = 'referrals:validation.formatRequired';
  return errors;
}

export type ReferralReady = { ok: true; fields: ReferralFieldsInput };
export type ReferralInputResult = ReferralReady | { ok: false; errors: ReferralErrors };

/**
 * The fields as the API takes them, text trimmed and empty optional text left out. `needsFitReason`:
 * warnings are on screen, so the worker must say why they go on (the main process insists too).
 * Consent is something that happened, so not after `today` (the planned day may lie ahead).
 */
export function toReferralInput(values: ReferralValues, needsFitReason: boolean, today: string): ReferralInputResult {
  const errors: ReferralErrors = destinationErrors(values);
  if (needsFitReason && values.fitReason.trim() === '') errors.fitReason = 'referrals:validation.fitReasonRequired';
  if (values.reason.trim() === '') errors.reason = 'referrals:validation.reasonRequired';
  if (values.question.trim() === '') errors.question = 'referrals:validation.questionRequired';
  if (!isLocalDate(values.consentOn)) errors.consentOn = 'referrals:validation.dateInvalid';
  else if (values.consentOn > today) errors.consentOn = 'referrals:validation.consentInFuture';
  if (!isLocalDate(values.plannedOn)) errors.plannedOn = 'referrals:validation.dateInvalid';
  const destination = destinationInput(values);
  if (destination === undefined || Object.keys(errors).length > 0) return { ok: false, errors };

  const fields: ReferralFieldsInput = {
    destination,
    reason: values.reason.trim(),
    question: values.question.trim(),
    share: values.share,
    consentOn: values.consentOn,
    plannedOn: values.plannedOn,
  };
  const background = values.background.trim();
  if (background !== '') fields.background = background;
  const consentNote = values.consentNote.trim();
  if (consentNote !== '') fields.consentNote = consentNote;
  const fitReason = values.fitReason.trim();
  // Only sent with warnings on screen: without them there is nothing to give a reason for.
  if (needsFitReason && fitReason !== '') fields.fitReason = fitReason;
  return { ok: true, fields };
}

/** The main process's issues (`['fields', 'destination', 'name']`, `['fields', 'fitReason']`) on the form's fields. */
export function errorsFromReferralIssues(issues: readonly FieldIssue[], source: DestinationSource): ReferralErrors {
  const errors: ReferralErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path;
    const [first, second] = path;
    // A problem with the destination as a whole lands on its first field.
    const wholeDestination = source === 'directory' ? 'serviceId' : 'name';
    const field = first === 'destination' ? (fieldIn(destinationFields, second) ?? wholeDestination) : fieldIn(topFields, first);
    if (field !== undefined) errors[field] ??= issue.messageKey;
  }
  return errors;
}

export function firstInvalidReferralField(errors: ReferralErrors): ReferralFormField | undefined {
  return referralFormFields.find((field) => errors[field] !== undefined);
}
