/** One record's gold and predicted labels (PLOVER events or CAMEO roots), each a set. */
export interface LabelledRecord {
  gold: ReadonlySet<string>;
  predicted: ReadonlySet<string>;
}

export interface TypeScore { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

export interface PeerScore extends TypeScore {
  records: number;
  diplomatic_records: number;
  non_diplomatic_records: number;
  /** Non-diplomatic records given at least one diplomatic label. */
  false_diplomatic: number;
  false_diplomatic_rate: number;
  per_type: Record<string, TypeScore>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (x: number) => Math.round(x * 1000) / 1000;

function finish(tp: number, fp: number, fn: number): TypeScore {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return { tp, fp, fn, p: round(p), r: round(r), f1: round(ratio(2 * p * r, p + r)) };
}

/**
 * Micro-averaged precision, recall and F1 over the diplomatic labels only: a diplomatic label is a
 * true positive when the record's gold has it, a false positive when not, and a gold diplomatic
 * label never predicted is a false negative. Non-diplomatic labels are ignored except to define
 * which records count as non-diplomatic (no diplomatic gold label).
 */
export function scoreDiplomatic(records: readonly LabelledRecord[], diplomatic: ReadonlySet<string>): PeerScore {
  const per = new Map<string, { tp: number; fp: number; fn: number }>([...diplomatic].map((d) => [d, { tp: 0, fp: 0, fn: 0 }]));
  let dipRecords = 0;
  let falseDip = 0;
  for (const rec of records) {
    const gold = [...rec.gold].filter((g) => diplomatic.has(g));
    const pred = [...rec.predicted].filter((p) => diplomatic.has(p));
    if (gold.length) dipRecords++;
    else if (pred.length) falseDip++;
    for (const p of pred) per.get(p)![rec.gold.has(p) ? 'tp' : 'fp']++;
    for (const g of gold) if (!rec.predicted.has(g)) per.get(g)!.fn++;
  }
  let tp = 0, fp = 0, fn = 0;
  const perType: Record<string, TypeScore> = {};
  for (const [k, v] of per) {
    tp += v.tp; fp += v.fp; fn += v.fn;
    perType[k] = finish(v.tp, v.fp, v.fn);
  }
  const nonDip = records.length - dipRecords;
  return {
    ...finish(tp, fp, fn),
    records: records.length,
    diplomatic_records: dipRecords,
    non_diplomatic_records: nonDip,
    false_diplomatic: falseDip,
    false_diplomatic_rate: round(ratio(falseDip, nonDip)),
    per_type: perType,
  };
}
