/**
 * The one list of attributions. The build writes it into the artefact's meta block, and the app
 * shows that list in the footer and puts it in every export (PNG, citation, CSV, GeoJSON,
 * briefing pack), so that no credit can be missing from one of them.
 */
export const ATTRIBUTION: readonly string[] = [
  '© EuroGeographics for the administrative boundaries (Eurostat GISCO, NUTS 2021)',
  'Places: GeoNames (geonames.org), CC BY 4.0',
  'Context countries: Natural Earth (public domain)',
  'Case corpus: CC BY 4.0, European Digital Public Services Atlas contributors, compiled from public sources cited per city and initiative',
];
