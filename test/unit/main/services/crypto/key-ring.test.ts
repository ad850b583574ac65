import { describe, expect, it } from 'vitest';
import { minimumScrypt } from '../../../../../main/services/crypto/derive-key';
import {
  createKeyRing,
  KeyRingError,
  keyRingSchema,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../../../main/services/crypto/key-ring';

const now = new Date('2025-03-01T09:00:00.000Z');

// Real scrypt (N=2^17, ~0.4 s a call), several times per test: room for a busy 2-core runner.
describe('key ring', { timeout: 30_000 }, () => {
  it('unlocks the same data key with the passphrase or the recovery key, and stores neither', async () => {
    const { ring, dataKey, recoveryKey } = await createKeyRing('lange zin met één ë', minimumScrypt, now);
    expect(keyRingSchema.parse(ring)).toEqual(ring);
    expect(JSON.stringify(ring)).not.toContain('lange zin');
    expect(JSON.stringify(ring)).not.toContain(recoveryKey);
    expect(ring.kdf).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(await unlockWithPassphrase(ring, 'lange zin met één ë')).toEqual(dataKey);
    // The same passphrase typed with a decomposed ë (e + combining diaeresis) still unlocks.
    expect(await unlockWithPassphrase(ring, 'lange zin met één e\u0308')).toEqual(dataKey);
    expect(await unlockWithRecoveryKey(ring, recoveryKey.toLowerCase())).toEqual(dataKey);
  });

  it('says the passphrase or recovery key is wrong, without anything else', async () => {
    const { ring, recoveryKey } = await createKeyRing('juiste wachtzin', minimumScrypt, now);
    await expect(unlockWithPassphrase(ring, 'verkeerde wachtzin')).rejects.toEqual(new KeyRingError('wrong_secret'));
    const otherKey = recoveryKey.startsWith('0') ? `1${recoveryKey.slice(1)}` : `0${recoveryKey.slice(1)}`;
    await expect(unlockWithRecoveryKey(ring, otherKey)).rejects.toEqual(new KeyRingError('wrong_secret'));
    await expect(unlockWithRecoveryKey(ring, 'geen sleutel')).rejects.toEqual(new KeyRingError('wrong_secret'));
  });

  it('refuses a ring whose scrypt parameters were lowered, even with the right passphrase', async () => {
    const { ring } = await createKeyRing('juiste wachtzin', minimumScrypt, now);
    const weakened = { ...ring, kdf: { ...ring.kdf, N: 2 ** 10 } };
    await expect(unlockWithPassphrase(weakened, 'juiste wachtzin')).rejects.toEqual(new KeyRingError('weak_parameters'));
  });

  it('changes the passphrase without changing the data key; the old one stops working, the recovery key keeps working', async () => {
    const { ring, dataKey, recoveryKey } = await createKeyRing('oude wachtzin', minimumScrypt, now);
    const later = new Date('2025-04-01T09:00:00.000Z');
    const changed = await rewrapPassphrase(ring, dataKey, 'nieuwe wachtzin', minimumScrypt, later);
    expect(changed.changedAt).toBe(later.toISOString());
    expect(changed.kdf.salt).not.toBe(ring.kdf.salt);
    expect(await unlockWithPassphrase(changed, 'nieuwe wachtzin')).toEqual(dataKey);
    await expect(unlockWithPassphrase(changed, 'oude wachtzin')).rejects.toBeInstanceOf(KeyRingError);
    expect(await unlockWithRecoveryKey(changed, recoveryKey)).toEqual(dataKey);
  });
});
