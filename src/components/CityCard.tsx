import { useEffect, useRef } from 'react';
import type { City, Initiative, Region } from '../domain/atlasSchema';
import { MAX_COMPARE } from '../domain/viewState';
import { countryName, formatNumber, optionLabel, t, yesNoLabel } from '../i18n/messages';
import { Basis, Derived } from './Basis';
import { InitiativeItem } from './InitiativeItem';
import { SafeLink } from './SafeLink';
import type { TextsState } from './Atlas';
import type { CityContext } from '../domain/context';
import type { ColourCategory } from '../domain/vocabularies';
import { ContextBars } from './ContextBars';

interface Props {
  readonly city: City;
  readonly initiatives: readonly Initiative[];
  readonly regionByCode: ReadonlyMap<string, Region>;
  /** Display name of any case city, for links between initiatives. */
  readonly cityName: (id: string) => string;
  readonly texts: TextsState;
  readonly inCompare: boolean;
  readonly compareCount: number;
  readonly onClose: () => void;
  readonly onCompare: () => void;
  readonly onPeers: () => void;
  /** The city beside its country's and all case cities, per category (whole corpus, not the filters). */
  readonly context: readonly (readonly [ColourCategory, CityContext])[];
  /** Opens the spread of a shared solution the city uses. */
  readonly onSpread: (solution: string) => void;
}

export function CityCard({ city, initiatives, regionByCode, cityName, texts, inCompare, compareCount, onClose, onCompare, onPeers, context, onSpread }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [city.id]);
  const solutions = [...new Set(initiatives.flatMap((i) => i.sharedSolutions.value))].sort();
  const regionName = (code: string) => `${regionByCode.get(code)?.name ?? code} (${code})`;
  return (
    <article className="city-card" aria-labelledby="city-card-title">
      <header>
        <h2 id="city-card-title" tabIndex={-1} ref={heading}>{city.name}{city.nameEn ? <span className="title-en"> ({city.nameEn})</span> : null}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('card.close')}>✕</button>
      </header>
      <p className="country">{countryName(city.country)}</p>
      <p>
        {t('card.population')}: {city.population !== undefined ? formatNumber(city.population) : t('map.notKnown')}
        {city.populationYear ? ` (${city.populationYear})` : ''}
        {city.populationSource && <> · {t('card.populationSource')}: <SafeLink href={city.populationSource}>{city.populationOrigin === 'geonames' ? t('card.populationFromGeonames') : undefined}</SafeLink></>}
      </p>
      <div className="card-actions">
        <button type="button" onClick={onCompare} disabled={inCompare || compareCount >= MAX_COMPARE} aria-pressed={inCompare}>
          {inCompare ? t('card.inCompare') : t('card.addCompare')}
        </button>
        <button type="button" onClick={onPeers}>{t('card.findPeers')}</button>
      </div>
      {!inCompare && compareCount >= MAX_COMPARE && <p className="note">{t('compare.full', { max: MAX_COMPARE })}</p>}
      <h3>{t('card.context')}</h3>
      <dl className="context">
        <dt>{t('card.nuts')} <Derived /></dt><dd>{[city.nuts1, city.nuts2, city.nuts3].map(regionName).join(' › ')}</dd>
        <dt>{t('card.urbanRural')} <span className="basis">[{t('card.official')}]</span></dt><dd>{city.urbanRural ? optionLabel('urbanRural', city.urbanRural) : t('map.notKnown')}</dd>
        <dt>{t('card.coastal')} <span className="basis">[{t('card.official')}]</span></dt><dd>{yesNoLabel(city.coastal)}</dd>
        <dt>{t('card.mountain')} <span className="basis">[{t('card.official')}]</span></dt><dd>{yesNoLabel(city.mountain)}</dd>
        <dt>{t('card.border')} <Derived /></dt><dd>{yesNoLabel(city.border)}</dd>
        <dt>{t('card.capital')} <Derived /></dt><dd>{yesNoLabel(city.capital)}</dd>
        <dt>{t('card.distanceToCapital')} <Derived /></dt><dd>{city.distanceToCapitalKm !== undefined ? t('km', { n: formatNumber(city.distanceToCapitalKm) }) : t('map.notKnown')}</dd>
        <dt>{t('card.sizeClass')} <Derived /></dt><dd>{city.sizeClass ? optionLabel('sizeClass', city.sizeClass) : t('map.notKnown')}</dd>
        <dt>{t('card.degurba')}</dt><dd>{city.degurba ? optionLabel('degurba', city.degurba) : t('map.notKnown')}</dd>
      </dl>
      <h3>{t('card.governance')}</h3>
      <p>
        {city.governance.length ? city.governance.map((g) => optionLabel('governance', g)).join(', ') : t('map.notKnown')}
        {city.governance.length > 0 && <> <Basis basis={city.governanceBasis} /></>}
      </p>
      {city.governanceNote && <p className="why">{t('card.why', { note: city.governanceNote })}</p>}
      <h3>{t('card.networks')}</h3>
      <p>{city.networks.length ? city.networks.map((n) => `${optionLabel('network', n.key)}${n.year ? ` (${n.year})` : ''}`).join(', ') : t('map.notKnown')}</p>
      <p className="sources">{t('card.sources')}: {city.sources.map((s, i) => <span key={i}><SafeLink href={s} />{i < city.sources.length - 1 ? ' · ' : ''}</span>)}</p>
      <details className="in-context">
        <summary>{t('context.title')}</summary>
        <p className="chart-note">{t('context.help')}</p>
        {context.map(([category, ctx]) => <ContextBars key={category} name={city.name} country={city.country} category={category} context={ctx} />)}
      </details>
      {solutions.length > 0 && (
        <div className="card-actions who-else">
          {solutions.map((s) => <button key={s} type="button" onClick={() => onSpread(s)}>{t('card.whoElse', { solution: optionLabel('solution', s) })}</button>)}
        </div>
      )}
      <h3>{t('card.initiatives', { count: initiatives.length })}</h3>
      <ul className="initiatives">{initiatives.map((i) => <InitiativeItem key={i.id} item={i} cityName={cityName} texts={texts} />)}</ul>
    </article>
  );
}
