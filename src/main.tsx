import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { hasWebGL } from './map/webgl';
import { loadBand } from './map/geometry';
import { loadViews } from './components/lazyViews';
import { pickLanguage, setLocale, t } from './i18n/messages';
import { parseUrlState } from './domain/urlState';
import './styles/atlas.css';

// The first geometry band loads with the atlas data, for the 2D first view. The WebGL map's code
// starts loading at once only where the link asks for it; otherwise after the first view.
loadBand('low').catch(() => undefined);
const { state: linked } = parseUrlState(window.location.search);
if (linked.renderer === 'webgl' && hasWebGL()) void import('./map/MapView');
// Likewise the views' code: at once where the link opens a view other than the map, or a city.
if (linked.view !== 'map' || linked.selectedCity !== undefined) loadViews().catch(() => undefined);

// The loading screen already speaks the language of the link or the browser; the atlas keeps it in step after.
const lang = pickLanguage(linked.lang, navigator.languages);
setLocale(lang);
document.documentElement.lang = lang;
document.title = t('app.title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
