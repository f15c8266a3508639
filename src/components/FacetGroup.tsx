import { memo, useId, useState } from 'react';
import { GROUP_BY_KEY, type FilterGroupKey } from '../domain/filterGroups';
import { groupLabel, optionLabel } from '../i18n/messages';

interface Props {
  readonly group: FilterGroupKey;
  /** Cross-filter count per option. */
  readonly counts: Readonly<Record<string, number>>;
  readonly selected: readonly string[];
  readonly onToggle: (group: FilterGroupKey, option: string) => void;
}

const sameCounts = (a: Props['counts'], b: Props['counts']) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

interface OptionProps {
  readonly group: FilterGroupKey;
  readonly option: string;
  readonly inputId: string;
  readonly count: number;
  readonly checked: boolean;
  readonly onToggle: (group: FilterGroupKey, option: string) => void;
}

/** One checkbox; memoised, so a filter change re-renders only the options whose count or state changed. */
const FacetOption = memo(function FacetOption({ group, option, inputId, count, checked, onToggle }: OptionProps) {
  return (
    <div className={count === 0 && !checked ? 'facet-option zero' : 'facet-option'}>
      <input id={inputId} type="checkbox" checked={checked} onChange={() => onToggle(group, option)} />
      <label htmlFor={inputId}>
        {optionLabel(group, option)} <span className="count">({count})</span>
      </label>
    </div>
  );
});

/** One filter group: checkboxes with live cross-filter counts; zero-count options stay visible, dimmed. */
function FacetGroupView({ group, counts, selected, onToggle }: Props) {
  const id = useId();
  const options = GROUP_BY_KEY.get(group)!.options;
  const label = groupLabel(group);
  // The person's own open/closed choice is kept; a group with a selection is always shown open.
  const [userOpen, setUserOpen] = useState(options.length <= 5);
  return (
    <details className="facet" open={userOpen || selected.length > 0} onToggle={(e) => setUserOpen(e.currentTarget.open)}>
      <summary>
        {label}
        {selected.length > 0 && <span className="badge"> ({selected.length})</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <FacetOption key={o} group={group} option={o} inputId={`${id}-${o}`} count={counts[o] ?? 0} checked={selected.includes(o)} onToggle={onToggle} />
        ))}
      </fieldset>
    </details>
  );
}

export const FacetGroup = memo(FacetGroupView, (a, b) => a.group === b.group && a.selected === b.selected && a.onToggle === b.onToggle && sameCounts(a.counts, b.counts));
