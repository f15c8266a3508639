/**
 * The views' code loads after the first view (or at once where the link opens a view, a city or
 * a presentation; see main.tsx): a tenth of the script the first view used to parse and run.
 */
import { lazy, type ComponentType } from 'react';

type Views = typeof import('./views');
let loading: Promise<Views> | undefined;
let loaded: Views | undefined;
export function loadViews(): Promise<Views> {
  loading ??= import('./views').then((m) => { loaded = m; return m; }, (e: unknown) => { loading = undefined; throw e; });
  return loading;
}

/**
 * A view that renders at once when its code is already here. React.lazy suspends on the first
 * render of each component until its promise settles, even a settled one: a view opened with a
 * click would show nothing for a frame. A thenable that calls back at once lets React take it in
 * the same render.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
function view<T extends ComponentType<any>>(pick: (m: Views) => T) {
  return lazy(() => {
    if (!loaded) return loadViews().then((m) => ({ default: pick(m) }));
    const module = { default: pick(loaded) };
    return { then: (resolve: (m: { default: T }) => void) => resolve(module) } as unknown as Promise<{ default: T }>;
  });
}

export const AccessibilityStatement = view((m) => m.AccessibilityStatement);
export const CityCard = view((m) => m.CityCard);
export const CompareView = view((m) => m.CompareView);
export const DriversPanel = view((m) => m.DriversPanel);
export const PatternsPanel = view((m) => m.PatternsPanel);
export const PeerFinder = view((m) => m.PeerFinder);
export const Presentation = view((m) => m.Presentation);
export const ScenesPanel = view((m) => m.ScenesPanel);
export const SharePanel = view((m) => m.SharePanel);
export const SpreadPanel = view((m) => m.SpreadPanel);
export const TableView = view((m) => m.TableView);
export const TimelinePanel = view((m) => m.TimelinePanel);
export const ViewExports = view((m) => m.ViewExports);
