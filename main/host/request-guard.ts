import { timingSafeEqual } from 'node:crypto';

export interface GuardedRequest {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

/** Static files hold no client data; for them only the Host header is checked (DNS rebinding). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`].includes(host.toLowerCase());
}

function isOwnOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && url.origin === origin.toLowerCase() && isOwnHost(url.host, port);
  } catch {
    return false;
  }
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser host is reachable from every web page the worker opens, so each API request must
 * prove it comes from the page we served: the Host header is ours (defeats DNS rebinding), any
 * Origin is ours, and the per-run token matches.
 */
export function isTrustedRequest(request: GuardedRequest, port: number, token: string): boolean {
  if (!isOwnHost(request.host, port)) return false;
  if (request.origin !== undefined && !isOwnOrigin(request.origin, port)) return false;
  return tokensEqual(request.token ?? '', token);
}
