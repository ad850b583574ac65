import type { DocumentBasics } from './document-letterhead';

export interface CountRow {
  label: string;
  count: number;
}

/**
 * The caseload in numbers for management and funders. Anonymised by construction: it holds labels
 * and counts only, never a name, a date of birth or a note.
 */
export interface CaseloadSummaryModel extends DocumentBasics {
  /** "1 januari 2026 tot en met 31 maart 2026", or everything up to today. */
  period: string;
  clients: { total: number; byStatus: readonly CountRow[]; byAgeGroup: readonly CountRow[]; byPhase: readonly CountRow[] };
  contacts: { total: number; inPeriod: number; byType: ReadonlyArray<{ label: string; total: number; inPeriod: number }> };
  referrals: { inPeriod: number; byStatus: readonly CountRow[] };
  scoreChanges: ReadonlyArray<{
    scale: string;
    /** "Intake → Einde (week 8)". */
    moments: string;
    n: number;
    meanFrom: string;
    meanTo: string;
    meanChange: string;
  }>;
}
