import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import type { YearStacks } from '../domain/timeline';
import { brushYears, PLAY_STEP_MS, stepYear, yearRows } from '../domain/timeline';
import { NOT_KNOWN_COLOUR, paletteFor } from '../domain/palettes';
import { CATEGORY_GROUP } from '../domain/cityCategory';
import type { ColourCategory } from '../domain/vocabularies';
import { optionLabel, t } from '../i18n/messages';
import type { MessageKey } from '../i18n/en';
import { ChartCsvButton } from './ChartCsvButton';

interface Props {
  readonly stacks: YearStacks;
  readonly colourBy: ColourCategory;
  readonly yearFrom?: number | undefined;
  readonly yearTo?: number | undefined;
  /** The year of the cumulative map; undefined = every year. */
  readonly year?: number | undefined;
  readonly attribution: readonly string[];
  readonly onRange: (from: number | undefined, to: number | undefined) => void;
  readonly onYear: (year: number | undefined) => void;
  /** A step while playing: shown at once, written to the link only when play stops. */
  readonly onPlayYear: (year: number) => void;
}

const W = 720;
const H = 220;
const M = { top: 12, right: 8, bottom: 26, left: 40 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

export function TimelinePanel({ stacks, colourBy, yearFrom, yearTo, year, attribution, onRange, onYear, onPlayYear }: Props) {
  const { years, keys, counts } = stacks;
  const [playing, setPlaying] = useState(false);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | undefined>();
  const svgRef = useRef<SVGSVGElement>(null);
  const palette = paletteFor(colourBy);
  const colour = (k: string) => (k ? palette.get(k) ?? NOT_KNOWN_COLOUR : NOT_KNOWN_COLOUR);
  const label = (k: string) => (k ? optionLabel(CATEGORY_GROUP[colourBy], k) : t('map.notKnown'));
  const maxStack = Math.max(1, ...counts.map((row) => row.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, maxStack]).nice().range([PH, 0]);
  const band = years.length ? PW / years.length : PW;
  const inRange = (yr: number) => (yearFrom === undefined || yr >= yearFrom) && (yearTo === undefined || yr <= yearTo);
  const used = keys.filter((_, k) => counts.some((row) => row[k]! > 0));

  // Play: one step per PLAY_STEP_MS; stops on the last year so the full picture stays on screen.
  const yearRef = useRef(year);
  useEffect(() => { yearRef.current = year; }, [year]);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = stepYear(years, yearRef.current, 1);
      if (next === undefined) setPlaying(false);
      else onPlayYear(next);
    }, PLAY_STEP_MS);
    return () => {
      window.clearInterval(timer);
      // Play stopped (paused, ended or left): the link now holds the year on screen.
      if (yearRef.current !== undefined) onYear(yearRef.current);
    };
  }, [playing, years, onYear, onPlayYear]);

  const step = (dir: 1 | -1) => { setPlaying(false); const next = stepYear(years, year, dir); if (next !== undefined) onYear(next); };
  const togglePlay = () => {
    if (!playing && (year === undefined || year === years[years.length - 1])) onYear(years[0]);
    setPlaying((p) => !p);
  };
  const onKey = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    // Handled keys stop here: in presentation mode the same arrows would also change the scene.
    if (e.key === 'ArrowRight') { step(1); e.preventDefault(); e.stopPropagation(); }
    else if (e.key === 'ArrowLeft') { step(-1); e.preventDefault(); e.stopPropagation(); }
    else if (e.key === 'p' || e.key === 'P') { togglePlay(); e.preventDefault(); e.stopPropagation(); }
  };

  // Brush: pointer positions in chart coordinates (the SVG scales with its box).
  const toX = (e: ReactPointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return ((e.clientX - r.left) / r.width) * W - M.left;
  };
  const onDown = (e: ReactPointerEvent) => { (e.target as Element).setPointerCapture?.(e.pointerId); const x = toX(e); setDrag({ x0: x, x1: x }); };
  const onMove = (e: ReactPointerEvent) => { if (drag) setDrag({ ...drag, x1: toX(e) }); };
  const onUp = () => {
    if (!drag) return;
    const r = brushYears(years, drag.x0, drag.x1, PW);
    setDrag(undefined);
    if (!r) return;
    if (r[0] === years[0] && r[1] === years[years.length - 1]) onRange(undefined, undefined);
    else onRange(r[0], r[1]);
  };

  const rangeRect = (() => {
    if (drag) return { x: Math.min(drag.x0, drag.x1), w: Math.abs(drag.x1 - drag.x0) };
    if (yearFrom === undefined && yearTo === undefined) return undefined;
    const a = Math.max(0, (yearFrom ?? years[0]!) - years[0]!);
    const b = Math.min(years.length - 1, (yearTo ?? years[years.length - 1]!) - years[0]!);
    return b < a ? undefined : { x: a * band, w: (b - a + 1) * band };
  })();
  const tickEvery = Math.max(1, Math.ceil(years.length / 12));
  const category = t(`category.${colourBy}` as MessageKey);

  return (
    <section className="timeline" aria-labelledby="timeline-title" onKeyDown={onKey}>
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <p className="timeline-help">{t('timeline.help')}</p>
      <div className="timeline-controls" role="group" aria-label={t('timeline.controls')}>
        <button type="button" onClick={() => step(-1)} aria-keyshortcuts="ArrowLeft" disabled={!years.length}>{t('timeline.prev')}</button>
        <button type="button" onClick={togglePlay} aria-keyshortcuts="P" aria-pressed={playing} disabled={!years.length}>{playing ? t('timeline.pause') : t('timeline.play')}</button>
        <button type="button" onClick={() => step(1)} aria-keyshortcuts="ArrowRight" disabled={!years.length}>{t('timeline.next')}</button>
        <button type="button" onClick={() => { setPlaying(false); onYear(undefined); }} disabled={year === undefined}>{t('timeline.allYears')}</button>
        <button type="button" onClick={() => onRange(undefined, undefined)} disabled={yearFrom === undefined && yearTo === undefined}>{t('timeline.clearRange')}</button>
        <span className="timeline-status" aria-live="polite">{year === undefined ? t('timeline.showingAll') : t('timeline.showingYear', { year })}</span>
      </div>
      {years.length === 0 ? <p>{t('timeline.empty')}</p> : (
        <svg ref={svgRef} className="timeline-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('timeline.chartLabel', { category, from: years[0]!, to: years[years.length - 1]! })}
          onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={() => setDrag(undefined)}>
          <g transform={`translate(${M.left},${M.top})`}>
            {y.ticks(4).map((v) => (
              <g key={v} transform={`translate(0,${y(v)})`} aria-hidden="true">
                <line x2={PW} stroke="#e3e3e3" />
                <text x={-6} dy="0.32em" textAnchor="end" className="axis">{v}</text>
              </g>
            ))}
            {rangeRect && <rect className="brush-range" x={rangeRect.x} y={0} width={rangeRect.w} height={PH} />}
            {years.map((yr, i) => {
              let acc = 0;
              return (
                <g key={yr} className={inRange(yr) ? 'bar' : 'bar out-of-range'} data-year={yr} data-total={stacks.totals[i]}>
                  {keys.map((k, kIdx) => {
                    const n = counts[i]![kIdx]!;
                    if (!n) return null;
                    const y0 = y(acc);
                    acc += n;
                    return <rect key={k} data-key={k || 'not_known'} x={i * band + 1} width={Math.max(1, band - 2)} y={y(acc)} height={y0 - y(acc)} fill={colour(k)} />;
                  })}
                </g>
              );
            })}
            {year !== undefined && year >= years[0]! && <line className="play-marker" x1={(year - years[0]! + 1) * band} x2={(year - years[0]! + 1) * band} y1={-4} y2={PH} />}
            {years.map((yr, i) => (i % tickEvery === 0 ? <text key={yr} className="axis" x={i * band + band / 2} y={PH + 16} textAnchor="middle" aria-hidden="true">{yr}</text> : null))}
          </g>
        </svg>
      )}
      <ul className="timeline-legend" aria-label={t('map.legend')}>
        {used.map((k) => <li key={k || 'nk'}><span className="swatch" style={{ background: colour(k) }} aria-hidden="true" />{label(k)}</li>)}
      </ul>
      <p className="chart-note">{t('timeline.note', { undated: stacks.undated })}</p>
      <details className="chart-table">
        <summary>{t('chart.table')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('timeline.tableCaption', { category })}>
          <table>
            <caption>{t('timeline.tableCaption', { category })}</caption>
            <thead><tr><th scope="col">{t('timeline.year')}</th><th scope="col">{t('timeline.initiatives')}</th>{used.map((k) => <th key={k || 'nk'} scope="col">{label(k)}</th>)}</tr></thead>
            <tbody>
              {years.map((yr, i) => (
                <tr key={yr}><th scope="row">{yr}</th><td className="num">{stacks.totals[i]}</td>{used.map((k) => <td key={k || 'nk'} className="num">{counts[i]![keys.indexOf(k)]}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
        <ChartCsvButton name="atlas-timeline.csv" rows={() => yearRows(stacks)} attribution={attribution} />
      </details>
    </section>
  );
}
