import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedDataFiles } from '../../../../../main/services/crypto/encrypted-data-files';
import { EnvelopeError } from '../../../../../main/services/crypto/file-envelope';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const key = new Uint8Array(randomBytes(32));
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('encrypted data files', () => {
  it('stores whole files encrypted on disk and reads them back', async () => {
    const dir = await makeTempDir();
    const files = encryptedDataFiles(createDataFiles(dir), key);
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/a.json', encode('{"givenName":"Zoë Bakker"}'));
    const onDisk = await fsp.readFile(path.join(dir, 'caseload/clients/a.json'));
    expect(onDisk.includes(Buffer.from('Bakker'))).toBe(false);
    expect(decode(await files.read('caseload/clients/a.json'))).toBe('{"givenName":"Zoë Bakker"}');
    expect(await files.read('caseload/clients/missing.json')).toBeUndefined();
    expect(await files.list('caseload/clients')).toEqual(['a.json']);
  });

  it('refuses a file copied over another one, and a plain file where an encrypted one belongs', async () => {
    const dir = await makeTempDir();
    const files = encryptedDataFiles(createDataFiles(dir), key);
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/a.json', encode('A'));
    await files.write('caseload/clients/b.json', encode('B'));
    await fsp.copyFile(path.join(dir, 'caseload/clients/a.json'), path.join(dir, 'caseload/clients/b.json'));
    await expect(files.read('caseload/clients/b.json')).rejects.toEqual(new EnvelopeError('damaged'));
    await fsp.writeFile(path.join(dir, 'caseload/clients/c.json'), '{"plain":true}');
    await expect(files.read('caseload/clients/c.json')).rejects.toEqual(new EnvelopeError('not_sealed'));
  });

  it('appends log records one by one, each encrypted, and reads the log back in order', async () => {
    const dir = await makeTempDir();
    const files = encryptedDataFiles(createDataFiles(dir), key);
    await files.ensureFolder('audit');
    await files.append('audit/log.jsonl', encode('{"n":1}\n'));
    await files.append('audit/log.jsonl', encode('{"n":2}\n'));
    // A new session (a fresh wrapper) appends to the same log.
    await encryptedDataFiles(createDataFiles(dir), key).append('audit/log.jsonl', encode('{"n":3}\n'));
    expect((await fsp.readFile(path.join(dir, 'audit/log.jsonl'), 'latin1')).includes('"n"')).toBe(false);
    expect(decode(await files.read('audit/log.jsonl'))).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
  });

  it('keeps reading a log after a record torn by a crash, and marks the torn one', async () => {
    const dir = await makeTempDir();
    const files = encryptedDataFiles(createDataFiles(dir), key);
    await files.ensureFolder('audit');
    await files.append('audit/log.jsonl', encode('{"n":1}\n'));
    await fsp.appendFile(path.join(dir, 'audit/log.jsonl'), '\nVkJFMQAAAAAAAAAAAA');
    await encryptedDataFiles(createDataFiles(dir), key).append('audit/log.jsonl', encode('{"n":2}\n'));
    expect(decode(await files.read('audit/log.jsonl'))).toBe('{"n":1}\n\n<unreadable record>\n{"n":2}\n');
  });

  it('reads a log whose first append a crash cut short (empty, or part of the header) as empty, and appends to it', async () => {
    for (const [n, torn] of ['', 'V', 'VBL1'].entries()) {
      const dir = await makeTempDir();
      await fsp.mkdir(path.join(dir, 'caseload'));
      await fsp.writeFile(path.join(dir, `caseload/${n}.log`), torn);
      const files = encryptedDataFiles(createDataFiles(dir), key);
      expect(await files.read(`caseload/${n}.log`)).toEqual(new Uint8Array());
      await files.append(`caseload/${n}.log`, encode('{"n":1}\n'));
      expect(decode(await files.read(`caseload/${n}.log`))).toBe('{"n":1}\n');
    }
  });

  it('will not append encrypted records to a plain log', async () => {
    const dir = await makeTempDir();
    await fsp.mkdir(path.join(dir, 'audit'));
    await fsp.writeFile(path.join(dir, 'audit/log.jsonl'), '{"n":1}\n');
    const files = encryptedDataFiles(createDataFiles(dir), key);
    await expect(files.append('audit/log.jsonl', encode('{"n":2}\n'))).rejects.toEqual(new EnvelopeError('not_sealed'));
    expect(await fsp.readFile(path.join(dir, 'audit/log.jsonl'), 'utf8')).toBe('{"n":1}\n');
  });
});
