import { memo, useId, useMemo, useState } from 'react';
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

/**
 * One checkbox; memoised, so a filter change re-renders only the options whose count or state
 * changed. The checkbox itself is kept when only the count changes: React updates a controlled
 * input's state on every render of it, and most options change only their count.
 */
const FacetOption = memo(function FacetOption({ group, option, inputId, count, checked, onToggle }: OptionProps) {
  const input = useMemo(() => <input id={inputId} type="checkbox" checked={checked} onChange={() => onToggle(group, option)} />,
    [inputId, checked, onToggle, group, option]);
  return (
    <div className={count === 0 && !checked ? 'facet-option zero' : 'facet-option'}>
      {input}
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
  const open = userOpen || selected.length > 0;
  // A closed group keeps the counts it showed last: nobody sees them, and most options sit in
  // closed groups, so a filter change re-renders only the open ones. Opening a group is handled
  // on the click, so that it shows the current counts in the frame it opens.
  const [shown, setShown] = useState(counts);
  if (open && shown !== counts) setShown(counts);
  const visible = open ? counts : shown;
  // The same element while its inputs are the same: React then skips the whole list of a closed group.
  const list = useMemo(() => (
    <fieldset>
      <legend className="visually-hidden">{label}</legend>
      {options.map((o) => (
        <FacetOption key={o} group={group} option={o} inputId={`${id}-${o}`} count={visible[o] ?? 0} checked={selected.includes(o)} onToggle={onToggle} />
      ))}
    </fieldset>
  ), [label, options, group, id, visible, selected, onToggle]);
  return (
    <details className="facet" open={open} onToggle={(e) => setUserOpen(e.currentTarget.open)}>
      <summary onClick={(e) => { if (!open) { e.preventDefault(); setUserOpen(true); } }}>
        {label}
        {selected.length > 0 && <span className="badge"> ({selected.length})</span>}
      </summary>
      {list}
    </details>
  );
}

export const FacetGroup = memo(FacetGroupView, (a, b) => a.group === b.group && a.selected === b.selected && a.onToggle === b.onToggle && sameCounts(a.counts, b.counts));
