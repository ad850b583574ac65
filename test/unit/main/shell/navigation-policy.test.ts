import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isSafeExternalUrl } from '../../../../main/shell/navigation-policy';

describe('navigation policy', () => {
  it.each([
    ['app://verbind/index.html', true],
    ['app://verbind/#/clients/1', true],
    ['APP://VERBIND/index.html', true],
    ['app://verbind/../../etc/passwd', true], // normalised to our own origin; the protocol handler refuses the path
    ['app://verbind.evil/index.html', false],
    ['app://verbindx/index.html', false],
    ['app://evil/verbind', false],
    ['app://user@evil/index.html', false],
    ['https://verbind/index.html', false],
    ['http://127.0.0.1:3000/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });
});

describe('external links', () => {
  it.each([
    ['https://www.rijksoverheid.nl/', true],
    ['mailto:huisarts@example.nl', true],
    ['http://example.nl/', false],
    ['https://user:pass@example.nl/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['app://verbind/index.html', false],
    ['', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
