import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={createApiClient(window.api)} i18n={createI18n()} />
  </StrictMode>,
);
