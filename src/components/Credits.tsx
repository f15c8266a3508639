import { t } from '../i18n/messages';

interface Props {
  readonly meta: { readonly dataVersion: string; readonly attribution: readonly string[] };
  /** The link to the statement, keeping the view's language and state. */
  readonly statementHref: string;
  readonly onStatement: () => void;
}

/** The footer: the data's attributions (the same list every export carries), its version and the accessibility statement. */
export function Credits({ meta, statementHref, onStatement }: Props) {
  return (
    <footer className="credits">
      {meta.attribution.map((a) => <span key={a}>{a} · </span>)}
      <span>{t('app.dataVersion', { version: meta.dataVersion })}</span>
      {' · '}<a href={statementHref} onClick={(e) => { e.preventDefault(); onStatement(); }}>{t('footer.accessibility')}</a>
      <p className="disclaimer">{t('app.disclaimer')}</p>
    </footer>
  );
}
