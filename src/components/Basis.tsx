import type { Basis as BasisKey } from '../domain/vocabularies';
import { t } from '../i18n/messages';

/** Says whether a classification is documented by a source or inferred by us; text, not only colour. */
export function Basis({ basis }: { readonly basis?: BasisKey | undefined }) {
  const label = basis === 'documented' ? t('basis.documented') : basis === 'inferred' ? t('basis.inferred') : t('basis.unknown');
  return <span className={`basis basis-${basis ?? 'unknown'}`}>[{label}]</span>;
}

export function Derived() {
  return <span className="basis basis-derived">[{t('card.derived')}]</span>;
}
