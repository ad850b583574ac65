import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ApiResult, CallInput, CallName, CallOutput, DocumentJobView, DocumentRequestInput, Language } from '../../../../main/api/api-types';
import { createApiClient } from '../../../../renderer/api/api-client';
import { ApiProvider } from '../../../../renderer/api/api-context';
import { DocumentButton } from '../../../../renderer/documents/document-button';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { FakeApi, fakeId } from '../fake-api';

/** "%PDF-1.7" and a little more: enough for a Blob whose bytes a test can read back. */
export const pdfBase64 = btoa('%PDF-1.7\n%test\n');

export const finished = (fileName = 'Voortgangsverslag.pdf', pages = 2): DocumentJobView => ({
  state: 'done',
  kind: 'progressReport',
  fileName,
  pages,
  contentBase64: pdfBase64,
});

/**
 * The documents calls answered from a script (the real core for everything else), so the dialog
 * can be tested before and apart from the PDF engine: each job walks through `script` one status
 * call at a time and then stays at its last state.
 */
export class DocumentsStub extends FakeApi {
  script: DocumentJobView[][] = [[finished()]];
  saveOutcome: 'saved' | 'cancelled' | 'unsupported' = 'unsupported';
  openOutcome: 'opened' | 'unsupported' = 'unsupported';
  readonly discarded: string[] = [];
  private readonly jobs = new Map<string, DocumentJobView[]>();
  private started = 0;

  override async invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    if (!name.startsWith('documents.')) return super.invoke(name, input);
    this.calls.push({ name, input: structuredClone(input) } as (typeof this.calls)[number]);
    const answer = (value: unknown) => ({ ok: true, value }) as ApiResult<CallOutput<N>>;
    const jobId = (input as { jobId?: string }).jobId ?? '';
    switch (name) {
      case 'documents.start': {
        const id = fakeId(900 + this.started);
        this.jobs.set(id, [...(this.script[Math.min(this.started, this.script.length - 1)] ?? [])]);
        this.started++;
        return answer({ jobId: id });
      }
      case 'documents.status': {
        const steps = this.jobs.get(jobId);
        if (steps === undefined) return { ok: false, error: { code: 'not_found', messageKey: 'errors:notFound' } };
        const view = steps.length > 1 ? steps.shift() : steps[0];
        return answer(view);
      }
      case 'documents.save':
        return answer({ outcome: this.saveOutcome });
      case 'documents.open':
        return answer({ outcome: this.openOutcome });
      case 'documents.discard':
        this.discarded.push(jobId);
        this.jobs.delete(jobId);
        return answer({ discarded: true });
      default:
        return { ok: false, error: { code: 'unknown_call', messageKey: 'errors:unknownCall' } };
    }
  }
}

/** A DocumentButton on its own, with the app's providers. */
export function renderDocumentButton<Api extends FakeApi = DocumentsStub>(
  options: { api?: Api; language?: Language; request?: DocumentRequestInput; label?: string } = {},
) {
  const api = options.api ?? new DocumentsStub();
  const i18n = createI18n(options.language);
  const user = userEvent.setup();
  const request: DocumentRequestInput = options.request ?? { kind: 'progressReport', language: options.language ?? 'nl', clientId: fakeId(1) };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={createApiClient(api)}>
        <input aria-label="Elders typen" />
        <DocumentButton request={request} label={options.label ?? 'Voortgangsverslag maken'} />
      </ApiProvider>
    </I18nextProvider>,
  );
  return { api, user, i18n, ...view };
}
