// The minhash package ships no types; only the parts Readout uses are declared.
declare module 'minhash' {
  export class Minhash {
    constructor(config?: { numPerm?: number; seed?: number });
    hashvalues: number[];
    update(str: string): void;
    jaccard(other: Minhash): number;
  }
  export class LshIndex {
    constructor(args?: { bandSize?: number });
  }
  const _default: { Minhash: typeof Minhash; LshIndex: typeof LshIndex };
  export default _default;
}
