/** A problem in an input file, located precisely enough for a person to fix it. */
export interface InputProblem {
  readonly file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly field: string;
  /** What was expected, phrased to complete "expected ...". */
  readonly expected: string;
}

export function formatProblem(p: InputProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return `${where}: field "${p.field}": expected ${p.expected}`;
}

/** Thrown when inputs are unusable; carries every problem found, not only the first. */
export class InputError extends Error {
  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}
