import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createApiClient } from '../../../../renderer/api/api-client';
import { ApiProvider } from '../../../../renderer/api/api-context';
import { App } from '../../../../renderer/app/app';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { SecuredFakeApi } from './secured-fake-api';

/** The whole renderer against the scripted security API; `fakeTimers` when the test moves the clock. */
export function renderSecuredApp(api: SecuredFakeApi, options: { hash?: string; fakeTimers?: boolean } = {}) {
  window.history.replaceState(null, '', options.hash === undefined ? '/' : `/${options.hash}`);
  const i18n = createI18n();
  const user = userEvent.setup(options.fakeTimers ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {});
  const view = render(<App client={createApiClient(api)} i18n={i18n} />);
  return { api, i18n, user, ...view };
}

/** One component with the API and i18n it needs, outside the app (a form the Settings page will hold). */
export function renderWithApi(ui: ReactNode, api: SecuredFakeApi) {
  const i18n = createI18n();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={createApiClient(api)}>{ui}</ApiProvider>
    </I18nextProvider>,
  );
  return { api, i18n, user, ...view };
}

export { SecuredFakeApi };
