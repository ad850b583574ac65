import { describe, expect, it } from 'vitest';
import {
  applyProfile,
  clientFieldsSchema,
  clientProfileInputSchema,
  clientSchema,
  type Client,
  type ClientFieldsInput,
} from '../../../../../main/domain/clients/client';

const base: ClientFieldsInput = { givenName: 'Anna', familyName: 'de Vries' };

/** The translation keys zod reported, per field path. */
function refusal(input: unknown): { path: string; messages: string[] }[] {
  const result = clientFieldsSchema.safeParse(input);
  if (result.success) throw new Error(`Expected a refusal for ${JSON.stringify(input)}`);
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), messages: [issue.message] }));
}

function messagesFor(input: unknown, field: string): string[] {
  return refusal(input)
    .filter((issue) => issue.path === field)
    .flatMap((issue) => issue.messages);
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('clientFieldsSchema', () => {
  it('trims every text and defaults the status to registered', () => {
    const parsed = clientFieldsSchema.parse({
      givenName: '  Anna ',
      familyName: '\tde Vries\n',
      phone: ' 06-12345678 ',
      email: ' anna@example.nl ',
      address: '  Dorpsstraat 1, Utrecht  ',
    });
    expect(parsed).toEqual({
      givenName: 'Anna',
      familyName: 'de Vries',
      phone: '06-12345678',
      email: 'anna@example.nl',
      address: 'Dorpsstraat 1, Utrecht',
      flags: [],
      status: 'registered',
    });
  });

  it.each([
    ['an empty given name', { ...base, givenName: '' }, 'givenName', 'clients:validation.givenNameRequired'],
    ['a given name of spaces', { ...base, givenName: '   ' }, 'givenName', 'clients:validation.givenNameRequired'],
    ['a missing given name', { familyName: 'de Vries' }, 'givenName', 'clients:validation.givenNameRequired'],
    ['a given name that is a number', { ...base, givenName: 42 }, 'givenName', 'clients:validation.givenNameRequired'],
    ['an empty family name', { ...base, familyName: '' }, 'familyName', 'clients:validation.familyNameRequired'],
    ['a missing family name', { givenName: 'Anna' }, 'familyName', 'clients:validation.familyNameRequired'],
    ['a given name over 100 characters', { ...base, givenName: 'a'.repeat(101) }, 'givenName', 'clients:validation.tooLong'],
    ['an address over 300 characters', { ...base, address: 'a'.repeat(301) }, 'address', 'clients:validation.tooLong'],
  ])('refuses %s with a translation key on the field', (_label, input, field, key) => {
    expect(messagesFor(input, field)).toEqual([key]);
  });

  it('accepts names at the length limit, counted after trimming', () => {
    expect(clientFieldsSchema.safeParse({ ...base, givenName: ` ${'a'.repeat(100)} ` }).success).toBe(true);
  });

  it('turns an emptied optional text into "no value", never ""', () => {
    const parsed = clientFieldsSchema.parse({ ...base, phone: '', email: '   ', address: '' });
    expect(parsed.phone).toBeUndefined();
    expect(parsed.email).toBeUndefined();
    expect(parsed.address).toBeUndefined();
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({ givenName: 'Anna', familyName: 'de Vries', flags: [], status: 'registered' });
  });

  describe('date of birth', () => {
    it.each(['1900-01-01', '1985-06-15', '2000-02-29'])('accepts the calendar date %s', (date) => {
      expect(clientFieldsSchema.parse({ ...base, dateOfBirth: date }).dateOfBirth).toBe(date);
    });

    it('accepts yesterday, whatever day the test runs', () => {
      const yesterday = new Date();
      yesterday.setDate(yesterday.getDate() - 1);
      expect(clientFieldsSchema.safeParse({ ...base, dateOfBirth: localIsoDate(yesterday) }).success).toBe(true);
    });

    it.each(['2023-02-29', '1900-02-29', '1985-13-01', '1985-04-31', '15-06-1985', '1985-6-15', '1985-06-15T00:00:00Z', ''])(
      'refuses %j as not a real date',
      (date) => {
        expect(messagesFor({ ...base, dateOfBirth: date }, 'dateOfBirth')).toContain('clients:validation.dateInvalid');
      },
    );

    it('refuses a birth date before 1900 as a typing mistake', () => {
      expect(messagesFor({ ...base, dateOfBirth: '1899-12-31' }, 'dateOfBirth')).toEqual([
        'clients:validation.dateOfBirthTooEarly',
      ]);
    });
  });

  describe('phone', () => {
    it.each(['+31 6 1234 5678', '020-1234567', '(020) 123 45 67', '0031.20.1234567', '112233'])('accepts %s', (phone) => {
      expect(clientFieldsSchema.parse({ ...base, phone }).phone).toBe(phone);
    });

    it.each(['call me', '12345', '06-1234x678', '06 1234 5678 ext. 2'])('refuses %j', (phone) => {
      expect(messagesFor({ ...base, phone }, 'phone')).toContain('clients:validation.phoneInvalid');
    });

    it('refuses a phone number over 40 characters', () => {
      expect(messagesFor({ ...base, phone: '0'.repeat(41) }, 'phone')).toContain('clients:validation.tooLong');
    });
  });

  describe('email', () => {
    it.each(['anna@example.nl', 'a.b-c+d@sub.example.org'])('accepts %s', (email) => {
      expect(clientFieldsSchema.parse({ ...base, email }).email).toBe(email);
    });

    it.each(['not-an-email', 'anna@', '@example.nl', 'anna example@x.nl', 'anna@@example.nl'])('refuses %j', (email) => {
      expect(messagesFor({ ...base, email }, 'email')).toEqual(['clients:validation.emailInvalid']);
    });
  });

  it('refuses a status that does not exist', () => {
    expect(clientFieldsSchema.safeParse({ ...base, status: 'archived' }).success).toBe(false);
  });

  it('is strict: unknown keys are refused, not silently dropped', () => {
    const result = clientFieldsSchema.safeParse({ ...base, bsn: '123456782' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['bsn'] })]);
  });

  it('does not let the caller choose the id or timestamps of a new client', () => {
    for (const key of ['id', 'createdAt', 'updatedAt']) {
      expect(clientFieldsSchema.safeParse({ ...base, [key]: 'x' }).success, key).toBe(false);
    }
  });
});

