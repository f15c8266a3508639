import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { hasWebGL } from './map/webgl';
import { pickLanguage, setLocale, t } from './i18n/messages';
import { parseUrlState } from './domain/urlState';
import './styles/atlas.css';

// Start loading the map code while the atlas data loads, instead of after.
if (hasWebGL()) void import('./map/MapView');

// The loading screen already speaks the language of the link or the browser; the atlas keeps it in step after.
const lang = pickLanguage(parseUrlState(window.location.search).state.lang, navigator.languages);
setLocale(lang);
document.documentElement.lang = lang;
document.title = t('app.title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
