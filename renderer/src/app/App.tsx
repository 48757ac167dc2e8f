import { useEffect } from 'react';
import type { Connection } from '../api/client';
import { ApiProvider } from '../api/context';
import { TripsPage } from '../features/trips/TripsPage';
import { ProblemMessage } from './ProblemMessage';
import { MISSING_TOKEN_PROBLEM } from './problems';
import { setAppState } from './readiness';
import './app.css';

/** The window's frame: header, then the current screen (only the trips list for now). */
export function App({ connection }: { connection: Connection }) {
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">Delegation Planner</p>
      </header>
      <main className="app-main">
        {connection.ok ? (
          <ApiProvider call={connection.call}>
            <TripsPage />
          </ApiProvider>
        ) : (
          <NotConnected />
        )}
      </main>
    </div>
  );
}

function NotConnected() {
  useEffect(() => setAppState('error'), []);
  return <ProblemMessage problem={MISSING_TOKEN_PROBLEM} />;
}
