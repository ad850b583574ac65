import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Contact } from '../../../../../main/domain/contacts/contact';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import type { Measurement, MeasurementMoment } from '../../../../../main/domain/measures/measurement';
import type { ScaleDefinition } from '../../../../../main/domain/measures/scale-definition';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import type { ProgrammeRun, SessionRecord } from '../../../../../main/domain/programme/programme-run';
import type { Referral, ShareItem } from '../../../../../main/domain/referrals/referral';
import type { Client } from '../../../../../main/domain/clients/client';
import type { DocumentBasics } from '../../../../../main/services/documents/document-letterhead';
import type { Language } from '../../../../../main/services/preferences/preferences-schema';
import type { ClientDocument } from '../../../../../main/services/storage/client-document';
import { sampleDocument } from '../../support/core';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A small opaque RGB PNG (a blue block with a lighter stripe), made here so no binary fixture is needed. */
export function tinyPng(width = 24, height = 8): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: height }, (_, y) =>
      Buffer.concat([Buffer.from([0]), ...Array.from({ length: width }, () => Buffer.from(y % 4 === 0 ? [120, 170, 220] : [31, 78, 121]))]),
    ),
  );
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

export const pngDataUrl = (png: Buffer = tinyPng()) => `data:image/png;base64,${png.toString('base64')}`;

export const organisationName = 'Stichting Welzijn Oost – Ééndracht';

export function basicsFor(language: Language, logo?: Uint8Array): DocumentBasics {
  return {
    language,
    dateText: language === 'nl' ? '4 december 2026' : '4 December 2026',
    createdAt: new Date('2026-12-04T10:00:00.000Z'),
    organisation: { name: organisationName, address: 'Dorpsstraat 1, 1234 AB Utrecht', phone: '030 123 4567', email: 'info@welzijnoost.nl', logo },
  };
}

export const djg11 = builtinScales['de-jong-gierveld-11'] as ScaleDefinition;

/** Answers to every item of a scale that give exactly `total` (the first `total` items count 1). */
export function answersScoring(scale: ScaleDefinition, total: number): Record<string, string> {
  return Object.fromEntries(
    scale.items.map((item, index) => {
      const wanted = index < total ? 1 : 0;
      const option = Object.entries(item.scores).find(([, score]) => score === wanted);
      if (!option) throw new Error(`${scale.id} item ${item.id} has no answer scoring ${wanted}`);
      return [item.id, option[0]];
    }),
  );
}

export function measurement(takenOn: string, moment: MeasurementMoment, total: number, scale: ScaleDefinition = djg11): Measurement {
  return {
    id: randomUUID(),
    scaleId: scale.id,
    scaleVersion: scale.version,
    moment,
    takenOn,
    answers: answersScoring(scale, total),
    createdAt: `${takenOn}T10:00:00.000Z`,
    createdBy: 'Test',
  };
}

/** The default 8-week programme started on 2 November 2026, with the first `attended` sessions held. */
export function programmeRun(attended: number, stress: ReadonlyArray<readonly [number, number]> = []): ProgrammeRun {
  const sessions: SessionRecord[] = defaultTemplate.sessions.map((session, index) => {
    const day = new Date(Date.UTC(2026, 10, 2 + 7 * index, 9));
    const record: SessionRecord = {
      number: session.number,
      plannedAt: day.toISOString(),
      doneExercises: [],
      notes: index < attended ? `Sessienotitie ${session.number}: alleen voor het dossier.` : '',
      homework: '',
      updatedAt: day.toISOString(),
      updatedBy: 'Test',
    };
    if (index < attended) {
      record.attendance = 'attended';
      const levels = stress[index];
      if (levels) {
        record.stressBefore = levels[0];
        record.stressAfter = levels[1];
      }
    }
    return record;
  });
  return {
    id: randomUUID(),
    templateId: defaultTemplate.id,
    templateVersion: defaultTemplate.version,
    startDate: '2026-11-02',
    mode: 'individual',
    status: 'running',
    sessions,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

export function contactWith(at: string, agreements: Contact['agreements'], summary = 'Gespreksnotitie: vertrouwelijk.'): Contact {
  return {
    id: randomUUID(),
    at,
    type: 'home_visit',
    summary,
    agreements,
    createdAt: at,
    updatedAt: at,
    createdBy: 'Test',
    updatedBy: 'Test',
  };
}

export function referral(share: ShareItem[], overrides: Partial<Referral> = {}): Referral {
  return {
    id: randomUUID(),
    destination: {
      name: 'Buurtkamer De Linde',
      kind: 'meeting_place',
      format: 'group',
      phases: ['connect'],
      contactPerson: 'Femke de Boer',
      phone: '020 765 4321',
      email: 'femke@delinde.nl',
      address: 'Lindelaan 4, 3512 AB Utrecht',
    },
    reason: 'Mevrouw wil graag weer onder de mensen komen, in een kleine en rustige groep.',
    question: 'Kunt u mevrouw een plek bieden bij de koffieochtend op dinsdag?',
    background: 'Woont sinds het overlijden van haar man alleen. Eerder geprobeerd: een wandelgroep (te druk).',
    share,
    consentOn: '2026-11-27',
    consentNote: 'Alleen telefonisch bellen na 10 uur.',
    plannedOn: '2026-11-28',
    status: 'planned',
    history: [{ to: 'planned', on: '2026-11-28', at: '2026-11-28T10:00:00.000Z', by: 'Test' }],
    createdAt: '2026-11-28T10:00:00.000Z',
    createdBy: 'Test',
    updatedAt: '2026-11-28T10:00:00.000Z',
    updatedBy: 'Test',
    ...overrides,
  };
}

/** A client file with the given parts; the client is Zoë Bakker-Çelik unless overridden. */
export function clientFile(parts: Partial<Omit<ClientDocument, 'client'>> & { client?: Partial<Client> } = {}): ClientDocument {
  const base = sampleDocument(randomUUID(), {
    givenName: 'Zoë',
    familyName: 'Bakker-Çelik',
    dateOfBirth: '1948-05-17',
    address: 'Kerkstraat 12, 3511 LK Utrecht',
    phone: '06 1234 5678',
    ageGroup: 'older_adult',
    ...parts.client,
  });
  const { client: _client, ...rest } = parts;
  return { ...base, ...rest };
}
