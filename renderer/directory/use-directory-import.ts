import { useRef, useState } from 'react';
import type { DirectoryImportDone, DirectoryImportPreview } from '../../main/api/api-types';
import { ApiCallError, toApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { bytesToBase64, readFileBytes } from '../transfer/file-bytes';
import type { ChosenFile } from '../transfer/use-csv-import';

/** The main process refuses more; saying so before reading and sending the file is kinder. */
export const maxDirectoryImportBytes = 5 * 1024 * 1024;

export type DirectoryCommit =
  | { phase: 'idle' | 'busy' }
  | { phase: 'done'; result: DirectoryImportDone }
  | { phase: 'failed'; error: ApiCallError };

const localError = (messageKey: string) => new ApiCallError({ code: 'invalid_input', messageKey });

/**
 * A colleague's directory CSV: read the chosen file, show what each row would become (nothing is
 * stored), then add the new rows on confirmation. The main process reads the file again and adds
 * them all or none. A file chosen while an older one is still being read wins.
 */
export function useDirectoryImport(onImported: () => void) {
  const api = useApi();
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [reading, setReading] = useState<string | undefined>();
  const [fileError, setFileError] = useState<ApiCallError | undefined>();
  const [preview, setPreview] = useState<DirectoryImportPreview | undefined>();
  const [commit, setCommit] = useState<DirectoryCommit>({ phase: 'idle' });
  const request = useRef(0);

  const reset = () => {
    request.current++;
    setFile(undefined);
    setReading(undefined);
    setFileError(undefined);
    setPreview(undefined);
    setCommit({ phase: 'idle' });
  };

  const choose = async (picked: File) => {
    reset();
    const ticket = request.current;
    if (picked.size > maxDirectoryImportBytes) {
      setFileError(localError('directory:csvImport.tooLarge'));
      return;
    }
    setReading(picked.name);
    try {
      const chosen = { name: picked.name, contentBase64: bytesToBase64(await readFileBytes(picked)) };
      if (ticket !== request.current) return;
      setFile(chosen);
      const result = await api.call('directory.previewImport', { contentBase64: chosen.contentBase64 });
      if (ticket !== request.current) return;
      setPreview(result);
    } catch (error) {
      if (ticket !== request.current) return;
      setFileError(error instanceof ApiCallError ? error : localError('directory:csvImport.unreadable'));
    } finally {
      if (ticket === request.current) setReading(undefined);
    }
  };

  const confirm = async () => {
    if (file === undefined) return;
    setCommit({ phase: 'busy' });
    try {
      const result = await api.call('directory.commitImport', { contentBase64: file.contentBase64 });
      setCommit({ phase: 'done', result });
      onImported();
    } catch (error) {
      setCommit({ phase: 'failed', error: toApiCallError(error) });
    }
  };

  return { file, reading, fileError, preview, commit, choose, confirm, reset };
}
