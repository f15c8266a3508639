import type { Initiative } from '../domain/atlasSchema';
import { formatDate, optionLabel, t } from '../i18n/messages';
import { Basis } from './Basis';
import { SafeLink } from './SafeLink';
import type { TextsState } from './Atlas';
import { hasTexts } from '../domain/atlasPack';

interface Props {
  readonly item: Initiative;
  /** Display name of another case city (for "adopted from"); the id when unknown. */
  readonly cityName: (id: string) => string;
  readonly texts: TextsState;
}

type ListGroup = 'dataAspect' | 'enabler' | 'barrier' | 'solution';

/** A multi-valued classification with its basis, or "not known" when a source names none. */
function Classes({ group, value, basis }: { readonly group: ListGroup; readonly value: readonly string[]; readonly basis: Initiative['enablers']['basis'] }) {
  return value.length ? <>{value.map((v) => optionLabel(group, v)).join(', ')} <Basis basis={basis} /></> : <>{t('map.notKnown')}</>;
}

export function InitiativeItem({ item, cityName, texts }: Props) {
  const loaded = hasTexts(item);
  const years = [
    item.startYear !== undefined ? t('card.started', { year: item.startYear }) : t('card.yearUnknown'),
    item.endYear !== undefined ? t('card.ended', { year: item.endYear }) : '',
  ].filter(Boolean).join(', ');
  return (
    <li className="initiative">
      <h4>{item.title || t('card.titleLoading')}{item.titleEn ? <span className="title-en"> ({item.titleEn})</span> : null}</h4>
      <p className="years">{years}</p>
      {loaded ? <p className="summary">{item.summary}</p> : <p className="summary pending" role="status">{t(texts === 'error' ? 'card.textsError' : 'card.textsLoading')}</p>}
      <dl className="classes">
        <dt>{t('card.serviceTypes')}</dt>
        <dd>{item.serviceTypes.value.map((v) => optionLabel('serviceType', v)).join(', ')} <Basis basis={item.serviceTypes.basis} /></dd>
        <dt>{t('card.delivery')}</dt>
        <dd>{item.governance.value ? <>{optionLabel('governance', item.governance.value)} <Basis basis={item.governance.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.dataAspects')}</dt>
        <dd><Classes group="dataAspect" value={item.dataAspects.value} basis={item.dataAspects.basis} /></dd>
        <dt>{t('card.participation')}</dt>
        <dd>{item.participation.value ? <>{optionLabel('participation', item.participation.value)} <Basis basis={item.participation.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.scale')}</dt>
        <dd>{item.scale.value ? <>{optionLabel('scale', item.scale.value)} <Basis basis={item.scale.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.enablers')}</dt>
        <dd><Classes group="enabler" value={item.enablers.value} basis={item.enablers.basis} /></dd>
        <dt>{t('card.barriers')}</dt>
        <dd><Classes group="barrier" value={item.barriers.value} basis={item.barriers.basis} /></dd>
        <dt>{t('card.solutions')}</dt>
        <dd><Classes group="solution" value={item.sharedSolutions.value} basis={item.sharedSolutions.basis} /></dd>
        {item.adoptedFrom.length > 0 && <><dt>{t('card.adoptedFrom')}</dt><dd>{item.adoptedFrom.map(cityName).join(', ')}</dd></>}
      </dl>
      {loaded && item.inferenceNote && <p className="why">{t('card.why', { note: item.inferenceNote })}</p>}
      {item.checked && <p className="checked">{t('card.checked', { date: formatDate(item.checked) })}</p>}
      {loaded && <p className="sources">{t('card.sources')}: {item.sources.map((s, i) => <span key={i}><SafeLink href={s} />{i < item.sources.length - 1 ? ' · ' : ''}</span>)}</p>}
    </li>
  );
}
