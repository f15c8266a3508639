import { serializeUrlState } from '../domain/urlState';
import type { ViewState } from '../domain/viewState';

/** The absolute, shareable URL of a view state on this page. */
export function viewUrl(state: ViewState): string {
  const search = serializeUrlState(state);
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
}
