/**
 * Saved scenes for presentations: a title, speaker notes and the view as a URL query.
 * Stored in the browser; exported and imported as JSON, always validated.
 */
import { z } from 'zod';
import { t } from '../i18n/messages';

export const SCENES_FILE_VERSION = 1;

export const sceneSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  notes: z.string().max(5000),
  /** The view as serialised by serializeUrlState (no leading "?"). */
  query: z.string().max(4000),
});
export const scenesFileSchema = z.object({
  format: z.literal('atlas-scenes'),
  version: z.literal(SCENES_FILE_VERSION),
  scenes: z.array(sceneSchema).max(200),
});

export type Scene = z.infer<typeof sceneSchema>;

export function scenesFile(scenes: readonly Scene[]): string {
  return JSON.stringify({ format: 'atlas-scenes', version: SCENES_FILE_VERSION, scenes }, null, 2);
}

export type ParsedScenes = { ok: true; scenes: Scene[] } | { ok: false; reason: string };

/** Parse a scenes file or stored value; never throws. */
export function parseScenes(text: string): ParsedScenes {
  let json: unknown;
  try { json = JSON.parse(text); } catch { return { ok: false, reason: t('scenes.notJson') }; }
  const r = scenesFileSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, reason: t('scenes.notScenes', { where: i?.path.join('.') || 'root', detail: i?.message ?? '' }) };
  }
  return { ok: true, scenes: r.data.scenes };
}

export function moveScene(scenes: readonly Scene[], from: number, to: number): Scene[] {
  if (from < 0 || from >= scenes.length || to < 0 || to >= scenes.length) return [...scenes];
  const next = [...scenes];
  const [s] = next.splice(from, 1);
  next.splice(to, 0, s!);
  return next;
}
