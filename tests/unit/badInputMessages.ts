/** Every kind of broken case table, with the exact message the build must print. */
export const BAD_INPUT_MESSAGES: Readonly<Record<string, string>> = {
  "unknown-enabler":
    "tests/fixtures/bad/unknown-enabler/initiatives.csv:3: field \"enablers\": expected one of political_leadership, digital_unit_skills, eu_funding, national_funding, reusable_platform, partnerships, open_standards, citizen_demand, available_data, crisis_response, legal_mandate; got \"eu_fundng\" (did you mean \"eu_funding\"?)",
  "barrier-without-basis":
    "tests/fixtures/bad/barrier-without-basis/initiatives.csv:3: field \"barriers_basis\": expected documented or inferred whenever the classification is given",
  "unknown-adopted-from":
    "tests/fixtures/bad/unknown-adopted-from/initiatives.csv:3: field \"adopted_from\": expected the city_id of a row in the cities table; \"es-barcelone\" is not there (did you mean \"es-barcelona\"?)",
  "bad-checked-date":
    "tests/fixtures/bad/bad-checked-date/initiatives.csv:3: field \"checked\": expected a date as YYYY-MM-DD between 1990 and 2026; got \"29.11.2026\"",
  "bad-id":
    "tests/fixtures/bad/bad-id/cities.csv:4: field \"city_id\": expected an id like \"be-antwerp\": country code, hyphen, lower-case ASCII letters, digits or hyphens",
  "bad-network":
    "tests/fixtures/bad/bad-network/cities.csv:2: field \"networks\": expected network as key or key:YEAR with key one of oasc, living_in_eu, icc, eurocities, ua_digital; got \"eurocity\" (did you mean \"eurocities\"?)",
  "classification-without-basis":
    "tests/fixtures/bad/classification-without-basis/initiatives.csv:2: field \"service_types_basis\": expected documented or inferred whenever the classification is given",
  "coordinates-outside":
    "tests/fixtures/bad/coordinates-outside/cities.csv:3: field \"lat\": expected coordinates inside the area covered by NUTS 2021 (longitude -32 to 45, latitude 27 to 72); got lat -33.8688, lon 151.2093",
  "coordinates-swapped":
    "tests/fixtures/bad/coordinates-swapped/cities.csv:3: field \"lat\": expected latitude in \"lat\" and longitude in \"lon\"; (14.1475, 49.3088) looks swapped",
  "country-mismatch":
    "tests/fixtures/bad/country-mismatch/cities.csv:3: field \"lat\": expected a location in Czechia; the point lies in AT130 (Wien, AT)",
  "data-url":
    "tests/fixtures/bad/data-url/cities.csv:4: field \"sources\": expected an http(s) URL; got \"data:text/html;base64,PHNjcmlwdD4=\"",
  "duplicate-column":
    "tests/fixtures/bad/duplicate-column/cities.csv:1: field \"name\": expected each column name once in the header row",
  "duplicate-city-id":
    "tests/fixtures/bad/duplicate-city-id/cities.csv:5: field \"city_id\": expected a unique id; \"es-barcelona\" is already used at tests/fixtures/bad/duplicate-city-id/cities.csv:2",
  "empty-file":
    "tests/fixtures/bad/empty-file/cities.csv: field \"(file)\": expected a header row (city_id,name,name_en,country,lat,lon,population,population_year,population_source,governance,governance_basis,governance_note,networks,sources) and at least one data row; the file is empty",
  "end-before-start":
    "tests/fixtures/bad/end-before-start/initiatives.csv:2: field \"end_year\": expected a year not before start_year 2016",
  "future-year":
    "tests/fixtures/bad/future-year/initiatives.csv:2: field \"start_year\": expected a year between 1990 and 2026; got 2031",
  "header-only":
    "tests/fixtures/bad/header-only/cities.csv:1: field \"(file)\": expected at least one data row below the header; the file has only a header",
  "inferred-without-note":
    "tests/fixtures/bad/inferred-without-note/cities.csv:3: field \"governance_note\": expected a short reason when governance is inferred",
  "javascript-url":
    "tests/fixtures/bad/javascript-url/initiatives.csv:2: field \"sources\": expected an http(s) URL; got \"javascript:alert(1)\"",
  "latin1-bytes":
    "tests/fixtures/bad/latin1-bytes/cities.csv:3: field \"(encoding)\": expected UTF-8 text; found bytes that are not UTF-8 (was the file saved as Latin-1 / Windows-1252? Save it as \"CSV UTF-8\")",
  "long-field":
    "tests/fixtures/bad/long-field/cities.csv:4: field \"name\": expected at most 200 characters",
  "missing-column":
    "tests/fixtures/bad/missing-column/cities.csv:1: field \"country\": expected a column named \"country\" in the header row",
  "missing-required-value":
    "tests/fixtures/bad/missing-required-value/initiatives.csv:3: field \"summary\": expected a non-empty value",
  "no-source":
    "tests/fixtures/bad/no-source/cities.csv:4: field \"sources\": expected at least 1 http(s) source URL(s) separated by \";\"",
  "nuts-disagrees":
    "tests/fixtures/bad/nuts-disagrees/cities.csv:2: field \"nuts3\": expected the NUTS 3 region containing the city's coordinates, ES511 (Barcelona); got \"ES300\"",
  "nuts-other-version":
    "tests/fixtures/bad/nuts-other-version/cities.csv:2: field \"nuts3\": expected a NUTS 2021 code; \"LT00A\" does not exist in NUTS 2021 (is it from NUTS 2016 or 2024?)",
  "nuts-wrong-level":
    "tests/fixtures/bad/nuts-wrong-level/cities.csv:2: field \"nuts3\": expected a NUTS 3 code (5 characters); \"ES51\" is a NUTS 2 code",
  "population-negative":
    "tests/fixtures/bad/population-negative/cities.csv:3: field \"population\": expected a whole number of inhabitants between 0 and 50000000; got \"-30742\"",
  "population-non-numeric":
    "tests/fixtures/bad/population-non-numeric/cities.csv:3: field \"population\": expected a whole number of inhabitants between 0 and 50000000; got \"about 30k\"",
  "population-without-source":
    "tests/fixtures/bad/population-without-source/cities.csv:3: field \"population_source\": expected a population_year and an http(s) population_source whenever population is given",
  "row-too-short":
    "tests/fixtures/bad/row-too-short/cities.csv:5: field \"(row)\": expected 15 comma-separated fields as in the header; found 4",
  "unbalanced-quotes":
    "tests/fixtures/bad/unbalanced-quotes/cities.csv:3: field \"(quoting)\": expected balanced double quotes: a quoted field must end with \" and a quote inside a field is written \"\"",
  "unknown-city":
    "tests/fixtures/bad/unknown-city/initiatives.csv:3: field \"city_id\": expected the city_id of a row in the cities table; \"cz-piseq\" is not there",
  "unknown-country":
    "tests/fixtures/bad/unknown-country/cities.csv:4: field \"country\": expected a Eurostat country code covered by NUTS 2021 (e.g. EL for Greece, UK for the United Kingdom)",
  "unknown-place":
    "tests/fixtures/bad/unknown-place/cities.csv:4: field \"name\": expected a place name found in the GeoNames gazetteer for Poland, or a geonames_id, or lat and lon; \"Atlantis\" was not found",
  "unknown-vocabulary":
    "tests/fixtures/bad/unknown-vocabulary/cities.csv:2: field \"governance\": expected one of in_house, municipal_company, regional_shared_service, national_platform, outsourced, public_private_partnership, open_source_community, multilevel_partnership; got \"municipal_compny\" (did you mean \"municipal_company\"?)",
  "wrong-delimiter":
    "tests/fixtures/bad/wrong-delimiter/cities.csv:1: field \"(header)\": expected comma-separated columns; the header is separated by semicolons (export the sheet as \"CSV UTF-8 (comma delimited)\")",
  "year-before-1990":
    "tests/fixtures/bad/year-before-1990/initiatives.csv:2: field \"start_year\": expected a year between 1990 and 2026; got 1985",
};
