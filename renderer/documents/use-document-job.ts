import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentRequestInput } from '../../main/api/api-types';
import { ApiCallError, toApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { base64ToBytes, downloadFile } from '../transfer/file-bytes';

/** Often enough that the bar moves smoothly, rare enough that the main process is not kept busy. */
export const pollIntervalMs = 200;

/** A blob: URL handed to a new tab lives this long; the viewer has read it long before. */
const openUrlLifetimeMs = 60_000;

export type DocumentJob =
  | { phase: 'starting' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; jobId: string; fileName: string; pages: number }
  | { phase: 'failed'; error: ApiCallError };

export type DocumentAction =
  | { phase: 'idle' }
  | { phase: 'busy'; which: 'save' | 'open' }
  | { phase: 'saved' | 'cancelled' | 'downloaded' | 'opened' | 'openedInTab' | 'openBlocked'; fileName: string }
  | { phase: 'failed'; error: ApiCallError };

const pdfType = 'application/pdf';

/**
 * Makes one document in the background and follows it: starts the job, polls its status on a
 * timer (never a loop, so the page stays responsive), and offers Save and Open once it is done.
 * The job is discarded whenever the request changes, on retry and on unmount, so the finished PDF
 * (client data) does not stay in the main process's memory after the dialog closes.
 */
export function useDocumentJob(request: DocumentRequestInput) {
  const api = useApi();
  const [job, setJob] = useState<DocumentJob>({ phase: 'starting' });
  const [action, setAction] = useState<DocumentAction>({ phase: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const openUrls = useRef<string[]>([]);
  const key = JSON.stringify(request);

  useEffect(() => {
    let active = true;
    let timer: number | undefined;
    let jobId: string | undefined;
    setJob({ phase: 'starting' });
    setAction({ phase: 'idle' });

    const fail = (error: unknown) => {
      if (active) setJob({ phase: 'failed', error: toApiCallError(error) });
    };
    const poll = async (id: string) => {
      try {
        const view = await api.call('documents.status', { jobId: id });
        if (!active) return;
        if (view.state === 'running') {
          setJob({ phase: 'running', done: view.done, total: view.total });
          timer = window.setTimeout(() => void poll(id), pollIntervalMs);
        } else if (view.state === 'done') {
          // Only what the dialog shows; the bytes are fetched again when the worker saves or opens.
          setJob({ phase: 'done', jobId: id, fileName: view.fileName, pages: view.pages });
        } else {
          setJob({ phase: 'failed', error: new ApiCallError(view.error) });
        }
      } catch (error) {
        fail(error);
      }
    };

    api.call('documents.start', { request: JSON.parse(key) as DocumentRequestInput }).then(({ jobId: id }) => {
      jobId = id;
      if (active) void poll(id);
      else void api.call('documents.discard', { jobId: id }).catch(() => undefined);
    }, fail);

    return () => {
      active = false;
      window.clearTimeout(timer);
      // Forgetting is best effort: a job the main process already lost needs nothing more.
      if (jobId !== undefined) void api.call('documents.discard', { jobId }).catch(() => undefined);
    };
  }, [api, key, attempt]);

  useEffect(
    () => () => {
      for (const url of openUrls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const finished = job.phase === 'done' ? job : undefined;

  /** The finished PDF's bytes, asked for only when the renderer must hand them over itself. */
  const fetchBytes = useCallback(
    async (jobId: string) => {
      const view = await api.call('documents.status', { jobId });
      if (view.state !== 'done') throw new ApiCallError(view.state === 'failed' ? view.error : { code: 'internal', messageKey: 'errors:internal' });
      return { fileName: view.fileName, bytes: base64ToBytes(view.contentBase64) };
    },
    [api],
  );

  const save = useCallback(async () => {
    if (!finished) return;
    setAction({ phase: 'busy', which: 'save' });
    try {
      const { outcome } = await api.call('documents.save', { jobId: finished.jobId });
      if (outcome !== 'unsupported') {
        setAction({ phase: outcome, fileName: finished.fileName });
        return;
      }
      // No native save dialog (the browser host): the browser's own download takes over.
      const { fileName, bytes } = await fetchBytes(finished.jobId);
      downloadFile(fileName, bytes, pdfType);
      setAction({ phase: 'downloaded', fileName });
    } catch (error) {
      setAction({ phase: 'failed', error: toApiCallError(error) });
    }
  }, [api, fetchBytes, finished]);

  const open = useCallback(async () => {
    if (!finished) return;
    setAction({ phase: 'busy', which: 'open' });
    try {
      const { outcome } = await api.call('documents.open', { jobId: finished.jobId });
      if (outcome === 'opened') {
        setAction({ phase: 'opened', fileName: finished.fileName });
        return;
      }
      // No system viewer (the browser host): the browser's PDF viewer in a new tab, which prints too.
      const { fileName, bytes } = await fetchBytes(finished.jobId);
      const url = URL.createObjectURL(new Blob([bytes], { type: pdfType }));
      openUrls.current.push(url);
      window.setTimeout(() => URL.revokeObjectURL(url), openUrlLifetimeMs);
      // Not `noopener`: then window.open always returns null and a blocked pop-up goes unnoticed.
      const tab = window.open(url, '_blank');
      if (tab) {
        tab.opener = null;
        setAction({ phase: 'openedInTab', fileName });
      } else {
        downloadFile(fileName, bytes, pdfType);
        setAction({ phase: 'openBlocked', fileName });
      }
    } catch (error) {
      setAction({ phase: 'failed', error: toApiCallError(error) });
    }
  }, [api, fetchBytes, finished]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { job, action, save, open, retry };
}
