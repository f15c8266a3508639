import { describe, expect, it } from 'vitest';
import { agreementByDimension, codingsFromRows, cohensKappa, type Coding } from '../../scripts/lib/agreement';

// Expected figures below were worked out by hand from the kappa formula
// kappa = (po - pe) / (1 - pe), pe = sum over categories of pA(k) * pB(k).
describe("Cohen's kappa", () => {
  it('two categories: po 0.8, pe 0.52, kappa 0.5833', () => {
    // A says a 6 times, b 4 times; B likewise; they disagree on items 6 and 10.
    const a = ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const b = ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'a'];
    const k = cohensKappa(a, b);
    expect(k.n).toBe(10);
    expect(k.observed).toBeCloseTo(0.8, 10);
    expect(k.expected).toBeCloseTo(0.52, 10);
    expect(k.kappa).toBeCloseTo(0.583333, 5);
  });

  it('three categories with unequal marginals: po 4/6, pe 1/3, kappa 0.5', () => {
    const k = cohensKappa(['x', 'x', 'y', 'y', 'z', 'z'], ['x', 'y', 'y', 'y', 'z', 'x']);
    expect(k.observed).toBeCloseTo(4 / 6, 10);
    expect(k.expected).toBeCloseTo(1 / 3, 10);
    expect(k.kappa).toBeCloseTo(0.5, 10);
  });

  it('perfect agreement is 1; agreement at chance level is 0; systematic disagreement is negative', () => {
    expect(cohensKappa(['a', 'b', 'a', 'b'], ['a', 'b', 'a', 'b']).kappa).toBe(1);
    expect(cohensKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b']).kappa).toBeCloseTo(0, 10);
    expect(cohensKappa(['a', 'b'], ['b', 'a']).kappa).toBeCloseTo(-1, 10);
  });

  it('is undefined when both coders used one and the same category (pe = 1)', () => {
    expect(cohensKappa(['a', 'a', 'a'], ['a', 'a', 'a']).kappa).toBeUndefined();
  });

  it('rejects codings of different lengths', () => {
    expect(() => cohensKappa(['a'], ['a', 'b'])).toThrow(/same items/);
  });
});

describe('agreement by dimension', () => {
  const vocab = { governance: ['in_house', 'outsourced'], service_types: ['p', 'q'] };
  const coding = (governance: string[], service_types: string[]): Coding => ({ governance, service_types });

  it('multi-valued: per-value present/absent kappa, then the mean; identical sets for observed agreement', () => {
    // p: both say yes, yes, no, no -> kappa 1. q: A no yes yes no, B no no yes yes -> po .5, pe .5, kappa 0.
    const first = new Map([['i1', coding([], ['p'])], ['i2', coding([], ['p', 'q'])], ['i3', coding([], ['q'])], ['i4', coding([], [])]]);
    const second = new Map([['i1', coding([], ['p'])], ['i2', coding([], ['p'])], ['i3', coding([], ['q'])], ['i4', coding([], ['q'])]]);
    const svc = agreementByDimension(first, second, vocab).find((r) => r.dimension === 'service_types')!;
    expect(svc.n).toBe(4);
    expect(svc.perValue.find((v) => v.value === 'p')!.kappa.kappa).toBeCloseTo(1, 10);
    expect(svc.perValue.find((v) => v.value === 'q')!.kappa.kappa).toBeCloseTo(0, 10);
    expect(svc.kappa).toBeCloseTo(0.5, 10);
    expect(svc.observed).toBeCloseTo(0.5, 10);
  });

  it('an empty single-valued cell is its own category, so "one coder left it empty" is a disagreement', () => {
    const first = new Map([['i1', coding(['in_house'], [])], ['i2', coding(['outsourced'], [])]]);
    const second = new Map([['i1', coding([], [])], ['i2', coding(['outsourced'], [])]]);
    const gov = agreementByDimension(first, second, vocab).find((r) => r.dimension === 'governance')!;
    expect(gov.observed).toBeCloseTo(0.5, 10);
    // Categories: A in_house .5, outsourced .5; B (none) .5, outsourced .5 -> pe .25; kappa (.5-.25)/.75 = 1/3.
    expect(gov.kappa).toBeCloseTo(1 / 3, 10);
  });

  it('compares only the initiatives rated by both coders', () => {
    const first = new Map([['i1', coding(['in_house'], [])], ['i2', coding(['outsourced'], [])], ['extra', coding(['in_house'], [])]]);
    const second = new Map([['i1', coding(['in_house'], [])], ['i2', coding(['outsourced'], [])]]);
    const gov = agreementByDimension(first, second, vocab).find((r) => r.dimension === 'governance')!;
    expect(gov.n).toBe(2);
    expect(gov.kappa).toBe(1);
  });

  it('reads coding rows and reports unknown values with file, line and field', () => {
    const { codings, problems } = codingsFromRows('second.csv', [
      { line: 2, values: { initiative_id: 'i1', governance: 'in_house', service_types: 'p;q' } },
      { line: 3, values: { initiative_id: 'i2', governance: 'inhouse', service_types: '' } },
    ], vocab);
    expect(codings.get('i1')!.service_types).toEqual(['p', 'q']);
    expect(problems).toEqual([{ file: 'second.csv', line: 3, field: 'governance', expected: 'one of in_house, outsourced; got "inhouse"' }]);
  });
});
