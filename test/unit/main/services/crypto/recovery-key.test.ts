import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from '../../../../../main/services/crypto/recovery-key';

describe('recovery key', () => {
  it('is 32 readable characters in groups of four, different every time', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newRecoveryKey()).not.toBe(key);
  });

  it('reads back the same bytes, forgiving case, spaces and letters that look like digits', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, index) => (index * 37 + 11) % 256);
    const key = formatRecoveryKey(bytes);
    expect(parseRecoveryKey(key)).toEqual(bytes);
    expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
    expect(parseRecoveryKey(key.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(bytes);
  });

  it('refuses text that is not a recovery key', () => {
    expect(parseRecoveryKey('')).toBeUndefined();
    expect(parseRecoveryKey('ABCD-EFGH')).toBeUndefined();
    expect(parseRecoveryKey('U'.repeat(32))).toBeUndefined();
  });
});
