import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import type { OpenReferral } from '../../domain/referrals/open-referrals';
import {
  destinationInputSchema,
  fitWarningSchema,
  referralFieldsSchema,
  referralMoveSchema,
  referralSchema,
} from '../../domain/referrals/referral';
import { defineCall } from './define-call';

const referralId = z.uuid({ error: 'errors:validation.idInvalid' });

export const referralsContract = {
  'referrals.list': defineCall({
    summary: "A client's referrals, newest first.",
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.array(referralSchema),
  }),
  'referrals.checkFit': defineCall({
    summary: "Why a destination may not fit the client's current phase or latest scores (empty when it fits).",
    input: z.strictObject({ clientId: clientIdSchema, destination: destinationInputSchema }),
    output: z.array(fitWarningSchema),
  }),
  'referrals.create': defineCall({
    summary:
      'Plans a referral. When the destination does not fit now, it is refused (issue at `fields.fitReason`) unless a reason to go on is given; the warnings and reason are kept.',
    input: z.strictObject({ clientId: clientIdSchema, fields: referralFieldsSchema }),
    output: referralSchema,
  }),
  'referrals.update': defineCall({
    summary: 'Changes an open referral (not its status); refused with `conflict` if it changed meanwhile.',
    input: z.strictObject({ clientId: clientIdSchema, referralId, expectedUpdatedAt: z.iso.datetime(), fields: referralFieldsSchema }),
    output: referralSchema,
  }),
  'referrals.move': defineCall({
    summary: 'Moves a referral one step in its pipeline, dated and with a note; only allowed steps are accepted.',
    input: z.strictObject({ clientId: clientIdSchema, referralId, expectedUpdatedAt: z.iso.datetime(), step: referralMoveSchema }),
    output: referralSchema,
  }),
  'referrals.delete': defineCall({
    summary: 'Deletes a referral entered by mistake; only while it is still planned (otherwise withdraw it).',
    input: z.strictObject({ clientId: clientIdSchema, referralId, expectedUpdatedAt: z.iso.datetime() }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'referrals.open': defineCall({
    summary: 'Open referrals across the caseload, longest waiting first; those waiting too long are marked.',
    input: z.strictObject({}),
    output: z.custom<OpenReferral[]>(),
  }),
};
