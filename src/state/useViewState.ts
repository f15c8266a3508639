/**
 * Keeps the view state and the URL in step: state → URL (debounced; camera moves replace the
 * history entry, other changes push one), URL → state on back/forward.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type Ignored } from '../domain/urlState';
import type { ViewState } from '../domain/viewState';

const WRITE_DELAY_MS = 250;

function withoutCamera(s: ViewState): string {
  return serializeUrlState({ ...s, camera: undefined });
}

export function useViewState(cityIds: ReadonlySet<string>) {
  const [initial] = useState(() => parseUrlState(window.location.search, { cityIds }));
  const [state, setState] = useState<ViewState>(initial.state);
  const [ignored, setIgnored] = useState<readonly Ignored[]>(initial.ignored);
  const fromHistory = useRef(false);
  const lastWritten = useRef<ViewState>(initial.state);

  useEffect(() => {
    if (fromHistory.current) { fromHistory.current = false; lastWritten.current = state; return; }
    const timer = window.setTimeout(() => {
      const search = serializeUrlState(state);
      const current = window.location.search.replace(/^\?/, '');
      if (search === current) return;
      const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
      const onlyCamera = withoutCamera(state) === withoutCamera(lastWritten.current);
      if (onlyCamera) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastWritten.current = state;
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseUrlState(window.location.search, { cityIds });
      fromHistory.current = true;
      setState(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [cityIds]);

  const update = useCallback((f: (s: ViewState) => ViewState) => setState((s) => f(s)), []);
  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { state, update, ignored, dismissIgnored };
}
