import type { Ignored } from '../domain/urlState';
import { t } from '../i18n/messages';

/** Non-blocking notice listing link settings that were ignored. */
export function Notice({ ignored, onDismiss }: { readonly ignored: readonly Ignored[]; readonly onDismiss: () => void }) {
  if (ignored.length === 0) return null;
  const list = ignored.map((i) => `${i.param} (${i.reason})`).join('; ');
  return (
    <div className="notice" role="status">
      <span>{t('app.ignoredParams', { list })}</span>
      <button type="button" onClick={onDismiss}>{t('app.dismiss')}</button>
    </div>
  );
}
