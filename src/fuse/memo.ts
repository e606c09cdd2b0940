/**
 * `fn` remembering its last few thousand answers: ingest asks the same questions of the same names
 * over and over. The memory is emptied whole when full rather than kept in use order; refilling is
 * cheap, and bookkeeping on every hit is not. Answers are shared, so callers must not change them.
 */
export function memoised<V>(size: number, fn: (key: string) => V): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let v = answers.get(key);
    if (v === undefined) {
      v = fn(key);
      if (answers.size >= size) answers.clear();
      answers.set(key, v);
    }
    return v;
  };
}
