/**
 * The Content-Security-Policy sent with every response of the app:// protocol (protocol.ts).
 * Pure module so tests can read it without electron.
 *
 * Why strict: the renderer shows text typed by users and imported from .delegation files; if a
 * rendering bug ever let markup through, the CSP is what stops it becoming script. So scripts
 * only from the app's own files, no inline script or eval, no plugins, no framing, no forms
 * posting anywhere. style-src has no 'unsafe-inline' either: Vite emits CSS as files, and React's
 * `style={…}` props set styles through the CSSOM, which CSP does not block.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
