/**
 * Every kind of broken case table, written by hand from the fixture: the file and line where the
 * error was planted (line 1 is the header row; no line for a whole-file problem), the field a
 * person must fix, and one phrase that tells them how.
 */
export interface BadInputExpectation {
  file: 'cities.csv' | 'initiatives.csv';
  line: number | null;
  field: string;
  phrase: string;
}

const c = (line: number | null, field: string, phrase: string): BadInputExpectation => ({ file: 'cities.csv', line, field, phrase });
const i = (line: number | null, field: string, phrase: string): BadInputExpectation => ({ file: 'initiatives.csv', line, field, phrase });

export const BAD_INPUT_EXPECTATIONS: Readonly<Record<string, BadInputExpectation>> = {
  'adopted-from-name': i(3, 'adopted_from', 'city ids like "de-hamburg"'),
  'bad-checked-date': i(3, 'checked', 'YYYY-MM-DD'),
  'bad-id': c(4, 'city_id', 'lower-case ASCII'),
  'bad-network': c(2, 'networks', 'did you mean "eurocities"'),
  'barrier-without-basis': i(3, 'barriers_basis', 'documented or inferred'),
  'classification-without-basis': i(2, 'service_types_basis', 'documented or inferred'),
  'coordinates-outside': c(3, 'lat', 'lat -33.8688, lon 151.2093'),
  'coordinates-swapped': c(3, 'lat', 'looks swapped'),
  'country-mismatch': c(3, 'lat', 'a location in Czechia'),
  'data-url': c(4, 'sources', '"data:text/html;base64,PHNjcmlwdD4="'),
  'duplicate-city-id': c(5, 'city_id', '"es-barcelona" is already used'),
  'duplicate-column': c(1, 'name', 'each column name once'),
  'empty-file': c(null, '(file)', 'the file is empty'),
  'end-before-start': i(2, 'end_year', 'not before start_year 2016'),
  'future-year': i(2, 'start_year', 'got 2031'),
  'header-only': c(1, '(file)', 'only a header'),
  'inferred-without-note': c(3, 'governance_note', 'when governance is inferred'),
  'javascript-url': i(2, 'sources', '"javascript:alert(1)"'),
  'latin1-bytes': c(3, '(encoding)', 'UTF-8'),
  'long-field': c(4, 'name', 'at most 200 characters'),
  'missing-column': c(1, 'country', 'a column named "country"'),
  'missing-required-value': i(3, 'summary', 'non-empty'),
  'no-source': c(4, 'sources', 'at least 1 http(s) source'),
  'nuts-disagrees': c(2, 'nuts3', 'ES511'),
  'nuts-other-version': c(2, 'nuts3', '"LT00A" does not exist in NUTS 2021'),
  'nuts-wrong-level': c(2, 'nuts3', 'NUTS 2 code'),
  'population-negative': c(3, 'population', '"-30742"'),
  'population-non-numeric': c(3, 'population', '"about 30k"'),
  'population-without-source': c(3, 'population_source', 'population_source whenever population is given'),
  'row-too-short': c(5, '(row)', 'found 4'),
  'unbalanced-quotes': c(3, '(quoting)', 'balanced double quotes'),
  'unknown-adopted-from': i(3, 'adopted_from', 'did you mean "es-barcelona"'),
  'unknown-city': i(3, 'city_id', '"cz-piseq" is not there'),
  'unknown-country': c(4, 'country', 'Eurostat country code'),
  'unknown-enabler': i(3, 'enablers', 'did you mean "eu_funding"'),
  'unknown-place': c(4, 'name', '"Atlantis" was not found'),
  'unknown-vocabulary': c(2, 'governance', 'did you mean "municipal_company"'),
  'wrong-delimiter': c(1, '(header)', 'separated by semicolons'),
  'year-before-1990': i(2, 'start_year', 'got 1985'),
};
