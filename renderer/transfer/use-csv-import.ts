import { useRef, useState } from 'react';
import type { ClientImportField, ColumnMapping, CsvImportDone, CsvImportPreview } from '../../main/api/api-types';
import { ApiCallError, toApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { bytesToBase64, readFileBytes } from './file-bytes';

/** The main process refuses more; saying so before reading and sending 20 MB is kinder. */
export const maxImportBytes = 20 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  contentBase64: string;
}

export type CommitState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; result: CsvImportDone }
  | { phase: 'failed'; error: ApiCallError };

const localError = (messageKey: string) => new ApiCallError({ code: 'invalid_input', messageKey });

/** A mapping change that took a column away from another field, to be told to the worker. */
export interface MovedColumn {
  column: number;
  field: ClientImportField;
  previous: ClientImportField;
}

/**
 * The import's steps: read the chosen file as bytes, ask for a preview (Verbind's column
 * suggestion first, then the worker's mapping), and import on confirmation. Only the newest
 * preview request counts; an answer to an older mapping is dropped.
 */
export function useCsvImport() {
  const api = useApi();
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [reading, setReading] = useState<string | undefined>();
  const [fileError, setFileError] = useState<ApiCallError | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [preview, setPreview] = useState<CsvImportPreview | undefined>();
  const [previewing, setPreviewing] = useState(false);
  const [mappingError, setMappingError] = useState<ApiCallError | undefined>();
  const [commit, setCommit] = useState<CommitState>({ phase: 'idle' });
  const request = useRef(0);

  const askPreview = async (chosen: ChosenFile, withMapping: ColumnMapping | undefined) => {
    const ticket = ++request.current;
    setPreviewing(true);
    try {
      const result = await api.call(
        'transfer.previewImport',
        withMapping === undefined ? { contentBase64: chosen.contentBase64 } : { contentBase64: chosen.contentBase64, mapping: withMapping },
      );
      if (ticket !== request.current) return;
      setPreview(result);
      setMapping(result.mapping);
      setMappingError(undefined);
    } catch (error) {
      if (ticket !== request.current) return;
      // Without a first preview the file itself is the problem; later, the mapping is.
      if (withMapping === undefined) setFileError(toApiCallError(error));
      else setMappingError(toApiCallError(error));
    } finally {
      if (ticket === request.current) setPreviewing(false);
    }
  };

  const reset = () => {
    request.current++;
    setFile(undefined);
    setReading(undefined);
    setFileError(undefined);
    setMapping(undefined);
    setPreview(undefined);
    setPreviewing(false);
    setMappingError(undefined);
    setCommit({ phase: 'idle' });
  };

  const choose = async (picked: File) => {
    reset();
    if (picked.size > maxImportBytes) {
      setFileError(localError('import:errors.tooLarge'));
      return;
    }
    setReading(picked.name);
    let chosen: ChosenFile;
    try {
      chosen = { name: picked.name, contentBase64: bytesToBase64(await readFileBytes(picked)) };
    } catch {
      setReading(undefined);
      setFileError(localError('import:errors.unreadable'));
      return;
    }
    setReading(undefined);
    setFile(chosen);
    await askPreview(chosen, undefined);
  };

  /** Points `field` at `column` (or at nothing); a column fills one field, so it leaves any other. */
  const mapField = (field: ClientImportField, column: number | undefined): MovedColumn | undefined => {
    if (file === undefined || mapping === undefined) return undefined;
    const next: ColumnMapping = { ...mapping };
    let moved: MovedColumn | undefined;
    if (column !== undefined) {
      for (const [other, used] of Object.entries(next) as Array<[ClientImportField, number | undefined]>) {
        if (other !== field && used === column) {
          delete next[other];
          moved = { column, field, previous: other };
        }
      }
      next[field] = column;
    } else {
      delete next[field];
    }
    setMapping(next);
    setCommit({ phase: 'idle' });
    void askPreview(file, next);
    return moved;
  };

  const confirm = async () => {
    if (file === undefined || mapping === undefined) return;
    setCommit({ phase: 'busy' });
    try {
      const result = await api.call('transfer.commitImport', { contentBase64: file.contentBase64, mapping });
      setCommit({ phase: 'done', result });
    } catch (error) {
      setCommit({ phase: 'failed', error: toApiCallError(error) });
    }
  };

  return { file, reading, fileError, mapping, preview, previewing, mappingError, commit, choose, mapField, confirm, reset };
}
