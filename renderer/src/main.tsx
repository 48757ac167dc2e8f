import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './app/App';
import { initTheme } from './app/theme';
import { preloadTabScreen } from './app/workspace/screens';
import { initI18n } from './i18n';
import { warmTimeZoneData } from './lib/warmTimeZones';
import { describeLocation } from './navigation/routes';
import { reportLockWait } from './state/lockWait';
import { loadSettings } from './state/settings';
import './styles/fonts';
import './styles/global.css';
import './ui/ui.css';

// Once, before the first render: reading the token also removes it from the address bar.
// A save that waits for another program's write lock shows a status line (browser mode).
const connection = connect(undefined, { onWaiting: reportLockWait });

function render(): void {
  // Language and theme are known before the first frame (no flash of English or of light).
  initI18n();
  initTheme();
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  createRoot(rootElement).render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

// A trip's address (a reload, a deep link): the code of its screen is fetched now, beside the
// settings and the trip's data, so the screen need not wait for it after the data came.
const opening = describeLocation(location.hash.replace(/^#/, '')).tab;
if (opening) preloadTabScreen(opening);
warmTimeZoneData();

// The settings (language first) come from the data file: one local call before the first frame.
if (connection.ok) void loadSettings(connection.call).finally(render);
else render();
