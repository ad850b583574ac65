import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../main/shell/trusted-sender';

describe('IPC sender check', () => {
  it('serves our main frame', () => {
    expect(isTrustedSender({ url: 'app://verbind/index.html#/caseload', parent: null })).toBe(true);
  });

  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a subframe, even of our own origin', () => {
    expect(isTrustedSender({ url: 'app://verbind/index.html', parent: { url: 'app://verbind/index.html' } })).toBe(false);
  });

  it.each(['https://evil.example/', 'app://verbind.evil/', 'file:///tmp/x.html', 'data:text/html,x', 'about:blank'])(
    'refuses a main frame showing %s',
    (url) => {
      expect(isTrustedSender({ url, parent: null })).toBe(false);
    },
  );
});
