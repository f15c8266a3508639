import { useId } from 'react';
import { adopterRows, type Adopter } from '../domain/spread';
import { hasTexts } from '../domain/atlasPack';
import { ADOPTION_COLOURS, NOT_KNOWN_COLOUR } from '../domain/palettes';
import { countryName, optionLabel, t } from '../i18n/messages';
import { SafeLink } from './SafeLink';
import { ChartCsvButton } from './ChartCsvButton';

interface Props {
  readonly solution?: string | undefined;
  /** Solutions used by matching initiatives, with their number of case cities. */
  readonly choices: readonly (readonly [string, number])[];
  readonly adopters: readonly Adopter[];
  readonly classOf: ReadonlyMap<string, number | undefined>;
  readonly arcCount: number;
  readonly cityName: (id: string) => string;
  readonly attribution: readonly string[];
  readonly onSolution: (s: string | undefined) => void;
  readonly onOpen: (id: string) => void;
}

const swatch = (cls: number | undefined) => (cls === undefined ? NOT_KNOWN_COLOUR : ADOPTION_COLOURS[cls]!);

export function SpreadPanel({ solution, choices, adopters, classOf, arcCount, cityName, attribution, onSolution, onOpen }: Props) {
  const id = useId();
  const label = solution ? optionLabel('solution', solution) : '';
  return (
    <section className="spread" aria-labelledby="spread-title">
      <h2 id="spread-title">{t('spread.title')}</h2>
      <label htmlFor={id}>{t('spread.choose')}</label>
      <select id={id} value={solution ?? ''} onChange={(e) => onSolution(e.target.value || undefined)}>
        <option value="">{t('spread.none')}</option>
        {solution && !choices.some(([s]) => s === solution) && <option value={solution}>{t('spread.option', { label, count: 0 })}</option>}
        {choices.map(([s, n]) => <option key={s} value={s}>{t('spread.option', { label: optionLabel('solution', s), count: n })}</option>)}
      </select>
      <p className="chart-note">{t('spread.help')}</p>
      {solution && (
        <>
          <p className="spread-key" aria-hidden="true">
            {t('spread.colours')}: {t('spread.early')} {ADOPTION_COLOURS.map((c) => <span key={c} className="swatch" style={{ background: c }} />)} {t('spread.late')}
            {' · '}<span className="swatch" style={{ background: NOT_KNOWN_COLOUR }} /> {t('spread.yearNotKnown')}
          </p>
          <p>{t('spread.arcs', { count: arcCount })}</p>
          {adopters.length === 0 ? <p>{t('spread.empty')}</p> : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('spread.tableCaption', { solution: label })}>
              <table className="spread-table">
                <caption>{t('spread.tableCaption', { solution: label })}</caption>
                <thead><tr><th scope="col">{t('spread.order')}</th><th scope="col">{t('spread.city')}</th><th scope="col">{t('spread.firstYear')}</th><th scope="col">{t('spread.initiatives')}</th><th scope="col">{t('spread.from')}</th></tr></thead>
                <tbody>
                  {adopters.map((a, k) => (
                    <tr key={a.city.id} data-city={a.city.id}>
                      <td className="num">{k + 1}</td>
                      <th scope="row">
                        <span className="swatch" style={{ background: swatch(classOf.get(a.city.id)) }} aria-hidden="true" />
                        <button type="button" className="link-button" onClick={() => onOpen(a.city.id)} aria-label={`${t('spread.open')}: ${a.city.name}`}>{a.city.name}</button>
                        <span className="muted"> {countryName(a.city.country)}</span>
                      </th>
                      <td className="num">{a.year ?? t('spread.yearNotKnown')}</td>
                      <td>
                        <ul className="plain">
                          {a.initiatives.map((i) => (
                            <li key={i.id}>{i.title || t('card.titleLoading')}{i.startYear !== undefined ? ` (${i.startYear})` : ''}
                              {hasTexts(i) && <> — {i.sources.map((s, n) => <span key={n}>{n ? ' · ' : ''}<SafeLink href={s} /></span>)}</>}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{[...new Set(a.initiatives.flatMap((i) => i.adoptedFrom))].map(cityName).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ChartCsvButton name={`atlas-spread-${solution}.csv`} rows={() => adopterRows(solution, adopters)} attribution={attribution} />
        </>
      )}
    </section>
  );
}
