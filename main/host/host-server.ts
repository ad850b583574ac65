import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatcher';
import { ApiError } from '../api/errors';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { isOwnHost, isTrustedRequest } from './request-guard';
import { readStatic } from './static-files';

export interface HostServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  bridgeScript: string;
  token: string;
  port: number;
}

export interface HostServer {
  readonly url: string;
  close(): Promise<void>;
}

const maxBodyBytes = 2 * 1024 * 1024;

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': type });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The body as text, or undefined when it is too large (then drained, so the client gets an answer). */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes * 16) {
      request.destroy();
      return undefined;
    }
    if (size <= maxBodyBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** The page the host serves: the built renderer with the token and the bridge script added. */
function withBridge(indexHtml: string, token: string): string {
  return indexHtml.replace(
    '<head>',
    `<head>\n    <meta name="verbind-token" content="${token}" />\n    <script src="./verbind-bridge.js"></script>`,
  );
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only. The API is the same dispatcher the
 * Electron shell binds to IPC: POST /api/<name> with a JSON body, answered with the call's result.
 */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  let port = options.port;

  async function handleApi(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    const trusted = isTrustedRequest(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        token: typeof request.headers['x-verbind-token'] === 'string' ? request.headers['x-verbind-token'] : undefined,
      },
      port,
      options.token,
    );
    if (!trusted) return sendJson(response, 403, { ok: false, error: new ApiError('unauthorised').toData() });
    if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) {
      return sendJson(response, 405, { ok: false, error: new ApiError('invalid_input').toData() });
    }
    const body = await readBody(request);
    let input: unknown;
    try {
      input = body === undefined ? undefined : JSON.parse(body);
    } catch {
      input = undefined;
    }
    if (input === undefined) return sendJson(response, 400, { ok: false, error: new ApiError('invalid_input').toData() });
    sendJson(response, 200, await options.dispatch(name, input, { transport: 'http' }));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, decodeURIComponent(url.pathname.slice(5)));
    if (!isOwnHost(request.headers.host, port)) return send(response, 403, 'text/plain', 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/verbind-bridge.js') return send(response, 200, 'text/javascript; charset=utf-8', options.bridgeScript);
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain', 'Not found');
    if (file.type.startsWith('text/html')) {
      return send(response, 200, file.type, withBridge(file.body.toString('utf8'), options.token));
    }
    send(response, 200, file.type, file.body);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: new ApiError('internal').toData() });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
