import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Both CI cores run test files at once: a screen that appears after a few awaited calls may take
// longer than Testing Library's default second on a busy runner, without anything being wrong.
configure({ asyncUtilTimeout: 4000 });

// Each render gets its own i18n instance (see render-app.tsx), so a language switch in one test
// never leaks into the next. What is shared — the DOM, the URL, <html lang> — is reset here.
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'nl';
  document.title = '';
});
