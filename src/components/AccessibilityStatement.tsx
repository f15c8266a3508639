import { formatDate, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';

/** Limitations known from the last check; each is a catalogue entry so that it is translated with the rest. */
const LIMITS: readonly MessageKey[] = ['a11y.limit.map', 'a11y.limit.corpus', 'a11y.limit.translation', 'a11y.limit.exports', 'a11y.limit.technical', 'a11y.limit.virtualTable'];
/** The date of the last check with axe-core, the keyboard walk tests and the layout tests. */
const LAST_CHECKED = '2026-11-30';

/** The accessibility statement, after the EU model statement (Implementing Decision (EU) 2018/1523). */
export function AccessibilityStatement({ onBack }: { readonly onBack: () => void }) {
  const date = formatDate(LAST_CHECKED);
  return (
    <article className="statement" aria-labelledby="statement-title">
      <h2 id="statement-title">{t('a11y.title')}</h2>
      <p>{t('a11y.intro')}</p>
      <h3>{t('a11y.statusTitle')}</h3>
      <p>{t('a11y.status')}</p>
      <h3>{t('a11y.limitsTitle')}</h3>
      <p>{t('a11y.limitsIntro')}</p>
      <ul>{LIMITS.map((k) => <li key={k}>{t(k)}</li>)}</ul>
      <p>{t('a11y.alternative')}</p>
      <h3>{t('a11y.preparationTitle')}</h3>
      <p>{t('a11y.preparation', { date })}</p>
      <h3>{t('a11y.feedbackTitle')}</h3>
      <p>{t('a11y.feedback')}</p>
      <p>{t('a11y.contact')} <mark className="placeholder">{t('a11y.contactPlaceholder')}</mark></p>
      <h3>{t('a11y.enforcementTitle')}</h3>
      <p>{t('a11y.enforcement')}</p>
      <p><mark className="placeholder">{t('a11y.enforcementPlaceholder')}</mark></p>
      <button type="button" onClick={onBack}>{t('a11y.back')}</button>
    </article>
  );
}
