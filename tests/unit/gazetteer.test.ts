import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/lib/gazetteer';

const { places } = loadGazetteer();
const find = (name: string) => places.filter((p) => p.name === name);

describe('gazetteer', () => {
  it('counts Åland (NUTS FI20) under Finland and the French outermost regions (FRY) under France', () => {
    expect(find('Mariehamn').map((p) => p.country)).toEqual(['FI']);
    expect(find('Mamoudzou').map((p) => p.country)).toEqual(['FR']);
    expect(find('Le Lamentin').map((p) => p.country)).toEqual(['FR']);
  });
  it('keeps national capitals only: a territory capital is not a capital of the country', () => {
    expect(find('Mariehamn')[0]!.capital).toBe(false);
    expect(find('Mamoudzou')[0]!.capital).toBe(false);
    expect(places.filter((p) => p.country === 'FI' && p.capital).map((p) => p.name)).toEqual(['Helsinki']);
    expect(places.filter((p) => p.country === 'FR' && p.capital).map((p) => p.name)).toEqual(['Paris']);
  });
  it('uses Eurostat codes: Greece is EL and the United Kingdom UK', () => {
    expect(find('Athens').map((p) => p.country)).toEqual(['EL']);
    expect(find('Birmingham').map((p) => p.country)).toContain('UK');
  });
});
