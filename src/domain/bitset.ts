/** A fixed-size set of row numbers as 32-bit words: the unit the filter index combines. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  /** Every row of `size`. */
  static full(size: number): Bitset {
    const b = new Bitset(size);
    b.words.fill(0xffffffff);
    const rest = size & 31;
    if (rest) b.words[b.words.length - 1] = (1 << rest) - 1;
    return b;
  }

  add(k: number): void { this.words[k >>> 5]! |= 1 << (k & 31); }

  has(k: number): boolean { return (this.words[k >>> 5]! & (1 << (k & 31))) !== 0; }

  or(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i]! |= o[i]!;
    return this;
  }

  and(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i]! &= o[i]!;
    return this;
  }

  /** Calls `fn` with each row in `this` and in `other` (every row of `this` when `other` is undefined), ascending. */
  forEachAnd(other: Bitset | undefined, fn: (k: number) => void): void {
    const w = this.words;
    const o = other?.words;
    for (let i = 0; i < w.length; i++) {
      let word = o ? w[i]! & o[i]! : w[i]!;
      while (word !== 0) {
        const low = word & -word;
        fn((i << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  forEach(fn: (k: number) => void): void { this.forEachAnd(undefined, fn); }

  /** How many rows are in both `this` and `other`. */
  countAnd(other: Bitset): number {
    const w = this.words;
    const o = other.words;
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      let v = w[i]! & o[i]!;
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
    }
    return n;
  }
}
