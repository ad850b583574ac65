import type { DocumentBasics, Sender } from './document-letterhead';

/**
 * A referral letter as it is printed, every text ready to show. It holds only what the client
 * agreed to share: the assembler leaves the other fields out, so the builder cannot print them.
 */
export interface ReferralLetterModel extends DocumentBasics {
  sender: Sender;
  receiver: {
    name: string;
    /** What kind of service, e.g. "Sociaal wijkteam". */
    kind: string;
    contactPerson?: string | undefined;
    address?: string | undefined;
    phone?: string | undefined;
    email?: string | undefined;
  };
  client: {
    name: string;
    dateOfBirth?: string | undefined;
    address?: string | undefined;
    phone?: string | undefined;
  };
  reason: string;
  question: string;
  background?: string | undefined;
  programme?: {
    name: string;
    startedOn: string;
    currentPhase?: string | undefined;
    sessionsDone: number;
    sessionsPlanned: number;
  };
  /** Latest result per questionnaire; absent when not shared or not asked for. */
  scores?: ReadonlyArray<{ scale: string; takenOn: string; result: string }>;
  consent: {
    on: string;
    /** What the client agreed to share, the name first. */
    shared: readonly string[];
  };
}
