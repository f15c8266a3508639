import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData, City } from '../domain/atlasSchema';
import type { FilterGroupKey } from '../domain/filterGroups';
import { VIEWS, type View } from '../domain/viewState';
import * as actions from '../domain/actions';
import { useScenes } from '../state/useScenes';
import { viewUrl } from '../state/viewUrl';
import { briefingContent } from '../export/briefingContent';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import { useViewState } from '../state/useViewState';
import { useAtlasIndex, useMatches } from '../state/useAtlasSelectors';
import { useDerivedView } from '../state/useDerivedView';
import { t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { FilterPanel } from './FilterPanel';
import { CityCard } from './CityCard';
import { CityTable } from './CityTable';
import { CompareTray } from './CompareTray';
import { CompareView } from './CompareView';
import { PeerFinder } from './PeerFinder';
import { PatternsPanel } from './PatternsPanel';
import { Legend } from './Legend';
import { Notice } from './Notice';
import { Credits } from './Credits';
import { ScenesPanel } from './ScenesPanel';
import { SharePanel } from './SharePanel';
import { Presentation } from './Presentation';
import { PrintBriefing } from './PrintBriefing';

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
  const { match, facets } = useMatches(index, state.filters);
  const { colouring, highlighted, patterns } = useDerivedView(state, match, cityById, atlas.regions);
  const toggle = useCallback((group: FilterGroupKey, option: string) => dispatch(actions.toggleFilter, { group, option }), [dispatch]);
  const goTo = useCallback((c: City) => dispatch(actions.goToCity, c), [dispatch]);
  const select = useCallback((id: string) => dispatch(actions.selectCity, id), [dispatch]);
  const setView = (view: View) => dispatch(actions.setView, view);
  const selected = state.selectedCity ? cityById.get(state.selectedCity) : undefined;
  const showsTexts = selected !== undefined || state.view === 'share';
  useEffect(() => { if (showsTexts && texts === 'loading') onNeedTexts(); }, [showsTexts, texts, onNeedTexts]);
  const cityName = useCallback((id: string) => cityById.get(id)?.name ?? id, [cityById]);
  const compareCities = state.compare.map((id) => cityById.get(id)).filter((c) => c !== undefined);
  const removeCompare = (id: string) => dispatch(actions.removeFromCompare, id);
  const mapVisible = state.view === 'map' || state.view === 'patterns' || state.view === 'share';
  const scenes = useScenes();
  const [presenting, setPresenting] = useState<number | undefined>();
  // On a phone the filters start folded away so the map comes first; on wider screens they always show.
  const [filtersOpen, setFiltersOpen] = useState(() => !window.matchMedia('(max-width: 820px)').matches);
  const url = useMemo(() => viewUrl(state), [state]);
  const date = new Date().toISOString().slice(0, 10);
  const briefing = useMemo(() => briefingContent({ meta: atlas.meta, match, colourBy: state.colourBy, valueOf: colouring.valueOf, counts: colouring.counts, highlighted, url, date }),
    [atlas.meta, match, state.colourBy, colouring, highlighted, url, date]);
  const goScene = useCallback((i: number) => {
    const scene = scenes.scenes[i];
    if (!scene) return;
    dispatch(actions.replayScene, { query: scene.query, cityIds });
    setPresenting(i);
  }, [scenes.scenes, dispatch, cityIds]);
  const exitPresentation = useCallback(() => setPresenting(undefined), []);
  const saveScene = (title: string, notes: string) => scenes.add({ title, notes, query: actions.sceneQuery(state) });

  return (
    <div className={`app view-${state.view}${state.embed ? ' embed' : ''}${presenting !== undefined ? ' presenting' : ''}`} data-texts={texts}>
      <a className="skip-link" href="#city-table" onClick={() => setView('table')}>{t('app.skipToTable')}</a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        <nav aria-label={t('views.label')} className="view-tabs">
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => setView(v)}>
              {t(`view.${v}` as MessageKey)}{v === 'compare' && state.compare.length ? ` (${state.compare.length})` : ''}
            </button>
          ))}
        </nav>
      </header>
      {state.embed && <a className="embed-link" href={viewUrl({ ...state, embed: false })} target="_blank" rel="noopener">{t('embed.open')}</a>}
      {presenting !== undefined && <Presentation scenes={scenes.scenes} index={presenting} onGo={goScene} onExit={exitPresentation} />}
      {ignored.length > 0 && <Notice message={t('app.ignoredParams', { list: ignored.map((i) => `${i.param} (${i.reason})`).join('; ') })} onDismiss={dismissIgnored} />}
      {scenes.problem && <Notice message={t('scenes.storageProblem', { reason: scenes.problem })} onDismiss={scenes.dismissProblem} />}
      <div className="layout">
        <aside className={filtersOpen ? 'sidebar' : 'sidebar collapsed'}>
          <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
            {t('filters.toggle', { cities: match.cities.length, initiatives: match.initiatives.length })}
          </button>
          <FilterPanel filters={state.filters} facets={facets} matchedCities={match.cities.length} matchedInitiatives={match.initiatives.length}
            regionByCode={regionByCode} onToggle={toggle} onChange={(filters) => dispatch(actions.setFilters, filters)} />
        </aside>
        <main className="main" id="main">
          <div className={mapVisible ? 'map-area' : 'map-area hidden'}>
            <Suspense fallback={<div className="map-loading">{t('app.loading')}</div>}>
              <MapView cities={atlas.cities} matchedIds={match.cityIds} colourOf={colouring.colourOf}
                highlighted={highlighted} showPlaces={state.showPlaces} showRegions={state.showRegions} camera={state.camera}
                choropleth={patterns?.choropleth}
                visible={mapVisible} onCamera={(camera) => dispatch(actions.moveCamera, camera)} onSelect={select}
                onRegionClick={(code) => dispatch(actions.filterToRegion, code)} />
            </Suspense>
            {state.view === 'map' && (
              <Legend cities={atlas.cities} onGoTo={goTo}
                colourBy={state.colourBy} counts={colouring.counts} showPlaces={state.showPlaces} showRegions={state.showRegions}
                onColourBy={(c) => dispatch(actions.setColourBy, c)} onShowPlaces={(v) => dispatch(actions.setShowPlaces, v)}
                onShowRegions={(v) => dispatch(actions.setShowRegions, v)} />
            )}
          </div>
          {patterns && (
            <PatternsPanel pattern={state.pattern} classes={patterns.classes} zeroRegions={patterns.zero} table={patterns.table}
              onChange={(pattern) => dispatch(actions.setPattern, pattern)}
              onCell={(category, row, typology, column) => dispatch(actions.filterToCell, { categoryGroup: CATEGORY_GROUP[category], row, typology, column })} />
          )}
          {state.view === 'table' && <CityTable cities={match.cities} initiativesByCity={index.initiativesByCity} selectedCity={state.selectedCity} onOpen={select} />}
          {state.view === 'compare' && <CompareView cities={compareCities} initiatives={atlas.initiatives} onRemove={removeCompare} />}
          {state.view === 'scenes' && <ScenesPanel scenes={scenes.scenes} onSave={saveScene} onRemove={scenes.remove} onMove={scenes.move} onImport={scenes.importText} onPresent={goScene} />}
          {state.view === 'share' && <SharePanel texts={texts} state={state} cities={match.cities} initiatives={match.initiatives} cityById={cityById} {...briefing} />}
        </main>
        {selected && (
          <aside className="detail" aria-label={selected.name}>
            {state.panel === 'peers'
              ? <PeerFinder city={selected} cities={atlas.cities} regionByCode={regionByCode} onOpen={select} onBack={() => dispatch(actions.showCard, undefined)} />
              : <CityCard city={selected} initiatives={index.initiativesByCity.get(selected.id) ?? []} regionByCode={regionByCode} cityName={cityName} texts={texts}
                  inCompare={state.compare.includes(selected.id)} compareCount={state.compare.length}
                  onClose={() => dispatch(actions.closeCity, undefined)}
                  onCompare={() => dispatch(actions.addToCompare, selected.id)}
                  onPeers={() => dispatch(actions.showPeers, undefined)} />}
          </aside>
        )}
      </div>
      <CompareTray cities={compareCities} onRemove={removeCompare} onOpen={() => setView('compare')} />
      <Credits meta={atlas.meta} />
      <PrintBriefing cities={match.cities} altText={briefing.altText} image={briefing.image} citation={briefing.citation} />
    </div>
  );
}
