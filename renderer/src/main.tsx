import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './app/App';
import './styles/global.css';

// Once, before the first render: reading the token also removes it from the address bar.
const connection = connect();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App connection={connection} />
  </StrictMode>,
);
