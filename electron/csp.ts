/**
 * The Content-Security-Policy sent with every response of the app:// protocol (protocol.ts).
 * Pure module so tests can read it without electron.
 *
 * Why strict: the renderer shows text typed by users and imported from .delegation files; if a
 * rendering bug ever let markup through, the CSP is what stops it becoming script. So scripts
 * only from the app's own files, no inline script or eval, no plugins, no framing, no forms
 * posting anywhere. style-src has no 'unsafe-inline' either: Vite emits CSS as files, and React's
 * `style={…}` props set styles through the CSSOM, which CSP does not block.
 *
 * The one frame is the programme preview (features/documents): a sandboxed iframe (no scripts)
 * showing a blob: document the renderer builds from 'documents:html'. A blob: document INHERITS
 * this policy (on top of its own meta policy), so what it needs is allowed here, and no more:
 * frame-src blob:, its stylesheet as a blob: (style-src blob:, still no inline styles), and its
 * fonts, which the document carries as data: URLs (font-src data:). Only the page's own scripts
 * can create blob: URLs, and data: fonts cannot run anything.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ['blob:'],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
