import { describe, expect, it } from 'vitest';
import { cityRowSchema, splitUrls } from '../../src/domain/inputSchema';

describe('URL cells', () => {
  it('split at a ";" that starts a new URL, keeping a ";" inside a URL', () => {
    expect(splitUrls('https://x.org/a;jsessionid=1;https://y.org/b')).toEqual(['https://x.org/a;jsessionid=1', 'https://y.org/b']);
    expect(splitUrls('https://a.org/ ; http://b.org/')).toEqual(['https://a.org/', 'http://b.org/']);
    expect(splitUrls('data:text/html;base64,PHNjcmlwdD4=')).toEqual(['data:text/html;base64,PHNjcmlwdD4=']);
  });
  it('a city row keeps such a URL whole as its source', () => {
    const row = {
      city_id: 'pl-lodz', name: 'Łódź', name_en: '', country: 'PL', lat: '', lon: '', nuts3: '', geonames_id: '', degurba: '',
      population: '', population_year: '', population_source: '', governance: '', governance_basis: '', governance_note: '',
      networks: '', sources: 'https://x.org/a;jsessionid=1', checked: '2026-11-29',
    };
    const r = cityRowSchema({ maxYear: 2026 }).parse(row);
    expect(r.sources).toEqual(['https://x.org/a;jsessionid=1']);
  });
});
