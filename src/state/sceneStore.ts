/**
 * Scenes persist in localStorage. Unreadable or foreign data never blocks the atlas: it is
 * reported, and kept under a recovery key instead of being deleted.
 */
import { parseScenes, scenesFile, type Scene } from '../domain/scenes';
import { safeStorage } from './preferences';
import { t } from '../i18n/messages';

export const SCENES_KEY = 'atlas.scenes';
export const RECOVERY_KEY = 'atlas.scenes.unreadable';

export interface LoadedScenes { readonly scenes: Scene[]; readonly problem?: string }

export function loadScenes(storage: Storage | undefined = safeStorage()): LoadedScenes {
  if (!storage) return { scenes: [] };
  let raw: string | null;
  try { raw = storage.getItem(SCENES_KEY); } catch { return { scenes: [], problem: t('scenes.noStorage') }; }
  if (raw === null) return { scenes: [] };
  const parsed = parseScenes(raw);
  if (parsed.ok) return { scenes: parsed.scenes };
  try {
    storage.setItem(RECOVERY_KEY, raw);
    storage.removeItem(SCENES_KEY);
  } catch { /* storage full or blocked: the original value stays where it was */ }
  return { scenes: [], problem: t('scenes.keptCopy', { reason: parsed.reason, key: RECOVERY_KEY }) };
}

export function saveScenes(scenes: readonly Scene[], storage: Storage | undefined = safeStorage()): string | undefined {
  if (!storage) return t('scenes.noStorage');
  try {
    storage.setItem(SCENES_KEY, scenesFile(scenes));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

