import type { FieldIssue } from '../../main/api/api-types';
import { maxPassphraseLength, minPassphraseLength } from '../../main/domain/security/passphrase-rules';

/**
 * What the forms check before anything is sent. The keys are the main process's own where it checks
 * the same rule, so a refusal reads the same whichever side noticed it first.
 */
export type ProblemKey =
  | 'security:validation.passphraseRequired'
  | 'security:validation.passphraseTooShort'
  | 'security:validation.passphraseTooLong'
  | 'security:validation.passphraseMismatch'
  | 'security:validation.understoodRequired'
  | 'security:validation.recoveryKeyRequired';

/** A passphrase that is about to protect the caseload (set-up, or the new one when changing it). */
export function newPassphraseProblem(passphrase: string): ProblemKey | undefined {
  if (passphrase === '') return 'security:validation.passphraseRequired';
  if (passphrase.length < minPassphraseLength) return 'security:validation.passphraseTooShort';
  if (passphrase.length > maxPassphraseLength) return 'security:validation.passphraseTooLong';
  return undefined;
}

/** Checked only once the first one is fine: "not the same" says nothing useful about a too-short one. */
export function repeatProblem(passphrase: string, repeat: string): ProblemKey | undefined {
  return passphrase === repeat ? undefined : 'security:validation.passphraseMismatch';
}

/** A new passphrase typed twice (set-up, a change, a new one after the recovery key). */
export function newPassphrasePairProblems(passphrase: string, repeat: string): { passphrase: ProblemKey | undefined; repeat: ProblemKey | undefined } {
  const problem = newPassphraseProblem(passphrase);
  return { passphrase: problem, repeat: problem === undefined ? repeatProblem(passphrase, repeat) : undefined };
}

/**
 * The main process's field issues as `field → message key`, the first per field. Issues on fields
 * this form does not show are left out; the caller shows the refusal as a whole instead.
 */
export function issuesByField<Field extends string>(
  issues: readonly FieldIssue[],
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const placed: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (field !== undefined && placed[field] === undefined) placed[field] = issue.messageKey;
  }
  return placed;
}

export function hasAny(problems: object): boolean {
  return Object.values(problems).some((problem) => problem !== undefined);
}
