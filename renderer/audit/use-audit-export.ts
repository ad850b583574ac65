import { useState } from 'react';
import type { CallInput } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { base64ToBytes, downloadFile } from '../transfer/file-bytes';

type Format = CallInput<'audit.export'>['format'];

export type AuditExportState =
  | { phase: 'idle' }
  | { phase: 'busy'; format: Format }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; error: ApiCallError; format: Format };

const types: Record<Format, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/**
 * Exports the log (the chosen period and client) and hands the file over like the caseload CSV:
 * a download in the browser host, the save dialog in Electron.
 */
export function useAuditExport(filter: Omit<CallInput<'audit.export'>, 'format'>) {
  const api = useApi();
  const [state, setState] = useState<AuditExportState>({ phase: 'idle' });
  const run = async (format: Format) => {
    setState({ phase: 'busy', format });
    try {
      const result = await api.call('audit.export', { format, ...filter });
      downloadFile(result.fileName, base64ToBytes(result.contentBase64), types[format]);
      setState({ phase: 'done', fileName: result.fileName });
    } catch (error) {
      setState({ phase: 'failed', error: toApiCallError(error), format });
    }
  };
  return { state, run };
}
