import type { City, Initiative } from '../domain/atlasSchema';
import type { TableRows } from '../domain/viewState';
import { t } from '../i18n/messages';
import { CityTable } from './CityTable';
import { InitiativeTable } from './InitiativeTable';
import type { TextsState } from './Atlas';

interface Props {
  readonly rows: TableRows;
  readonly onRows: (rows: TableRows) => void;
  readonly cities: readonly City[];
  readonly allCities: readonly City[];
  readonly initiatives: readonly Initiative[];
  readonly allInitiatives: readonly Initiative[];
  readonly initiativesByCity: ReadonlyMap<string, readonly Initiative[]>;
  readonly cityById: ReadonlyMap<string, City>;
  readonly texts: TextsState;
  readonly selectedCity?: string | undefined;
  readonly onOpen: (id: string) => void;
}

/** The table view: matching cities or matching initiatives, chosen by a switch that the link keeps. */
export function TableView({ rows, onRows, cities, allCities, initiatives, allInitiatives, initiativesByCity, cityById, texts, selectedCity, onOpen }: Props) {
  return (
    <section className="table-view" aria-label={t('view.table')}>
      <div className="table-rows" role="group" aria-label={t('table.rows')}>
        <button type="button" aria-pressed={rows === 'cities'} onClick={() => onRows('cities')}>{t('table.rowsCities', { count: cities.length })}</button>
        <button type="button" aria-pressed={rows === 'initiatives'} onClick={() => onRows('initiatives')}>{t('table.rowsInitiatives', { count: initiatives.length })}</button>
        {rows === 'initiatives' && texts !== 'ready' && <span className="note">{t('table.titlesPending')}</span>}
      </div>
      {rows === 'cities'
        ? <CityTable cities={cities} allCities={allCities} initiativesByCity={initiativesByCity} selectedCity={selectedCity} onOpen={onOpen} />
        : <InitiativeTable initiatives={initiatives} allInitiatives={allInitiatives} cityById={cityById} titlesLoaded={texts === 'ready'} selectedCity={selectedCity} onOpen={onOpen} />}
    </section>
  );
}
