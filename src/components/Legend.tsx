import { memo, useId } from 'react';
import type { City } from '../domain/atlasSchema';
import { categoryValues, NOT_KNOWN_COLOUR, paletteFor } from '../domain/palettes';
import { COLOUR_CATEGORIES, type ColourCategory } from '../domain/vocabularies';
import { intlLocale, optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import { RENDERERS, type RendererSetting } from '../domain/renderer';

interface Props {
  readonly cities: readonly City[];
  readonly onGoTo: (city: City) => void;
  readonly colourBy: ColourCategory;
  readonly counts: ReadonlyMap<string, number>;
  readonly showPlaces: boolean;
  readonly showRegions: boolean;
  readonly onColourBy: (c: ColourCategory) => void;
  readonly onShowPlaces: (v: boolean) => void;
  readonly onShowRegions: (v: boolean) => void;
  /** Docked beside the map rather than over it (a display preference of this browser, not part of the link). */
  readonly docked: boolean;
  readonly onDock: (docked: boolean) => void;
  readonly renderer: RendererSetting;
  /** Why the 2D map is the map, when it is. */
  readonly rendererWhy?: MessageKey | undefined;
  readonly onRenderer: (r: RendererSetting) => void;
}

/** Map legend and layer controls; each colour is named, so colour is never the only cue. */
export function Legend({ cities, onGoTo, colourBy, counts, showPlaces, showRegions, onColourBy, onShowPlaces, onShowRegions, docked, onDock, renderer, rendererWhy, onRenderer }: Props) {
  const ids = { colour: useId(), places: useId(), regions: useId(), goto: useId(), renderer: useId() };
  const palette = paletteFor(colourBy);
  return (
    <details className="legend" open>
      <summary>{t('map.legend')}</summary>
      <button type="button" className="dock" aria-pressed={docked} onClick={() => onDock(!docked)}>{t(docked ? 'map.undock' : 'map.dock')}</button>
      <div className="legend-grid">
        <label htmlFor={ids.goto}>{t('map.goTo')}</label>
        <GoToCity id={ids.goto} cities={cities} onGoTo={onGoTo} />
        <label htmlFor={ids.colour}>{t('map.colourBy')}</label>
        <select id={ids.colour} value={colourBy} onChange={(e) => onColourBy(e.target.value as ColourCategory)}>
          {COLOUR_CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}` as MessageKey)}</option>)}
        </select>
      </div>
      <ul>
        {categoryValues(colourBy).map((v) => (
          <li key={v}><span className="swatch round" style={{ background: palette.get(v) }} aria-hidden="true" />{optionLabel(CATEGORY_GROUP[colourBy], v)} ({counts.get(v) ?? 0})</li>
        ))}
        <li><span className="swatch round" style={{ background: NOT_KNOWN_COLOUR }} aria-hidden="true" />{t('map.notKnown')} ({counts.get('') ?? 0})</li>
      </ul>
      <details className="legend-more">
      <summary>{t('map.layers')}</summary>
      <p className="note">{t('map.sizeNote')}</p>
      <div className="toggles">
      <div className="toggle">
        <input id={ids.places} type="checkbox" checked={showPlaces} onChange={(e) => onShowPlaces(e.target.checked)} />
        <label htmlFor={ids.places}>{t('map.showPlaces')}</label>
      </div>
      <div className="toggle">
        <input id={ids.regions} type="checkbox" checked={showRegions} onChange={(e) => onShowRegions(e.target.checked)} />
        <label htmlFor={ids.regions}>{t('map.showRegions')}</label>
      </div>
      </div>
      <label htmlFor={ids.renderer}>{t('map.renderer')}</label>
      <select id={ids.renderer} value={renderer} onChange={(e) => onRenderer(e.target.value as RendererSetting)}>
        {RENDERERS.map((r) => <option key={r} value={r}>{t(`map.renderer.${r}`)}</option>)}
      </select>
      {rendererWhy && <p className="note renderer-why">{t(rendererWhy)}</p>}
      </details>
    </details>
  );
}

/**
 * Every case city, whatever the filters: the list does not change (and is not re-rendered) when
 * the filters do, and a card opens for any city.
 */
const GoToCity = memo(function GoToCity({ id, cities, onGoTo }: { readonly id: string; readonly cities: readonly City[]; readonly onGoTo: (c: City) => void }) {
  const sorted = [...cities].sort((a, b) => a.name.localeCompare(b.name, intlLocale()));
  return (
    <select id={id} value="" onChange={(e) => { const c = cities.find((x) => x.id === e.target.value); if (c) onGoTo(c); }}>
      <option value="">{t('map.goToPrompt', { count: cities.length })}</option>
      {sorted.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
    </select>
  );
});
