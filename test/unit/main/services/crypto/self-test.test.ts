import { describe, expect, it, vi } from 'vitest';

// The cipher a broken or tampered build might ship: it "encrypts" by returning the plaintext.
const broken = vi.hoisted(() => ({ on: false }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    createCipheriv: ((...args: Parameters<typeof real.createCipheriv>) => {
      const cipher = real.createCipheriv(...args);
      if (!broken.on) return cipher;
      return Object.assign(cipher, { update: (data: Buffer) => Buffer.from(data), final: () => Buffer.alloc(0) });
    }) as typeof real.createCipheriv,
  };
});

const { cryptoSelfTest, CryptoSelfTestError } = await import('../../../../../main/services/crypto/self-test');

describe('crypto self-test at start-up', () => {
  it('passes on a sound crypto library', async () => {
    broken.on = false;
    await expect(cryptoSelfTest()).resolves.toBeUndefined();
  });

  it('stops Verbind when AES-GCM does not give the published answer', async () => {
    broken.on = true;
    await expect(cryptoSelfTest()).rejects.toEqual(new CryptoSelfTestError('aes_gcm'));
    broken.on = false;
  });
});
