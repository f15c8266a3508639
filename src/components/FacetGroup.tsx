import { useId } from 'react';

export interface FacetOption { readonly value: string; readonly label: string; readonly count: number }

interface Props {
  readonly label: string;
  readonly options: readonly FacetOption[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string) => void;
}

/** One filter group: checkboxes with live cross-filter counts; zero-count options stay visible, dimmed. */
export function FacetGroup({ label, options, selected, onToggle }: Props) {
  const id = useId();
  const open = selected.length > 0 || options.length <= 5;
  return (
    <details className="facet" open={open}>
      <summary>
        {label}
        {selected.length > 0 && <span className="badge"> ({selected.length})</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => {
          const inputId = `${id}-${o.value}`;
          return (
            <div key={o.value} className={o.count === 0 && !selected.includes(o.value) ? 'facet-option zero' : 'facet-option'}>
              <input id={inputId} type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
              <label htmlFor={inputId}>
                {o.label} <span className="count">({o.count})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
