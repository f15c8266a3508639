import { useCallback, useMemo } from 'react';
import type { City, Initiative } from '../domain/atlasSchema';
import { effectiveGovernance } from '../domain/filterGroups';
import { countryName, optionLabel, t } from '../i18n/messages';
import { VirtualTable, type Column } from './VirtualTable';

interface Props {
  readonly initiatives: readonly Initiative[];
  readonly allInitiatives: readonly Initiative[];
  readonly cityById: ReadonlyMap<string, City>;
  /** Whether titles have arrived (they load after the first view). */
  readonly titlesLoaded: boolean;
  readonly selectedCity?: string | undefined;
  readonly onOpen: (id: string) => void;
}

/** Every matching initiative, one row each: what a research team sorts and scans. */
export function InitiativeTable({ initiatives, allInitiatives, cityById, titlesLoaded, selectedCity, onOpen }: Props) {
  const columns = useMemo((): Column<Initiative>[] => {
    const city = (i: Initiative) => cityById.get(i.cityId);
    const cityName = (i: Initiative) => city(i)?.name ?? i.cityId;
    const country = (i: Initiative) => { const c = city(i); return c ? countryName(c.country) : ''; };
    const gov = (i: Initiative) => { const c = city(i); return c ? effectiveGovernance(c, i).map((g) => optionLabel('governance', g)).join(', ') : ''; };
    const services = (i: Initiative) => i.serviceTypes.value.map((v) => optionLabel('serviceType', v)).join(', ');
    return [
      { key: 'title', label: t('table.initiative'), text: (i) => i.title, rowHeader: true,
        cell: (i) => (i.title ? <>{i.title}{i.titleEn ? <span className="title-en"> ({i.titleEn})</span> : null}</> : <span className="pending">{t('table.titleLoading')}</span>) },
      { key: 'city', label: t('table.city'), text: cityName,
        cell: (i) => <button type="button" className="link-button" onClick={() => onOpen(i.cityId)} aria-label={t('table.open', { name: cityName(i) })}>{cityName(i)}</button> },
      { key: 'country', label: t('table.country'), text: country, cell: country },
      { key: 'start', label: t('table.startYear'), numeric: (i) => i.startYear, cell: (i) => i.startYear ?? t('map.notKnown') },
      { key: 'governance', label: t('table.governance'), text: gov, cell: (i) => gov(i) || t('map.notKnown') },
      { key: 'services', label: t('table.serviceTypes'), text: services, cell: services },
    ];
  }, [cityById, onOpen]);
  const sortable = useCallback((key: string) => key !== 'title' || titlesLoaded, [titlesLoaded]);
  return (
    <VirtualTable id="city-table" className="initiative-table" caption={t('table.initiativesCaption', { count: initiatives.length })} columns={columns}
      rows={initiatives} allRows={allInitiatives} rowKey={(i) => i.id} selected={(i) => i.cityId === selectedCity} initialSort="city" sortable={sortable} />
  );
}
