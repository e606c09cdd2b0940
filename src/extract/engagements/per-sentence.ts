/** Per-sentence values read by index, as both plain arrays and lazily computed lists provide them. */
export interface PerSentence<T> {
  at(i: number): T | undefined;
}

/**
 * Values computed when first read, for per-sentence work most sentences never need. A plain class
 * rather than a Proxy over an array: every read of the Proxy went through a trap and a string key.
 */
export class LazyPerSentence<T> implements PerSentence<T> {
  private readonly values: (T | undefined)[];
  private readonly done: Uint8Array;

  constructor(readonly length: number, private readonly make: (i: number) => T) {
    this.values = new Array(length);
    this.done = new Uint8Array(length);
  }

  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    if (!this.done[i]) { this.values[i] = this.make(i); this.done[i] = 1; }
    return this.values[i];
  }
}
