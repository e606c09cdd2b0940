/** Every {start, end, text} object anywhere in `value` must be the slice of `source` it claims to be; returns the first that is not. */
export function badSpan(source: string, value: unknown): string | null {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) { stack.push(...x); continue; }
    const s = x as { start?: unknown; end?: unknown; text?: unknown };
    if (typeof s.start === 'number' && typeof s.end === 'number' && typeof s.text === 'string') {
      if (!(s.start >= 0 && s.end <= source.length && s.start <= s.end)) return `span ${s.start}-${s.end} outside 0-${source.length}`;
      if (source.slice(s.start, s.end) !== s.text) return `span ${s.start}-${s.end} says ${JSON.stringify(s.text)} but the text there is ${JSON.stringify(source.slice(s.start, s.end))}`;
    }
    stack.push(...Object.values(x));
  }
  return null;
}
