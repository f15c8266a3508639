import type { City } from '../domain/atlasSchema';
import type { Rgb } from '../domain/palettes';
import type { Camera, PatternLevel } from '../domain/viewState';
import type { MapWalk } from '../state/useWalkItems';

/** The regional-patterns view's map: each region of a NUTS level in a class of the legend. */
export interface Choropleth { readonly level: PatternLevel; readonly classByCode: ReadonlyMap<string, number> }

/** What either map draws and how it answers, whichever renderer draws it (2D or WebGL). */
export interface MapContentProps {
  readonly cities: readonly City[];
  readonly shownIds: ReadonlySet<string>;
  readonly colourOf: (c: City) => Rgb;
  readonly highlighted: readonly City[];
  readonly showPlaces: boolean;
  readonly showRegions: boolean;
  readonly choropleth?: Choropleth | undefined;
  /** Links a source names between adopters of a shared solution, earlier to later. */
  readonly arcs?: readonly { readonly from: City; readonly to: City }[] | undefined;
  /** What the keyboard walks over (cities, or the choropleth's regions) and what it says. */
  readonly walk: MapWalk;
  readonly onCamera: (c: Camera) => void;
  readonly onSelect: (id: string) => void;
  readonly onRegionClick: (code: string) => void;
}
