import type { ServiceFields } from './service-entry';

/**
 * A problem with one cell of a row: the field and a translation key. The same shape as the API's
 * FieldIssue, declared here because main/domain/ imports nothing from main/api/.
 */
export interface DirectoryRowIssue {
  path: (string | number)[];
  messageKey: string;
}

/** One data row of a directory CSV, as the preview shows it. */
export interface DirectoryImportRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  outcome: 'new' | 'duplicate' | 'invalid';
  fields?: ServiceFields;
  /** For a duplicate: the name of the entry it matches (same name and kind). */
  duplicateOf?: string;
  issues?: DirectoryRowIssue[];
}

export interface DirectoryImportPreview {
  rows: DirectoryImportRow[];
  counts: { new: number; duplicate: number; invalid: number };
}

export interface DirectoryImportDone {
  added: number;
  skippedDuplicates: number;
  skippedInvalid: number;
}
