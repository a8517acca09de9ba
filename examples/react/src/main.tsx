import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const root = document.getElementById('app')!;
// The reference server serves this page beside its API, where its demo key is allowed: a
// ministry's own site names its contact centre's address and its key here instead.
createRoot(root).render(
  <StrictMode>
    <App apiBase={location.origin} siteKey="pk_test_transport" />
  </StrictMode>,
);
