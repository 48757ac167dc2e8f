import { defineConfig } from 'vite';

/**
 * The renderer is plain static files: Electron loads them through its app:// protocol and the
 * browser mode (core/web) serves them over HTTP, so paths are relative (base './') and nothing
 * may need a dev server or inline scripts (the CSP forbids them).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Vite 8 compiles TSX with its built-in oxc transformer; no React plugin is needed for a build.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Electron and current Chromium only; no legacy output.
    target: 'chrome130',
    // The entry holds React, zod (the shared domain schemas) and i18n; feature screens are
    // lazy chunks. Budget for the whole app: < 400 KB gzipped.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      onLog(level, log, handler) {
        // lucide-react marks its modules "use client" (for React Server Components); meaningless
        // in a client-only bundle.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
