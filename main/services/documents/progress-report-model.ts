import type { DocumentBasics, Sender } from './document-letterhead';

/** One questionnaire in the report: its results as a table and as a chart over time. */
export interface ScaleSection {
  name: string;
  /** The citation, as the instrument asks to be cited. */
  source: string;
  /** "A conversation aid, not a diagnosis." */
  usageNote: string;
  range: { min: number; max: number };
  /** Subscale names, the table's columns after the total. */
  subscales: readonly string[];
  rows: ReadonlyArray<{ date: string; moment: string; total: string; subscales: readonly string[] }>;
  chart: {
    xLabels: readonly string[];
    series: ReadonlyArray<{ label: string; values: ReadonlyArray<number | undefined> }>;
  };
}

/** A client's progress report, every text ready to show. Session notes are never part of it. */
export interface ProgressReportModel extends DocumentBasics {
  preparedBy: Sender;
  client: { name: string; status: string };
  programme?: {
    name: string;
    startedOn: string;
    mode: string;
    /** Running, finished or stopped. */
    runStatus: string;
    currentPhase?: string | undefined;
    sessionsDone: number;
    sessionsPlanned: number;
    sessionsMissed: number;
  };
  sessions: ReadonlyArray<{ number: number; date: string; title: string; phase: string; attendance: string; stress: string }>;
  stress: {
    /** "Spanning daalt: van 7 naar 4". */
    trend: string;
    threshold: number;
    /** Attended sessions with a check-in, in order. */
    points: ReadonlyArray<{ session: number; before?: number | undefined; after?: number | undefined }>;
  };
  scales: readonly ScaleSection[];
  agreements: {
    open: ReadonlyArray<{ text: string; owner: string; due: string; agreedOn: string }>;
    done: ReadonlyArray<{ text: string; owner: string; doneOn: string }>;
  };
  nextSteps: {
    nextSession?: string | undefined;
    guidance: readonly string[];
    openAgreements: readonly string[];
  };
}
