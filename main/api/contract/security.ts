import { z } from 'zod';
import { maxPassphraseLength, minPassphraseLength } from '../../domain/security/passphrase-rules';
import { defineCall } from './define-call';

const passphrase = z
  .string({ error: 'security:validation.passphraseRequired' })
  .min(minPassphraseLength, { error: 'security:validation.passphraseTooShort' })
  .max(maxPassphraseLength, { error: 'security:validation.passphraseTooLong' });
// Unlocking checks nothing but the key itself: a rule tightened later must not lock anyone out.
const anyPassphrase = z.string().min(1, { error: 'security:validation.passphraseRequired' }).max(maxPassphraseLength, { error: 'security:validation.passphraseTooLong' });

const recoveryKeyInput = z.string().min(1, { error: 'security:validation.recoveryKeyRequired' }).max(100);

export const securityStates = ['setup_needed', 'locked', 'unlocked'] as const;
export type SecurityState = (typeof securityStates)[number];

export const securityContract = {
  'security.status': defineCall({
    summary: 'Whether the caseload still needs a passphrase, is locked, or is open; and after how many idle minutes it locks.',
    input: z.strictObject({}),
    output: z.object({
      state: z.enum(securityStates),
      lockAfterMinutes: z.number().int(),
      /** Set up over a caseload kept without encryption by an earlier version: it is encrypted during set-up. */
      hasUnencryptedData: z.boolean(),
      /** The OS keychain (Electron safeStorage): whether this computer offers it, and whether it is turned on. */
      keychain: z.object({ available: z.boolean(), enabled: z.boolean() }),
    }),
  }),
  'security.setup': defineCall({
    summary:
      'First start: encrypts the caseload with a key wrapped by the passphrase; returns the recovery key, shown once. Refused when already set up.',
    input: z.strictObject({
      passphrase,
      /** The worker confirmed they understand: without passphrase and recovery key the data cannot be recovered. */
      understood: z.literal(true, { error: 'security:validation.understoodRequired' }),
    }),
    output: z.object({ recoveryKey: z.string() }),
  }),
  'security.unlock': defineCall({
    summary: 'Opens the caseload with the passphrase or the recovery key; a wrong one is refused and changes nothing.',
    input: z.union([z.strictObject({ passphrase: anyPassphrase }), z.strictObject({ recoveryKey: recoveryKeyInput })]),
    output: z.object({ unlocked: z.literal(true) }),
  }),
  'security.lock': defineCall({
    summary: 'Locks now: the key leaves memory and every caseload call is refused until unlocked.',
    input: z.strictObject({}),
    output: z.object({ locked: z.literal(true) }),
  }),
  'security.changePassphrase': defineCall({
    summary:
      'Replaces the passphrase, proven by the current one or, when it is forgotten, by the recovery key; the recovery key keeps working.',
    input: z.union([
      z.strictObject({ current: anyPassphrase, next: passphrase }),
      z.strictObject({ recoveryKey: recoveryKeyInput, next: passphrase }),
    ]),
    output: z.object({ changed: z.literal(true) }),
  }),
  'security.unlockWithKeychain': defineCall({
    summary: "Opens the caseload with the key kept in the computer's keychain, when the worker turned that on.",
    input: z.strictObject({}),
    output: z.object({ unlocked: z.literal(true) }),
  }),
  'security.setKeychain': defineCall({
    summary: "Turns unlocking with the computer's keychain on or off (only while unlocked); the passphrase keeps working.",
    input: z.strictObject({ enabled: z.boolean() }),
    output: z.object({ enabled: z.boolean() }),
  }),
};
