import { useId } from 'react';
import { LANGUAGES, type Language } from '../domain/viewState';
import { t } from '../i18n/messages';

/** Each language by its own name, so that a person who cannot read the current one still finds theirs. */
const AUTONYM: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', de: 'Deutsch', it: 'Italiano' };

export function LanguageSwitch({ lang, onChange }: { readonly lang: Language; readonly onChange: (l: Language) => void }) {
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select id={id} value={lang} onChange={(e) => onChange(e.target.value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{AUTONYM[l]}</option>)}
      </select>
    </div>
  );
}
