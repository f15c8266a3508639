import { t } from '../i18n/messages';

/** A small non-blocking notice (ignored link settings, unreadable saved scenes). */
export function Notice({ message, onDismiss }: { readonly message: string; readonly onDismiss: () => void }) {
  return (
    <div className="notice" role="status">
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>{t('app.dismiss')}</button>
    </div>
  );
}
