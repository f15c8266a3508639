import { t } from '../i18n/messages';

/** The footer: the data's attributions (the same list every export carries) and its version. */
export function Credits({ meta }: { readonly meta: { readonly dataVersion: string; readonly attribution: readonly string[] } }) {
  return (
    <footer className="credits">
      {meta.attribution.map((a) => <span key={a}>{a} · </span>)}
      <span>{t('app.dataVersion', { version: meta.dataVersion })}</span>
      <p className="disclaimer">{t('app.disclaimer')}</p>
    </footer>
  );
}
