import type { DocumentOutlet } from '../../services/documents/document-outlet';
import type { DocumentService } from '../../services/documents/document-service';
import type { Handlers } from '../dispatcher';

type DocumentCalls = 'documents.start' | 'documents.status' | 'documents.save' | 'documents.open' | 'documents.discard';

/** Without an outlet (browser host, tests) the renderer downloads or opens the finished bytes itself. */
export function documentHandlers(documents: DocumentService, outlet: DocumentOutlet | undefined): Pick<Handlers, DocumentCalls> {
  return {
    'documents.start': async ({ request }) => ({ jobId: documents.start(request) }),
    'documents.status': async ({ jobId }) => documents.jobs.view(jobId),
    'documents.save': async ({ jobId }) => {
      const document = documents.jobs.finished(jobId);
      if (!outlet) return { outcome: 'unsupported' as const };
      return { outcome: await outlet.save(document.fileName, document.bytes) };
    },
    'documents.open': async ({ jobId }) => {
      const document = documents.jobs.finished(jobId);
      if (!outlet) return { outcome: 'unsupported' as const };
      return { outcome: await outlet.open(document.fileName, document.bytes) };
    },
    'documents.discard': async ({ jobId }) => {
      documents.jobs.discard(jobId);
      return { discarded: true as const };
    },
  };
}
