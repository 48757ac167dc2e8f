/**
 * Imported FIRST by every process that renders documents (the CLI, browser mode, Electron's core
 * process, and the benchmark, which measures what they run): React chooses its development or
 * production build from NODE_ENV when it is first loaded, and none of these processes set it, so
 * programme HTML was rendered by the development build (prop validation, key warnings, component
 * stacks for every element). That took 3–4× as long: about 0.27 s instead of 0.07 s for the large
 * programme, 0.10 s instead of 0.05 s per personal programme.
 *
 * A NODE_ENV already set is kept (vitest sets 'test'; NODE_ENV=development still gives React's
 * warnings when working on the documents). Electron's renderer is built by Vite, which already
 * makes a production bundle.
 */
process.env.NODE_ENV ??= 'production';

export {};
