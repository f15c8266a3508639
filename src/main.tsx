import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { hasWebGL } from './map/webgl';
import { loadBand } from './map/geometry';
import './styles/atlas.css';

// Start the map code and the first geometry band while the atlas data loads, instead of after.
if (hasWebGL()) {
  void import('./map/MapView');
  loadBand('low').catch(() => undefined);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
