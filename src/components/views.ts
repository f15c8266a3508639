/**
 * The views and panels the first view does not show, as one chunk (see lazyViews.tsx): the
 * first view parses and runs only the map, the header and the footer.
 */
export { AccessibilityStatement } from './AccessibilityStatement';
export { CityCard } from './CityCard';
export { CompareView } from './CompareView';
export { DriversPanel } from './DriversPanel';
export { PatternsPanel } from './PatternsPanel';
export { PeerFinder } from './PeerFinder';
export { Presentation } from './Presentation';
export { ScenesPanel } from './ScenesPanel';
export { SharePanel } from './SharePanel';
export { SpreadPanel } from './SpreadPanel';
export { TableView } from './TableView';
export { TimelinePanel } from './TimelinePanel';
export { ViewExports } from './ViewExports';
