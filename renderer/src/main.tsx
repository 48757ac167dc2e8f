import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './app/App';
import { reportLockWait } from './state/lockWait';
import { initTheme } from './app/theme';
import { initI18n } from './i18n';
import './styles/fonts';
import './styles/global.css';
import './ui/ui.css';

// Once, before the first render: reading the token also removes it from the address bar.
// A save that waits for another program's write lock shows a status line (browser mode).
const connection = connect(undefined, { onWaiting: reportLockWait });
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
