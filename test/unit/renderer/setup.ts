import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each render gets its own i18n instance (see render-app.tsx), so a language switch in one test
// never leaks into the next. What is shared — the DOM, the URL, <html lang> — is reset here.
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'nl';
  document.title = '';
});
