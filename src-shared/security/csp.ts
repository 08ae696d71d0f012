/**
 * The renderer's Content-Security-Policy. Sent as a header by main's app:// protocol
 * handler and written as a <meta> tag into built HTML (so the browser preview enforces
 * the same policy).
 *
 * Why these sources:
 * - connect-src 'self': the renderer has no network; sync goes through IPC to main.
 * - style-src 'unsafe-inline': Mantine writes its CSS variables into a <style> tag at
 *   runtime. Inline *styles* cannot run code; inline *scripts* stay forbidden.
 * - blob:/data: for images, fonts and generated PDFs previewed in the app.
 */
export const rendererCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives only a response header can carry (ignored in <meta>). */
export const rendererCspHeaderOnly = "frame-ancestors 'none'";
