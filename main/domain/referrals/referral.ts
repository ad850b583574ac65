import { z } from 'zod';
import { serviceFormats, serviceKinds, servicePhases } from '../directory/service-kinds';
import { fitWarningCodes, referralStatuses, shareItems } from './referral-status';

export {
  canMoveReferral,
  defaultReferralFollowUpDays,
  fitWarningCodes,
  isOpenReferral,
  nextReferralStatuses,
  referralStatuses,
  shareItems,
  type FitWarningCode,
  type ReferralStatus,
  type ShareItem,
} from './referral-status';

/**
 * A referral of one client to a service, kept in the client's file. The destination is copied at
 * planning time, so the letter and the history stay true when the directory entry changes or goes.
 * Input schemas carry translation keys (namespace `referrals`) as messages.
 */
const tooLong = { error: 'referrals:validation.tooLong' };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

const requiredText = (max: number, key: string) =>
  z.string({ error: key }).trim().min(1, { error: key }).max(max, tooLong);

const localDay = z.iso.date({ error: 'referrals:validation.dateInvalid' });

export const referralStatusSchema = z.enum(referralStatuses);

/** Where the client is referred to: an entry of the directory, or a destination typed in once. */
export const destinationInputSchema = z.discriminatedUnion(
  'source',
  [
    z.strictObject({ source: z.literal('directory'), serviceId: z.uuid({ error: 'referrals:validation.serviceRequired' }) }),
    z.strictObject({
      source: z.literal('free'),
      name: requiredText(150, 'referrals:validation.destinationRequired'),
      kind: z.enum(serviceKinds, { error: 'referrals:validation.kindRequired' }),
      format: z.enum(serviceFormats, { error: 'referrals:validation.formatRequired' }),
      phases: z.array(z.enum(servicePhases)).max(servicePhases.length).default([]),
      contactPerson: optionalText(100),
      phone: optionalText(40),
      email: optionalText(200),
      address: optionalText(300),
    }),
  ],
  { error: 'referrals:validation.destinationRequired' },
);
export type DestinationInput = z.input<typeof destinationInputSchema>;
export type DestinationChoice = z.output<typeof destinationInputSchema>;

/** The stored copy of the destination. */
export const destinationSchema = z.strictObject({
  serviceId: z.uuid().optional(),
  name: z.string().min(1).max(150),
  kind: z.enum(serviceKinds),
  format: z.enum(serviceFormats),
  phases: z.array(z.enum(servicePhases)),
  contactPerson: z.string().max(100).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  address: z.string().max(300).optional(),
});
export type Destination = z.infer<typeof destinationSchema>;

export const fitWarningSchema = z.strictObject({
  code: z.enum(fitWarningCodes),
  /** Values for the text, e.g. `{ phase: 'calm', band: 'severely-lonely' }`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FitWarning = z.infer<typeof fitWarningSchema>;

export const referralFieldsSchema = z.strictObject({
  destination: destinationInputSchema,
  reason: requiredText(2000, 'referrals:validation.reasonRequired'),
  question: requiredText(2000, 'referrals:validation.questionRequired'),
  /** A few lines for the letter: living situation, what has been tried. */
  background: optionalText(3000),
  /** What the client agreed to share besides their name; only these reach the letter. */
  share: z
    .array(z.enum(shareItems))
    .max(shareItems.length)
    .default([])
    .transform((items) => shareItems.filter((item) => items.includes(item))),
  consentOn: localDay,
  consentNote: optionalText(500),
  plannedOn: localDay,
  /** Why the worker goes on although the destination does not fit now; required when it does not. */
  fitReason: optionalText(1000),
});
export type ReferralFieldsInput = z.input<typeof referralFieldsSchema>;
export type ReferralFields = z.output<typeof referralFieldsSchema>;

export const referralStepSchema = z.strictObject({
  from: referralStatusSchema.optional(),
  to: referralStatusSchema,
  /** The day it happened (local date, may be earlier than when it was entered). */
  on: z.iso.date(),
  note: z.string().max(1000).optional(),
  at: z.iso.datetime(),
  by: z.string().max(100),
});
export type ReferralStep = z.infer<typeof referralStepSchema>;

export const referralSchema = z.strictObject({
  id: z.uuid(),
  destination: destinationSchema,
  reason: z.string().min(1).max(2000),
  question: z.string().min(1).max(2000),
  background: z.string().max(3000).optional(),
  share: z.array(z.enum(shareItems)),
  consentOn: z.iso.date(),
  consentNote: z.string().max(500).optional(),
  plannedOn: z.iso.date(),
  /** The warnings shown when it was planned and the reason the worker gave to go on. */
  fit: z.strictObject({ warnings: z.array(fitWarningSchema).min(1), reason: z.string().min(1).max(1000) }).optional(),
  status: referralStatusSchema,
  history: z.array(referralStepSchema).min(1),
  createdAt: z.iso.datetime(),
  createdBy: z.string().max(100),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().max(100),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralMoveSchema = z.strictObject({
  to: referralStatusSchema,
  on: localDay,
  note: optionalText(1000),
});
export type ReferralMove = z.output<typeof referralMoveSchema>;
