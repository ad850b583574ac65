/**
 * The renderer's Content-Security-Policy: only our own scripts, styles, images and API, no inline
 * code, no eval, nothing remote. `renderer/index.html` carries the same string (a test keeps them
 * equal); the browser host and the Electron protocol handler also send it as a header.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
