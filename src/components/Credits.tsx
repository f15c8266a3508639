import { t } from '../i18n/messages';

export function Credits({ dataVersion }: { readonly dataVersion: string }) {
  return (
    <footer className="credits">
      <span>{t('credits.boundaries')}</span> · <span>{t('credits.places')}</span> · <span>{t('credits.context')}</span> · <span>{t('credits.corpus')}</span> ·{' '}
      <span>{t('app.dataVersion', { version: dataVersion })}</span>
      <p className="disclaimer">{t('app.disclaimer')}</p>
    </footer>
  );
}
