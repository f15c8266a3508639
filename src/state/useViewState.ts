/**
 * Keeps the view state and the URL in step: state → URL (debounced), URL → state on
 * back/forward. State changes only through domain actions, and each action declares whether it
 * pushes a history entry or replaces the current one; within one write, a push wins.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runAction, type Action } from '../domain/actions';
import { parseUrlState, serializeUrlState, type Ignored } from '../domain/urlState';
import type { ViewState } from '../domain/viewState';

const WRITE_DELAY_MS = 250;

export type Dispatch = <I>(action: Action<I>, input: I) => void;

export function useViewState(cityIds: ReadonlySet<string>) {
  const [initial] = useState(() => parseUrlState(window.location.search, { cityIds }));
  const [state, setState] = useState<ViewState>(initial.state);
  const [ignored, setIgnored] = useState<readonly Ignored[]>(initial.ignored);
  const fromHistory = useRef(false);
  const pendingPush = useRef(false);
  // The last change came from an action that writes no link (a playing timeline).
  const transient = useRef(false);
  // The state as of the last dispatch, so that two actions in one tick build on each other.
  const current = useRef(state);
  useEffect(() => { current.current = state; }, [state]);

  useEffect(() => {
    if (fromHistory.current) { fromHistory.current = false; pendingPush.current = false; return; }
    if (transient.current) { transient.current = false; return; }
    const timer = window.setTimeout(() => {
      const search = serializeUrlState(state);
      const now = window.location.search.replace(/^\?/, '');
      if (search === now) return;
      const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
      if (pendingPush.current) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      pendingPush.current = false;
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseUrlState(window.location.search, { cityIds });
      fromHistory.current = true;
      // An action dispatched before the next render (a camera move) must build on the state of
      // this history entry, not on the one just left.
      current.current = parsed.state;
      setState(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [cityIds]);

  const dispatch: Dispatch = useCallback((action, input) => {
    if (action.history === 'push') pendingPush.current = true;
    transient.current = action.history === 'none';
    const outcome = runAction(action, current.current, input);
    current.current = outcome.state;
    setState(outcome.state);
    if (outcome.ignored?.length) setIgnored(outcome.ignored);
  }, []);
  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { state, dispatch, ignored, dismissIgnored };
}
