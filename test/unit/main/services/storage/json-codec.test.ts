import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  clientDocumentMigrations,
  clientDocumentSchema,
  clientDocumentVersion,
} from '../../../../../main/services/storage/client-document';
import { DecodeError, decodeDocument, encodeDocument, type DecodeFailure } from '../../../../../main/services/storage/json-codec';
import type { Migration } from '../../../../../main/services/storage/migrations';
import { sampleClient, sampleDocument } from '../../support/core';

const id = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const decodeClient = (bytes: Uint8Array) => decodeDocument(bytes, clientDocumentSchema, clientDocumentMigrations, clientDocumentVersion);

function failure(bytes: Uint8Array): DecodeFailure | undefined {
  try {
    decodeClient(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof DecodeError) return error.reason;
    throw error;
  }
}

describe('decodeDocument / encodeDocument', () => {
  it('round-trips a client document', () => {
    const document = sampleDocument(id, { phone: '06-12345678' });
    const bytes = encodeDocument(document);
    expect(new TextDecoder().decode(bytes).endsWith('}\n')).toBe(true);
    expect(decodeClient(bytes)).toEqual(document);
  });

  const valid = new TextDecoder().decode(encodeDocument({ schemaVersion: 1, client: sampleClient(id) }));

  it.each<[string, Uint8Array, DecodeFailure]>([
    ['text that is not JSON', Buffer.from('hello'), 'not_json'],
    ['truncated JSON', Buffer.from(valid.slice(0, valid.length / 2)), 'not_json'],
    ['a zero-filled file', Buffer.alloc(512), 'not_json'],
    ['an empty file', Buffer.alloc(0), 'not_json'],
    ['invalid UTF-8 inside a string', Buffer.concat([Buffer.from(valid.slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(valid.slice(40))]), 'not_json'],
    ['a flipped byte that breaks the syntax', Buffer.from(valid.replace('"client"', '"client"!')), 'not_json'],
    ['JSON of the wrong shape', Buffer.from('{"schemaVersion":1,"client":{"id":"x"}}'), 'invalid_schema'],
    ['a client with an unknown field', Buffer.from(JSON.stringify({ schemaVersion: 1, client: { ...sampleClient(id), bsn: '1' } })), 'invalid_schema'],
    ['no schemaVersion', Buffer.from(JSON.stringify({ client: sampleClient(id) })), 'invalid_schema'],
    ['a JSON array', Buffer.from('[]'), 'invalid_schema'],
    ['a newer schemaVersion', Buffer.from(JSON.stringify({ schemaVersion: clientDocumentVersion + 1, client: {} })), 'newer_version'],
  ])('reports %s as %s', (_label, bytes, reason) => {
    expect(failure(bytes)).toBe(reason);
  });

  it('migrates an older document before checking it against the schema', () => {
    const schema = z.strictObject({ schemaVersion: z.literal(2), name: z.string() });
    const migrations: Migration[] = [{ version: 2, description: 'rename', up: ({ naam, ...rest }) => ({ ...rest, name: naam }) }];
    expect(decodeDocument(Buffer.from('{"schemaVersion":1,"naam":"Anna"}'), schema, migrations, 2)).toEqual({
      schemaVersion: 2,
      name: 'Anna',
    });
  });
});
