/** What an erasure removes, counted; the audit tombstone carries these numbers and nothing else. */
export interface ErasureCounts {
  contacts: number;
  agreements: number;
  appointments: number;
  programmeRuns: number;
  sessions: number;
  sessionNotes: number;
  measurements: number;
  referrals: number;
  consents: number;
}

interface CountedFile {
  contacts: ReadonlyArray<{ agreements: readonly unknown[] }>;
  appointments: readonly unknown[];
  programmes: ReadonlyArray<{ sessions: ReadonlyArray<{ notes: string }> }>;
  measurements: readonly unknown[];
  referrals: readonly unknown[];
  consents: readonly unknown[];
}

export function erasureCounts(file: CountedFile): ErasureCounts {
  const sessions = file.programmes.flatMap((run) => run.sessions);
  return {
    contacts: file.contacts.length,
    agreements: file.contacts.reduce((sum, contact) => sum + contact.agreements.length, 0),
    appointments: file.appointments.length,
    programmeRuns: file.programmes.length,
    sessions: sessions.length,
    sessionNotes: sessions.filter((session) => session.notes.trim() !== '').length,
    measurements: file.measurements.length,
    referrals: file.referrals.length,
    consents: file.consents.length,
  };
}

/** `contacts:12;agreements:3;…`: counts only, so the audit log keeps no trace of the person. */
export function erasureDetail(counts: ErasureCounts): string {
  return Object.entries(counts)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
}

/** Names compared as a person reads them: case, accents kept, runs of spaces and outer spaces ignored. */
export function sameName(typed: string, expected: string): boolean {
  const fold = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return fold(typed) === fold(expected);
}
