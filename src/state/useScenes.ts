import { useCallback, useEffect, useState } from 'react';
import { moveScene, parseScenes, type Scene } from '../domain/scenes';
import { loadScenes, saveScenes } from './sceneStore';
import { afterFirstView } from './firstView';

/**
 * Scenes with persistence; every change is saved, and problems are reported, never thrown. They
 * are read from storage after the first view (no view before it can show or change them).
 */
export function useScenes() {
  const [scenes, setScenes] = useState<Scene[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => afterFirstView(() => {
    const loaded = loadScenes();
    setScenes(loaded.scenes);
    setProblem(loaded.problem);
  }), []);
  const commit = useCallback((next: Scene[]) => {
    setScenes(next);
    const err = saveScenes(next);
    if (err) setProblem(err);
  }, []);
  const add = useCallback((s: Omit<Scene, 'id'>) => commit([...scenes, { ...s, id: `s${Date.now().toString(36)}${scenes.length}` }]), [scenes, commit]);
  const remove = useCallback((id: string) => commit(scenes.filter((s) => s.id !== id)), [scenes, commit]);
  const move = useCallback((from: number, to: number) => commit(moveScene(scenes, from, to)), [scenes, commit]);
  /** Replaces all scenes from an imported file; a bad file changes nothing and returns the reason. */
  const importText = useCallback((text: string): string | undefined => {
    const parsed = parseScenes(text);
    if (!parsed.ok) return parsed.reason;
    commit(parsed.scenes);
    return undefined;
  }, [commit]);
  return { scenes, problem, dismissProblem: () => setProblem(undefined), add, remove, move, importText };
}
