import { useMemo } from 'react';
import type { City } from '../domain/atlasSchema';
import { countryName as countryLabel, formatNumber, optionLabel, t } from '../i18n/messages';
import { VirtualTable, type Column } from './VirtualTable';

interface Props {
  readonly cities: readonly City[];
  readonly allCities: readonly City[];
  readonly initiativesByCity: ReadonlyMap<string, readonly unknown[]>;
  readonly selectedCity?: string | undefined;
  readonly onOpen: (id: string) => void;
}

const countryName = (c: City) => countryLabel(c.country);
const governance = (c: City) => c.governance.map((g) => optionLabel('governance', g)).join(', ');
const urbanRural = (c: City) => (c.urbanRural ? optionLabel('urbanRural', c.urbanRural) : '');

/** The non-visual alternative to the map: every matching city, sortable, operable by keyboard. */
export function CityTable({ cities, allCities, initiativesByCity, selectedCity, onOpen }: Props) {
  const columns = useMemo((): Column<City>[] => {
    const count = (c: City) => initiativesByCity.get(c.id)?.length ?? 0;
    return [
      { key: 'name', label: t('table.city'), text: (c) => c.name, rowHeader: true,
        cell: (c) => <button type="button" className="link-button" onClick={() => onOpen(c.id)} aria-label={t('table.open', { name: c.name })}>{c.name}</button> },
      { key: 'country', label: t('table.country'), text: countryName, cell: countryName },
      { key: 'population', label: t('table.population'), numeric: (c) => c.population, cell: (c) => (c.population !== undefined ? formatNumber(c.population) : t('map.notKnown')) },
      { key: 'initiatives', label: t('table.initiatives'), numeric: count, cell: count },
      { key: 'governance', label: t('table.governance'), text: governance, cell: (c) => governance(c) || t('map.notKnown') },
      { key: 'urbanRural', label: t('table.urbanRural'), text: urbanRural, cell: (c) => urbanRural(c) || t('map.notKnown') },
    ];
  }, [initiativesByCity, onOpen]);
  return (
    <VirtualTable id="city-table" className="city-table" caption={t('table.caption', { count: cities.length })} columns={columns}
      rows={cities} allRows={allCities} rowKey={(c) => c.id} selected={(c) => c.id === selectedCity} initialSort="name" />
  );
}
