import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Connection } from '../api/client';
import { ApiProvider } from '../api/context';
import { AppShell, BrandBar } from './AppShell';
import { ProblemMessage } from '../navigation/ProblemMessage';
import { missingTokenProblem } from '../navigation/problems';
import { setAppState } from '../navigation/readiness';
import './app.css';

/**
 * The window: the API transport, the hash router (wouter: 2 KB, hooks-first, with a hash
 * location hook that works under app:// and http:// alike) and the shell with the screens.
 */
export function App({ connection }: { connection: Connection }) {
  if (!connection.ok) return <NotConnected />;
  return (
    <ApiProvider call={connection.call}>
      <Router hook={useHashLocation}>
        <AppShell />
      </Router>
    </ApiProvider>
  );
}

function NotConnected() {
  useTranslation(); // re-render on language change
  useEffect(() => setAppState('error'), []);
  return (
    <div className="app">
      <BrandBar />
      <main className="app-main app-main-padded">
        <ProblemMessage problem={missingTokenProblem()} />
      </main>
    </div>
  );
}
