import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { DEFAULT_VIEW_STATE, LANGUAGES, type ViewState } from '../../src/domain/viewState';
import { replayScene, runAction, sceneQuery, setLanguage } from '../../src/domain/actions';
import { parseUrlState, serializeUrlState } from '../../src/domain/urlState';
import { countryName, csvHeader, formatDate, formatShare, messageIn, pickLanguage, setLocale } from '../../src/i18n/messages';

const catalogue = (lang: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8'));
const en = catalogue('en');

/** The arguments of an ICU message, with their kind (plain, number, plural…), including those inside plural branches. */
function argumentsOf(message: string): string[] {
  const out = new Set<string>();
  const walk = (nodes: readonly unknown[]) => {
    for (const n of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (n.value !== undefined && n.type !== 0 && n.type !== 7) out.add(`${n.value}:${n.type}`);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...out].sort();
}

describe('catalogues', () => {
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang}: has every English key and no other, each with the same ICU arguments`, () => {
      const cat = catalogue(lang);
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      const differ = Object.keys(en).filter((k) => JSON.stringify(argumentsOf(en[k]!)) !== JSON.stringify(argumentsOf(cat[k] ?? '')));
      expect(differ).toEqual([]);
    });
  }

  it('the argument check sees a missing or retyped argument, also inside a plural', () => {
    expect(argumentsOf('{n, plural, one {# city in {country}} other {# cities}}')).toEqual(['country:1', 'n:6']);
    expect(argumentsOf('{n} cities')).not.toEqual(argumentsOf('{n, number} cities'));
  });
});

describe('messages in each language', () => {
  it('speaks the chosen language, with plurals and numbers of that language', () => {
    expect(messageIn('fr', 'view.map')).toBe('Carte');
    expect(messageIn('de', 'view.table')).toBe('Tabelle');
    expect(messageIn('it', 'filters.title')).toBe('Filtri');
    expect(messageIn('en', 'filters.summary', { cities: 1, initiatives: 1037 })).toBe('1 city, 1,037 initiatives match');
    expect(messageIn('de', 'filters.summary', { cities: 1, initiatives: 1037 })).toBe('1 passende Stadt, 1.037 passende Initiativen');
    expect(messageIn('fr', 'filters.summary', { cities: 2, initiatives: 1 })).toBe('2 villes, 1 initiative correspond');
    expect(messageIn('it', 'patterns.zero', { count: 1 })).toBe('nessuna: 1 regione');
  });

  it('puts text arguments in as written, as text', () => {
    expect(messageIn('en', 'app.dataVersion', { version: '2026-11-30.1' })).toBe('Data version 2026-11-30.1');
    expect(messageIn('de', 'share.working', { label: 'PNG' })).toBe('PNG wird vorbereitet…');
    // Text from a case table with ICU-looking characters is text, not syntax.
    expect(messageIn('en', 'share.failed', { label: "it's {x}", reason: '{a, plural, other {#}}' })).toBe("it's {x} failed: {a, plural, other {#}}");
    expect(messageIn('en', 'present.position', { n: 2, total: 12 })).toBe('Scene 2 of 12');
  });

  it('formats shares, dates, country names and CSV headers in the active language', () => {
    setLocale('fr');
    expect(formatShare(0.25)).toBe('25\u00a0%');
    expect(countryName('EL')).toBe('Grèce');
    expect(csvHeader('city_id')).toBe('id_ville');
    setLocale('de');
    expect(countryName('UK')).toBe('Vereinigtes Königreich');
    expect(formatDate('2026-11-29')).toBe('29. November 2026');
    setLocale('it');
    expect(formatDate('2026-11-29')).toBe('29 novembre 2026');
    setLocale('en');
    expect(formatDate('2026-11-29')).toBe('29 November 2026');
    expect(formatDate('2026')).toBe('2026');
    expect(formatShare(0.25)).toBe('25%');
    expect(countryName('EL')).toBe('Greece');
    expect(csvHeader('city_id')).toBe('city_id');
  });
});

describe('choice of language', () => {
  it('takes the link first, then the first browser language the atlas has, else English', () => {
    expect(pickLanguage('it', ['de-DE'])).toBe('it');
    expect(pickLanguage(undefined, ['pl-PL', 'de-AT', 'fr'])).toBe('de');
    expect(pickLanguage(undefined, ['FR-ch'])).toBe('fr');
    expect(pickLanguage(undefined, ['pl', 'es'])).toBe('en');
    expect(pickLanguage(undefined, [])).toBe('en');
  });
});

describe('the language in links and scenes', () => {
  it('is written only when chosen, read back, and an unknown one is ignored with a reason', () => {
    const chosen = runAction(setLanguage, DEFAULT_VIEW_STATE, 'de').state;
    expect(serializeUrlState(DEFAULT_VIEW_STATE)).not.toContain('lang=');
    expect(serializeUrlState(chosen)).toContain('lang=de');
    expect(parseUrlState('lang=it').state.lang).toBe('it');
    const bad = parseUrlState('lang=xx');
    expect(bad.state.lang).toBeUndefined();
    expect(bad.ignored.map((i) => i.param)).toEqual(['lang']);
  });

  it('a link setting that is ignored is explained in the language of the page', () => {
    setLocale('de');
    expect(parseUrlState('ty=1800&bogus=1').ignored).toEqual([
      { param: 'ty', reason: 'erwartet wird ein Jahr zwischen 1990 und 2100' }, { param: 'bogus', reason: 'unbekannter Parameter' }]);
    setLocale('en');
    expect(parseUrlState('bogus=1').ignored).toEqual([{ param: 'bogus', reason: 'unknown parameter' }]);
  });

  it('travels in a scene; a scene saved without one keeps the presenter\'s language', () => {
    const fr: ViewState = { ...DEFAULT_VIEW_STATE, lang: 'fr' };
    expect(sceneQuery(fr)).toContain('lang=fr');
    const replay = (s: ViewState, query: string) => runAction(replayScene, s, { query, cityIds: new Set<string>() }).state.lang;
    expect(replay(fr, 'v=2&view=table')).toBe('fr');
    expect(replay(fr, 'v=2&lang=it')).toBe('it');
    expect(replay(DEFAULT_VIEW_STATE, 'v=2')).toBeUndefined();
  });
});
