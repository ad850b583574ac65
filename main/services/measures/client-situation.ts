import { builtinScales } from '../../domain/measures/builtin-scales';
import { scoreScale } from '../../domain/measures/score-scale';
import { phaseGuidance, stressLevel, type HeldSession, type PhaseProgress } from '../../domain/programme/phase-guidance';
import { currentRun, type ProgrammeRun } from '../../domain/programme/programme-run';
import type { PhaseId, ProgrammeTemplate } from '../../domain/programme/programme-template';
import type { ClientDocument } from '../storage/client-document';

/**
 * Where a client stands now, read from their file: the programme phase, the latest loneliness band
 * and the latest stress check-in. Phase guidance and the referral fit check both read it from here,
 * so the programme tab and a referral warning never disagree about the same client.
 */
export interface ClientSituation {
  /** The phase of the running programme; unknown without one. */
  currentPhase?: PhaseId;
  lonelinessBand?: string;
  latestStress?: number;
}

/** The latest loneliness band of the client, from the De Jong Gierveld scales (newest scored total). */
export function latestLonelinessBand(document: Pick<ClientDocument, 'measurements'>): string | undefined {
  const sorted = [...document.measurements].sort((a, b) => b.takenOn.localeCompare(a.takenOn));
  for (const measurement of sorted) {
    const scale = builtinScales[measurement.scaleId as keyof typeof builtinScales];
    if (!scale || !measurement.scaleId.startsWith('de-jong-gierveld')) continue;
    const outcome = scoreScale(scale, measurement.answers);
    if (outcome.ok && outcome.total.status !== 'incomplete' && outcome.total.band) return outcome.total.band.key;
  }
  return undefined;
}

/** The sessions of a run that have an attendance, as phase guidance reads them. */
function heldSessions(run: ProgrammeRun): HeldSession[] {
  return run.sessions
    .filter((record) => record.attendance !== undefined)
    .map((record) => ({
      sessionNumber: record.number,
      attendance: record.attendance!,
      ...(record.stressBefore !== undefined ? { stressBefore: record.stressBefore } : {}),
      ...(record.stressAfter !== undefined ? { stressAfter: record.stressAfter } : {}),
      ...(record.contactStepPlanned !== undefined ? { contactStepPlanned: record.contactStepPlanned } : {}),
    }));
}

/**
 * The stress level of the most recent attended session of any of the client's programmes, by the
 * rule phase guidance uses for a session (start value, else end value); undefined when none has one.
 */
export function latestStress(document: Pick<ClientDocument, 'programmes'>): number | undefined {
  const attended = document.programmes
    .flatMap((run) => run.sessions)
    .filter((record) => record.attendance === 'attended')
    .sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));
  for (const record of attended) {
    const level = stressLevel(record);
    if (level !== undefined) return level;
  }
  return undefined;
}

/** Progress and guidance of one run of the client, with the client's latest loneliness band. */
export function programmeProgress(document: Pick<ClientDocument, 'measurements'>, run: ProgrammeRun, template: ProgrammeTemplate, stillHighThreshold: number): PhaseProgress {
  return phaseGuidance({ template, sessions: heldSessions(run), lonelinessBand: latestLonelinessBand(document), stillHighThreshold });
}

export function clientSituation(
  document: Pick<ClientDocument, 'measurements' | 'programmes'>,
  templateOf: (run: ProgrammeRun) => ProgrammeTemplate,
  stillHighThreshold: number,
): ClientSituation {
  const situation: ClientSituation = {};
  const run = currentRun(document.programmes);
  if (run) situation.currentPhase = programmeProgress(document, run, templateOf(run), stillHighThreshold).currentPhase;
  const band = latestLonelinessBand(document);
  if (band !== undefined) situation.lonelinessBand = band;
  const stress = latestStress(document);
  if (stress !== undefined) situation.latestStress = stress;
  return situation;
}