describe('the v2 profile fields', () => {
  it('keeps each flag once, in the order chosen', () => {
    expect(clientFieldsSchema.parse({ ...base, flags: ['safety_concern', 'recent_loss', 'safety_concern'] }).flags).toEqual([
      'safety_concern',
      'recent_loss',
    ]);
  });

  it('refuses a flag, age group, household or referral source that does not exist', () => {
    for (const [key, value] of [
      ['flags', ['lonely']],
      ['ageGroup', 'baby'],
      ['household', 'castle'],
      ['referredBy', 'police'],
    ] as const) {
      expect(clientFieldsSchema.safeParse({ ...base, [key]: value }).success, key).toBe(false);
    }
  });

  it('refuses an end date before the start date, on the end date field', () => {
    expect(messagesFor({ ...base, startDate: '2025-03-01', endDate: '2025-02-28' }, 'endDate')).toEqual(['clients:validation.endBeforeStart']);
    expect(clientFieldsSchema.safeParse({ ...base, startDate: '2025-03-01', endDate: '2025-03-01' }).success).toBe(true);
  });

  it('lets the profile schema (used for edits) not carry a status: that changes only through its own call', () => {
    expect(clientProfileInputSchema.safeParse({ ...base, status: 'closed' }).success).toBe(false);
    expect(clientProfileInputSchema.parse(base)).toEqual({ ...base, flags: [] });
  });

  it('keeps "what matters" exactly, apart from the outer spaces', () => {
    const text = 'Haar kat, Minoes.\n\n  Zondag: kerk 🙏';
    expect(clientFieldsSchema.parse({ ...base, whatMatters: `  ${text}  ` }).whatMatters).toBe(text);
  });
});

describe('applyProfile', () => {
  it('copies the given fields and removes the ones the worker emptied, never storing undefined', () => {
    const stored = { id: 'x', phone: '06-12345678', email: 'a@b.nl', status: 'active' };
    const result = applyProfile(stored, clientProfileInputSchema.parse({ ...base, phone: '', email: 'c@d.nl' }));
    expect(result).toEqual({ id: 'x', status: 'active', givenName: 'Anna', familyName: 'de Vries', email: 'c@d.nl', flags: [] });
    expect(Object.keys(result)).not.toContain('phone');
    expect(stored.phone).toBe('06-12345678');
  });
});

describe('clientSchema', () => {
  const stored: Client = {
    id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10',
    givenName: 'Anna',
    familyName: 'de Vries',
    dateOfBirth: '1950-04-01',
    phone: '06-12345678',
    email: 'anna@example.nl',
    address: 'Dorpsstraat 1',
    flags: ['recent_loss'],
    status: 'active',
    statusHistory: [
      { to: 'registered', at: '2025-01-02T10:00:00.000Z', by: 'Sanne' },
      { from: 'registered', to: 'intake', at: '2025-01-02T11:00:00.000Z', by: 'Sanne' },
      { from: 'intake', to: 'active', at: '2025-01-03T10:00:00.000Z', by: 'Sanne' },
    ],
    createdAt: '2025-01-02T10:00:00.000Z',
    updatedAt: '2025-01-03T10:00:00.000Z',
  };

  it('accepts a stored client and refuses one with an empty name, a bad id or no status history', () => {
    expect(clientSchema.safeParse(stored).success).toBe(true);
    expect(clientSchema.safeParse({ ...stored, givenName: '' }).success).toBe(false);
    expect(clientSchema.safeParse({ ...stored, id: 'not-a-uuid' }).success).toBe(false);
    expect(clientSchema.safeParse({ ...stored, statusHistory: [] }).success).toBe(false);
    expect(clientSchema.safeParse({ ...stored, flags: undefined }).success).toBe(false);
  });

  it('does not depend on the clock: a stored birth date "in the future" of a wrong clock still reads', () => {
    expect(clientSchema.safeParse({ ...stored, dateOfBirth: '2999-01-01' }).success).toBe(true);
  });
});
