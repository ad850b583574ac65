import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../main/security/content-security-policy';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy', () => {
  it('allows only our own code: no inline, no eval, nothing remote', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const values of policy.values()) {
      expect(values.join(' ')).not.toMatch(/unsafe-|\*|https?:/);
    }
  });

  it('is the same string in the renderer page, source and built', () => {
    const pattern = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/;
    const source = readFileSync(path.join(repoRoot, 'renderer/index.html'), 'utf8');
    expect(pattern.exec(source)?.[1]?.replace(/\s+/g, ' ')).toBe(contentSecurityPolicy);
    const built = readFileSync(path.join(repoRoot, 'dist/renderer/index.html'), 'utf8');
    expect(pattern.exec(built)?.[1]?.replace(/\s+/g, ' ')).toBe(contentSecurityPolicy);
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(built).not.toMatch(/<style|\sstyle="/);
  });
});
