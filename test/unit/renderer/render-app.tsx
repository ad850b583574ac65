import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApiClient } from '../../../renderer/api/api-client';
import { App } from '../../../renderer/app/app';
import { createI18n } from '../../../renderer/i18n/i18n';
import { FakeApi } from './fake-api';

/**
 * Renders the whole renderer against a fake API, as the worker would meet it: start-up calls,
 * routing and all. `hash` opens a given screen (as after a reload); without it the app restores
 * `preferences.lastView`.
 */
export function renderApp(options: { api?: FakeApi; hash?: string } = {}) {
  const api = options.api ?? new FakeApi();
  window.history.replaceState(null, '', options.hash === undefined ? '/' : `/${options.hash}`);
  const i18n = createI18n();
  const user = userEvent.setup();
  const view = render(<App client={createApiClient(api)} i18n={i18n} />);
  return { api, i18n, user, ...view };
}

export { FakeApi };
