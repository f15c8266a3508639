/**
 * Progress of the long build steps for a person watching: on a terminal one line rewritten in
 * place, in a log (CI, a pipe) a line every few seconds, and always the last count of a step.
 */

/** `done` of `total` items of a named step (e.g. "LAU polygons checked"). */
export type StepProgress = (step: string, done: number, total: number) => void;

export interface ProgressSink {
  readonly write: (text: string) => void;
  /** A terminal: the line is rewritten in place with a carriage return. */
  readonly isTTY: boolean;
  /** Milliseconds, for the interval between log lines. */
  readonly now: () => number;
}

/** Log lines at most this often (a terminal line is rewritten at most every 100 ms). */
export const PROGRESS_LOG_EVERY_MS = 3000;
const TTY_EVERY_MS = 100;

export function progressReporter(sink: ProgressSink): StepProgress {
  let last = -Infinity;
  let lastStep = '';
  return (step, done, total) => {
    const finished = done >= total;
    const now = sink.now();
    if (!finished && step === lastStep && now - last < (sink.isTTY ? TTY_EVERY_MS : PROGRESS_LOG_EVERY_MS)) return;
    last = now;
    lastStep = step;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const line = `  … ${step}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${pct}%)`;
    sink.write(sink.isTTY ? `\r${line}\x1b[K${finished ? '\n' : ''}` : `${line}\n`);
  };
}
