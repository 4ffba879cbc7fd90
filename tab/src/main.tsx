import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setTokenSource } from './api/client';
import { routeFromPath } from './routes';
import { detectHost } from './teams/teams-context';

const container = document.getElementById('root');
if (!container) throw new Error('Samordna: #root is missing from index.html');

void detectHost().then((host) => {
  setTokenSource(host.getAuthToken);
  document.documentElement.lang = host.language;
  createRoot(container).render(
    <StrictMode>
      <App host={host} route={routeFromPath(window.location.pathname)} />
    </StrictMode>,
  );
});
