import { download } from '../export/download';
import { t } from '../i18n/messages';

interface Props {
  readonly name: string;
  /** Rows made only when asked: a chart's table is small, but nothing is computed for a button never pressed. */
  readonly rows: () => readonly Record<string, string | number>[];
  readonly attribution: readonly string[];
}

/** Downloads a chart's data table as CSV (same format and attribution column as the other exports). */
export function ChartCsvButton({ name, rows, attribution }: Props) {
  return (
    <button type="button" className="chart-csv" onClick={() => { void import('../export/exportFiles').then((m) => download(name, m.csvText(rows(), attribution), 'text/csv;charset=utf-8')); }}>
      {t('chart.csv')}
    </button>
  );
}
