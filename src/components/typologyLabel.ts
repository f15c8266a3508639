import type { Typology } from '../domain/viewState';
import { optionLabel } from '../i18n/messages';

/** Label of a class of a territorial typology (yes/no typologies share one vocabulary). */
export function typologyLabel(typology: Typology, v: string): string {
  return typology === 'coastal' || typology === 'border' || typology === 'capital' ? optionLabel('coastal', v) : optionLabel(typology, v);
}
