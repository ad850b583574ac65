import type { DocumentBasics } from './document-letterhead';

type Row = readonly string[];

/**
 * Everything Verbind keeps about one client, every text ready to print: the answer to an access
 * request (AVG art. 15). Unlike the other documents it holds the notes too, because the client has
 * the right to read them.
 */
export interface AccessExportModel extends DocumentBasics {
  client: { name: string; details: ReadonlyArray<{ label: string; value: string }> };
  statusHistory: readonly Row[];
  contacts: ReadonlyArray<{ heading: string; facts: ReadonlyArray<{ label: string; value: string }>; notes: string; agreements: readonly Row[] }>;
  appointments: readonly Row[];
  programmes: ReadonlyArray<{
    heading: string;
    facts: ReadonlyArray<{ label: string; value: string }>;
    sessions: ReadonlyArray<{ heading: string; facts: ReadonlyArray<{ label: string; value: string }>; notes: string }>;
  }>;
  measurements: readonly Row[];
  referrals: ReadonlyArray<{ heading: string; facts: ReadonlyArray<{ label: string; value: string }>; steps: readonly Row[] }>;
  consents: readonly Row[];
  auditRecords: readonly Row[];
}
