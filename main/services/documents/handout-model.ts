import type { DocumentBasics } from './document-letterhead';

/** One session (or aftercare check-in) on a handout: what it is about, what to do, room to write. */
export interface HandoutSection {
  /** "Bijeenkomst 3: Je eigen behoeften". */
  heading: string;
  phaseName: string;
  aim: string;
  exercises: ReadonlyArray<{ title: string; minutes: number; instructions: string }>;
  homework?: string | undefined;
  questions: readonly string[];
}

/** A handout for a client, in plain language, texts in the chosen language. */
export interface HandoutModel extends DocumentBasics {
  /** 16–18 pt body text instead of 10–11 pt. */
  largeType: boolean;
  programmeName: string;
  /** For a phase handout: the phase and why it matters, on the first page. */
  phase?: { name: string; purpose: string };
  sections: readonly HandoutSection[];
}
