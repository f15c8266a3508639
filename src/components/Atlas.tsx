import { flushSync } from 'react-dom';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AtlasData, City } from '../domain/atlasSchema';
import type { FilterGroupKey } from '../domain/filterGroups';
import { DEFAULT_CAMERA, MAP_VIEWS, RESEARCH_VIEWS, TAB_VIEWS, type Camera, type TableRows, type View } from '../domain/viewState';
import type { FilterState } from '../domain/filterState';
import * as actions from '../domain/actions';
import { useScenes } from '../state/useScenes';
import { viewUrl } from '../state/viewUrl';
import { briefingContent } from '../export/briefingContent';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import { useViewState } from '../state/useViewState';
import { useAtlasIndex, useMatches } from '../state/useAtlasSelectors';
import { useDerivedView } from '../state/useDerivedView';
import { pickLanguage, setLocale, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { FilterPanel } from './FilterPanel';
import { CompareTray } from './CompareTray';
import { Legend } from './Legend';
import { Notice } from './Notice';
import { Credits } from './Credits';
import { PrintBriefing } from './PrintBriefing';
import { useResearchViews } from '../state/useResearchViews';
import { factorRows } from '../domain/factors';
import { displayedMatch } from '../domain/mapDisplay';
import { yearRows } from '../domain/timeline';
import { adopterRows } from '../domain/spread';
import { optionLabel } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { readPreference, writePreference } from '../state/preferences';
import { useWalkItems } from '../state/useWalkItems';
import { useRenderer } from '../state/useRenderer';
import { afterFirstView as whenFirstView, announceFirstView, useAfterFirstView } from '../state/firstView';
import SvgMap from '../map2d/SvgMap';
import {
  AccessibilityStatement, CityCard, CompareView, DriversPanel, loadViews, PatternsPanel, PeerFinder, Presentation, ScenesPanel, SharePanel, SpreadPanel,
  TableView, TimelinePanel, ViewExports,
} from './lazyViews';

const MapView = lazy(() => import('../map/MapView'));

/** Whether the initiative texts (summaries, notes, sources) have arrived. */
export type TextsState = 'loading' | 'ready' | 'error';

interface Props {
  readonly atlas: AtlasData;
  readonly texts: TextsState;
  /** Asks for the texts now: a city card or the exports are on screen. */
  readonly onNeedTexts: () => void;
}

export function Atlas({ atlas, texts, onNeedTexts }: Props) {
  const { index, cityById, regionByCode, cityIds } = useAtlasIndex(atlas);
  const { state, dispatch, ignored, dismissIgnored } = useViewState(cityIds);
  // The filters and the legend (hundreds of options) render in the frame after the map's first view,
  // and their facet counts are counted then.
  const afterFirstView = useAfterFirstView();
  const { match, facets } = useMatches(index, state.filters, afterFirstView);
  const lang = pickLanguage(state.lang, navigator.languages);
  // Set before the children render, so that every t() of this render speaks the chosen language.
  setLocale(lang);
  useEffect(() => { document.documentElement.lang = lang; document.title = t('app.title'); }, [lang]);

  const { colouring, highlighted, patterns } = useDerivedView(state, match, cityById, atlas.regions);
  const toggle = useCallback((group: FilterGroupKey, option: string) => dispatch(actions.toggleFilter, { group, option }), [dispatch]);
  const goTo = useCallback((c: City) => dispatch(actions.goToCity, c), [dispatch]);
  const select = useCallback((id: string) => dispatch(actions.selectCity, id), [dispatch]);
  const setView = (view: View) => dispatch(actions.setView, view);
  const setTableRows = useCallback((rows: TableRows) => dispatch(actions.setTableRows, rows), [dispatch]);
  const research = useResearchViews(state, match, index, cityById, index.initiativesByCity, atlas.cities, colouring.colourOf);
  const setFilters = useCallback((filters: FilterState) => dispatch(actions.setFilters, filters), [dispatch]);
  const setYear = useCallback((year: number | undefined) => dispatch(actions.setYear, year), [dispatch]);
  const playYear = useCallback((year: number) => dispatch(actions.playYear, year), [dispatch]);
  const setYearRange = useCallback((from: number | undefined, to: number | undefined) => dispatch(actions.setYearRange, { from, to }), [dispatch]);
  const selected = state.selectedCity ? cityById.get(state.selectedCity) : undefined;
  const showsTexts = selected !== undefined || state.view === 'share' || state.view === 'spread' || state.filters.query.trim() !== '' || (state.view === 'table' && state.tableRows === 'initiatives');
  useEffect(() => { if (showsTexts && texts === 'loading') onNeedTexts(); }, [showsTexts, texts, onNeedTexts]);
  const cityName = useCallback((id: string) => cityById.get(id)?.name ?? id, [cityById]);
  const compareCities = state.compare.map((id) => cityById.get(id)).filter((c) => c !== undefined);
  const removeCompare = (id: string) => dispatch(actions.removeFromCompare, id);
  const mapVisible = MAP_VIEWS.has(state.view);
  const scenes = useScenes();
  const [presenting, setPresenting] = useState<number | undefined>();
  // On a phone the filters start folded away so the map comes first; on wider screens they always show.
  const [filtersOpen, setFiltersOpen] = useState(() => !window.matchMedia('(max-width: 820px)').matches);
  // A preference of this browser, read after the first view (the first read of storage can block).
  const [legendDocked, setLegendDocked] = useState(false);
  useEffect(() => whenFirstView(() => setLegendDocked(readPreference('atlas.legendDocked') === '1')), []);
  // The other views' code arrives while the person looks at the map.
  useEffect(() => whenFirstView(() => { loadViews().catch(() => undefined); }), []);
  const dockLegend = (docked: boolean) => { setLegendDocked(docked); writePreference('atlas.legendDocked', docked ? '1' : '0'); };
  const date = new Date().toISOString().slice(0, 10);
  // Made when something reads it (the share view, printing), not on every filter change.
  const briefingNow = useCallback(() => briefingContent({ meta: atlas.meta, match, colourBy: state.colourBy, valueOf: colouring.valueOf, counts: colouring.counts, highlighted, url: viewUrl(state), date }),
    [atlas.meta, match, state, colouring, highlighted, date]);
  const briefing = useMemo(() => (state.view === 'share' ? briefingNow() : undefined), [state.view, briefingNow]);
  // A research view exports what its map shows: the year's cities, or a solution's adopters and arcs.
  // Made only when an export is asked for: a play-through step should not pay for the shown
  // cities, the alt text and the symbols.
  const viewExport = useCallback(() => {
    const year = state.view === 'timeline' ? state.year : undefined;
    const shown = displayedMatch(match, research.display, year);
    const briefing = briefingContent({
      meta: atlas.meta, match: shown, colourBy: state.colourBy, valueOf: colouring.valueOf, counts: colouring.counts, highlighted, url: viewUrl(state), date,
      spread: research.display.spread, solutionLabel: state.solution ? optionLabel('solution', state.solution) : undefined, year,
    });
    return { briefing, shown };
  }, [atlas.meta, match, state, colouring, highlighted, date, research.display]);
  // The 2D map paints the first view; the WebGL map, where it is the map, takes over once drawn.
  const rendering = useRenderer(state.renderer);
  const mapArea = useRef<HTMLDivElement>(null);
  const [webglReady, setWebglReady] = useState(false);
  const onWebglReady = useCallback(() => flushSync(() => setWebglReady(true)), []);
  // Leaving the WebGL map forgets it was ready: coming back, the 2D map shows until it is again.
  if (webglReady && rendering.renderer !== 'webgl') setWebglReady(false);
  const show2d = rendering.renderer !== 'webgl' || !webglReady;
  const { onFirstView: rendererFirstView } = rendering;
  const onFirstView = useCallback(() => {
    mapArea.current?.setAttribute('data-first-view', '1');
    announceFirstView();
    rendererFirstView();
  }, [rendererFirstView]);
  const walkPatterns = useMemo(() => (patterns ? { pattern: state.pattern, classes: patterns.classes, values: patterns.values } : undefined), [patterns, state.pattern]);
  const walk = useWalkItems({ lang, cities: atlas.cities, shownIds: research.display.shownIds, initiativesByCity: index.initiativesByCity, regions: atlas.regions, patterns: walkPatterns });
  const onCamera = useCallback((camera: Camera) => dispatch(actions.moveCamera, camera), [dispatch]);
  const onRegionClick = useCallback((code: string) => dispatch(actions.filterToRegion, code), [dispatch]);
  const mapProps = {
    cities: atlas.cities, shownIds: research.display.shownIds, colourOf: research.colourOf, arcs: research.display.spread?.arcs,
    highlighted, showPlaces: state.showPlaces, showRegions: state.showRegions, choropleth: patterns?.choropleth,
    onCamera, onSelect: select, onRegionClick, walk,
  };
  // Escape in the city card returns to the map the walk came from.
  const onDetailKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !mapVisible) return;
    e.preventDefault();
    dispatch(actions.closeCity, undefined);
    mapArea.current?.querySelector<HTMLElement>('[role="application"]')?.focus();
  };
  const { contextOf } = research;
  const cardContext = useMemo(() => (selected ? contextOf(selected) : []), [selected, contextOf]);
  const viewTable = state.view === 'timeline' && research.stacks ? { name: 'timeline.csv', rows: () => yearRows(research.stacks!) }
    : state.view === 'spread' && state.solution ? { name: `spread-${state.solution}.csv`, rows: () => adopterRows(state.solution!, research.display.spread?.adopters ?? []) }
    : state.view === 'drivers' && research.factors ? { name: `drivers-${state.pattern.typology}.csv`, rows: () => factorRows(research.factors!, state.pattern.typology) }
    : undefined;
  const goScene = useCallback((i: number) => {
    const scene = scenes.scenes[i];
    if (!scene) return;
    dispatch(actions.replayScene, { query: scene.query, cityIds });
    setPresenting(i);
  }, [scenes.scenes, dispatch, cityIds]);
  const exitPresentation = useCallback(() => setPresenting(undefined), []);
  // A scene keeps the view the presenter came from (timeline, spread, patterns…), not the scenes list itself.
  const contentView = useRef<View>(state.view);
  useEffect(() => { if (state.view !== 'scenes' && state.view !== 'share' && state.view !== 'accessibility') contentView.current = state.view; }, [state.view]);
  const saveScene = (title: string, notes: string) => scenes.add({ title, notes, query: actions.sceneQuery(state, contentView.current) });

  return (
    <div className={`app view-${state.view}${state.embed ? ' embed' : ''}${presenting !== undefined ? ' presenting' : ''}`} data-texts={texts}>
      <a className="skip-link" href="#city-table" onClick={() => setView('table')}>{t('app.skipToTable')}</a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        <LanguageSwitch lang={lang} onChange={(l) => dispatch(actions.setLanguage, l)} />
        <nav aria-label={t('views.label')} className="view-tabs">
          {TAB_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => setView(v)}>
              {t(`view.${v}` as MessageKey)}{v === 'compare' && state.compare.length ? ` (${state.compare.length})` : ''}
            </button>
          ))}
        </nav>
      </header>
      {state.embed && <a className="embed-link" href={viewUrl({ ...state, embed: false })} target="_blank" rel="noopener">{t('embed.open')}</a>}
      {presenting !== undefined && <Suspense fallback={null}><Presentation scenes={scenes.scenes} index={presenting} onGo={goScene} onExit={exitPresentation} /></Suspense>}
      {ignored.length > 0 && <Notice message={t('app.ignoredParams', { list: ignored.map((i) => `${i.param} (${i.reason})`).join('; ') })} onDismiss={dismissIgnored} />}
      {scenes.problem && <Notice message={t('scenes.storageProblem', { reason: scenes.problem })} onDismiss={scenes.dismissProblem} />}
      <div className="layout">
        {/* Keyed by language: the memoised filter panels and legend re-render when it changes. */}
        <aside key={lang} className={filtersOpen ? 'sidebar' : 'sidebar collapsed'}>
          <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
            {/* The counts follow with the filters: the first plural or number formatted loads the browser's locale data (20-30 ms). */}
            {afterFirstView ? t('filters.toggle', { cities: match.cities.length, initiatives: match.initiatives.length }) : t('filters.title')}
          </button>
          {facets && <FilterPanel filters={state.filters} facets={facets} matchedCities={match.cities.length} matchedInitiatives={match.initiatives.length}
            regionByCode={regionByCode} onToggle={toggle} onChange={setFilters} titlesLoaded={texts === 'ready'} />}
        </aside>
        <main className="main" id="main">
          <div ref={mapArea} className={`map-area${mapVisible ? '' : ' hidden'}${legendDocked && state.view === 'map' ? ' legend-docked' : ''}`} data-renderer={rendering.renderer}>
            <div className="map-stack">
              {rendering.renderer === 'webgl' && (
                <Suspense fallback={null}>
                  <MapView {...mapProps} tilesets={atlas.meta.tilesets} camera={state.camera} onReady={onWebglReady} onFailed={rendering.onWebglFailed} />
                </Suspense>
              )}
              {show2d && <SvgMap {...mapProps} camera={state.camera ?? DEFAULT_CAMERA} onDrawn={onFirstView} />}
            </div>
            {state.view === 'timeline' && state.year !== undefined && (
              <div className="map-year" aria-hidden="true"><span className="map-year-value">{state.year}</span><span className="map-year-label">{t('timeline.mapYear', { year: state.year })}</span></div>
            )}
            {state.view === 'map' && afterFirstView && (
              <Legend key={lang} cities={atlas.cities} onGoTo={goTo}
                colourBy={state.colourBy} counts={colouring.counts} showPlaces={state.showPlaces} showRegions={state.showRegions}
                onColourBy={(c) => dispatch(actions.setColourBy, c)} onShowPlaces={(v) => dispatch(actions.setShowPlaces, v)}
                onShowRegions={(v) => dispatch(actions.setShowRegions, v)} docked={legendDocked} onDock={dockLegend}
                renderer={state.renderer} rendererWhy={rendering.why} onRenderer={(r) => dispatch(actions.setRenderer, r)} />
            )}
          </div>
          <Suspense fallback={null}>
            {patterns && (
              <PatternsPanel pattern={state.pattern} classes={patterns.classes} zeroRegions={patterns.zero} table={patterns.table}
                onChange={(pattern) => dispatch(actions.setPattern, pattern)}
                onCell={(category, row, typology, column) => dispatch(actions.filterToCell, { categoryGroup: CATEGORY_GROUP[category], row, typology, column })} />
            )}
            {state.view === 'timeline' && research.stacks && (
              <TimelinePanel stacks={research.stacks} colourBy={state.colourBy} yearFrom={state.filters.yearFrom} yearTo={state.filters.yearTo} year={state.year}
                attribution={atlas.meta.attribution} onRange={setYearRange} onYear={setYear} onPlayYear={playYear} />
            )}
            {state.view === 'spread' && (
              <SpreadPanel solution={state.solution} choices={research.solutionChoices} adopters={research.display.spread?.adopters ?? []}
                classOf={research.display.spread?.classOf ?? new Map()} arcCount={research.display.spread?.arcs.length ?? 0} cityName={cityName}
                attribution={atlas.meta.attribution} onOpen={select}
                onSolution={(solution) => dispatch(actions.setSolution, solution)} />
            )}
            {state.view === 'drivers' && research.factors && (
              <DriversPanel table={research.factors} typology={state.pattern.typology} attribution={atlas.meta.attribution}
                onTypology={(typology) => dispatch(actions.setTypology, typology)}
                onCell={(kind, key, typology, column) => dispatch(actions.filterToFactor, { group: kind, key, typology, column })} />
            )}
            {RESEARCH_VIEWS.has(state.view) && viewTable && (
              <ViewExports make={viewExport} cityById={cityById} table={viewTable}
                withMap={state.view !== 'drivers'} texts={texts} />
            )}
            {state.view === 'table' && (
              // Keyed by language: the table's memoised columns and sort ranks are made in one language.
              <TableView key={lang} rows={state.tableRows} onRows={setTableRows} cities={match.cities} allCities={atlas.cities} initiatives={match.initiatives}
                allInitiatives={atlas.initiatives} initiativesByCity={index.initiativesByCity} cityById={cityById} texts={texts}
                selectedCity={state.selectedCity} onOpen={select} />
            )}
            {state.view === 'compare' && <CompareView cities={compareCities} initiatives={atlas.initiatives} allCities={atlas.cities} initiativesByCity={index.initiativesByCity} onRemove={removeCompare} />}
            {state.view === 'scenes' && <ScenesPanel scenes={scenes.scenes} onSave={saveScene} onRemove={scenes.remove} onMove={scenes.move} onImport={scenes.importText} onPresent={goScene} />}
            {state.view === 'accessibility' && <AccessibilityStatement onBack={() => setView(contentView.current)} />}
            {briefing && <SharePanel texts={texts} state={state} cities={match.cities} initiatives={match.initiatives} cityById={cityById} {...briefing} />}
          </Suspense>
        </main>
        {selected && (
          <aside className="detail" aria-label={selected.name} onKeyDown={onDetailKey}>
            <Suspense fallback={null}>
              {state.panel === 'peers'
                ? <PeerFinder city={selected} cities={atlas.cities} regionByCode={regionByCode} onOpen={select} onBack={() => dispatch(actions.showCard, undefined)} />
                : <CityCard city={selected} initiatives={index.initiativesByCity.get(selected.id) ?? []} regionByCode={regionByCode} cityName={cityName} texts={texts}
                    inCompare={state.compare.includes(selected.id)} compareCount={state.compare.length}
                    onClose={() => dispatch(actions.closeCity, undefined)}
                    onCompare={() => dispatch(actions.addToCompare, selected.id)}
                    onPeers={() => dispatch(actions.showPeers, undefined)}
                    context={cardContext} onSpread={(solution) => dispatch(actions.openSpread, solution)} />}
            </Suspense>
          </aside>
        )}
      </div>
      <CompareTray cities={compareCities} onRemove={removeCompare} onOpen={() => setView('compare')} />
      <Credits meta={atlas.meta} statementHref={viewUrl({ ...state, view: 'accessibility' })} onStatement={() => setView('accessibility')} />
      <PrintBriefing cities={match.cities} make={briefingNow} />
    </div>
  );
}
