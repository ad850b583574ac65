import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '../api/api-client';
import { ApiProvider } from '../api/api-context';
import { AppStart } from './app-start';

/** The whole renderer, given its API client and i18n instance (real ones in main.tsx, fakes in tests). */
export function App({ client, i18n }: { client: ApiClient; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <AppStart i18n={i18n} />
      </ApiProvider>
    </I18nextProvider>
  );
}
