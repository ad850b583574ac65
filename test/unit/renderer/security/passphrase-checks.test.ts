import { describe, expect, it } from 'vitest';
import enSecurity from '../../../../locales/en/security.json';
import nlSecurity from '../../../../locales/nl/security.json';
import { maxPassphraseLength, minPassphraseLength } from '../../../../main/domain/security/passphrase-rules';
import { issuesByField, newPassphraseProblem, repeatProblem } from '../../../../renderer/security/passphrase-checks';

describe('passphrase checks before sending', () => {
  it('asks for one, at least the minimum length and at most the maximum', () => {
    expect(newPassphraseProblem('')).toBe('security:validation.passphraseRequired');
    expect(newPassphraseProblem('a'.repeat(minPassphraseLength - 1))).toBe('security:validation.passphraseTooShort');
    expect(newPassphraseProblem('a'.repeat(minPassphraseLength))).toBeUndefined();
    expect(newPassphraseProblem('a'.repeat(maxPassphraseLength))).toBeUndefined();
    expect(newPassphraseProblem('a'.repeat(maxPassphraseLength + 1))).toBe('security:validation.passphraseTooLong');
  });

  it('never trims: spaces are part of a passphrase', () => {
    expect(newPassphraseProblem(' '.repeat(minPassphraseLength))).toBeUndefined();
    expect(repeatProblem('zin met spatie ', 'zin met spatie')).toBe('security:validation.passphraseMismatch');
  });

  it('places the main process’s issues on known fields only, the first per field', () => {
    const placed = issuesByField(
      [
        { path: ['passphrase'], messageKey: 'security:validation.passphraseTooShort' },
        { path: ['passphrase'], messageKey: 'security:validation.passphraseTooLong' },
        { path: ['other'], messageKey: 'errors:validation.invalid' },
      ],
      ['passphrase', 'understood'] as const,
    );
    expect(placed).toEqual({ passphrase: 'security:validation.passphraseTooShort' });
  });

  // The main process sends these keys without values, so the numbers are written out in the text.
  it('says the same limits as the rules, in both languages', () => {
    for (const texts of [nlSecurity, enSecurity]) {
      expect(texts.validation.passphraseTooShort).toContain(String(minPassphraseLength));
      expect(texts.validation.passphraseTooLong).toContain(String(maxPassphraseLength));
    }
  });
});
