import type { CallInput, CallName, CallOutput } from './contract';
import type { ApiResult } from './errors';

/**
 * The whole surface the renderer sees as `window.api`, identical under Electron (preload) and in
 * the browser host (bridge script). The renderer imports only this type, never the schemas.
 */
export interface VerbindApi {
  invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

export type { ApiErrorCode, ApiErrorData, ApiResult, FieldIssue } from './errors';
export type { CallInput, CallName, CallOutput } from './contract';
export type {
  AgeGroup,
  Client,
  ClientFieldsInput,
  ClientFlag,
  ClientProfileInput,
  ClientStatus,
  CloseReason,
  HouseholdType,
  ReferralSource,
  StatusChange,
} from '../domain/clients/client';
export type { ClientSummary } from '../domain/clients/client-summary';
export type { ClientSortKey } from '../domain/clients/client-search';
export type { Agreement, AgreementOwner, Contact, ContactFieldsInput, ContactType } from '../domain/contacts/contact';
export type { Appointment, AppointmentFieldsInput } from '../domain/agenda/appointment';
export type { AgendaDay } from '../domain/agenda/agenda';
export type { Attention } from '../domain/attention/attention';
export type { ClientOverview } from '../services/clients/client-overview';
export type { CsvImportDone, CsvImportPreview, IgnoredColumn } from '../services/transfer/csv-import-service';
export type { CsvExport } from '../services/transfer/csv-export-service';
export type { ImportIssue, ImportRow } from '../domain/transfer/client-rows';
export type { ColumnMapping } from '../domain/transfer/column-mapping';
export type { ClientFieldName, ClientImportField } from '../domain/transfer/import-fields';
export type { Preferences, Language } from '../services/preferences/preferences-schema';
export type { ProgrammeRun, SessionRecord, SessionRecordFieldsInput } from '../domain/programme/programme-run';
export type { Exercise, Phase, PhaseId, ProgrammeTemplate, Session } from '../domain/programme/programme-template';
export type { PhaseProgress } from '../domain/programme/phase-guidance';
export type { ProgrammeView } from '../services/programme/programme-service';
export type { TemplateSummary } from '../services/programme/template-store';
export type { AnswerOption, ScaleBand, ScaleDefinition, ScaleItem } from '../domain/measures/scale-definition';
export type { ScoreResult, ScoringOutcome } from '../domain/measures/score-scale';
export type { ScoreSeries, SeriesPoint, AverageChangeOutcome } from '../domain/measures/score-series';
export type { Measurement, MeasurementMoment, MomentState } from '../domain/measures/measurement';
export type { ScoredMeasurement, StressPointView } from '../services/measures/measure-service';
export type { ServiceEntry, ServiceFieldsInput, ServiceFormat, ServiceKind, ServicePhase } from '../domain/directory/service-entry';
export type { DirectoryImportDone, DirectoryImportPreview, DirectoryImportRow } from '../domain/directory/directory-transfer';
export type {
  Destination,
  DestinationInput,
  FitWarning,
  FitWarningCode,
  Referral,
  ReferralFieldsInput,
  ReferralStatus,
  ReferralStep,
  ShareItem,
} from '../domain/referrals/referral';
export type { OpenReferral } from '../domain/referrals/open-referrals';
export type { DocumentJobView, DocumentKind, DocumentRequestInput } from './contract/documents';
export type { SecurityState } from './contract/security';
