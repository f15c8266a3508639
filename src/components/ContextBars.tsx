import type { CityContext } from '../domain/context';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import type { ColourCategory } from '../domain/vocabularies';
import { countryName, formatShare, optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';

interface Props {
  readonly name: string;
  readonly country: string;
  readonly category: ColourCategory;
  readonly context: CityContext;
}


/**
 * Small bar charts drawn inside a table: each cell is both a bar and its number, so the chart and
 * its data table are one thing for a screen reader and a keyboard.
 */
export function ContextBars({ name, country, category, context }: Props) {
  const [city, nation, all] = context.profiles;
  const heads = [
    t('context.city', { name, n: city.n }),
    t('context.country', { country: countryName(country), n: nation.n }),
    t('context.all', { n: all.n }),
  ];
  return (
    <table className="context-bars">
      <caption>{t('context.caption', { category: t(`category.${category}` as MessageKey) })}</caption>
      <thead><tr><th scope="col">{t('context.value')}</th>{heads.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {context.rows.map((r) => (
          <tr key={r.value}>
            <th scope="row">{optionLabel(CATEGORY_GROUP[category], r.value)}</th>
            {r.shares.map((s, k) => (
              <td key={k} className={`bar-cell series-${k}`}>
                <span className="bar" style={{ width: `${Math.round(s * 100)}%` }} data-share={Math.round(s * 100)} aria-hidden="true" />
                <span className="bar-value">{formatShare(s)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
