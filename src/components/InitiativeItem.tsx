import type { Initiative } from '../domain/atlasSchema';
import { optionLabel, t } from '../i18n/messages';
import { Basis } from './Basis';
import { SafeLink } from './SafeLink';

export function InitiativeItem({ item }: { readonly item: Initiative }) {
  const years = [
    item.startYear !== undefined ? t('card.started', { year: item.startYear }) : t('card.yearUnknown'),
    item.endYear !== undefined ? t('card.ended', { year: item.endYear }) : '',
  ].filter(Boolean).join(', ');
  return (
    <li className="initiative">
      <h4>{item.title}{item.titleEn ? <span className="title-en"> ({item.titleEn})</span> : null}</h4>
      <p className="years">{years}</p>
      <p className="summary">{item.summary}</p>
      <dl className="classes">
        <dt>{t('card.serviceTypes')}</dt>
        <dd>{item.serviceTypes.value.map((v) => optionLabel('serviceType', v)).join(', ')} <Basis basis={item.serviceTypes.basis} /></dd>
        <dt>{t('card.delivery')}</dt>
        <dd>{item.governance.value ? <>{optionLabel('governance', item.governance.value)} <Basis basis={item.governance.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.dataAspects')}</dt>
        <dd>{item.dataAspects.value.length ? <>{item.dataAspects.value.map((v) => optionLabel('dataAspect', v)).join(', ')} <Basis basis={item.dataAspects.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.participation')}</dt>
        <dd>{item.participation.value ? <>{optionLabel('participation', item.participation.value)} <Basis basis={item.participation.basis} /></> : t('map.notKnown')}</dd>
        <dt>{t('card.scale')}</dt>
        <dd>{item.scale.value ? <>{optionLabel('scale', item.scale.value)} <Basis basis={item.scale.basis} /></> : t('map.notKnown')}</dd>
      </dl>
      {item.inferenceNote && <p className="why">{t('card.why', { note: item.inferenceNote })}</p>}
      <p className="sources">{t('card.sources')}: {item.sources.map((s, i) => <span key={i}><SafeLink href={s} />{i < item.sources.length - 1 ? ' · ' : ''}</span>)}</p>
    </li>
  );
}
