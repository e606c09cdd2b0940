// Readout's rules are written for English; a cheap function-word count says whether a text is English.
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'on', 'with', 'for', 'was', 'is', 'that', 'said', 'by', 'at', 'his', 'he', 'from', 'as', 'their', 'which', 'were', 'has', 'had', 'an', 'be', 'it', 'its', 'also', 'two']);

const NUMERIC = /^[\d$%€£¥₹.,-]+$/;

export function detectLanguage(text: string): string | null {
  // Whitespace tokens are enough to count function words, and much cheaper than a Unicode word regex;
  // the opening 1,500 characters (some 250 words) settle the question as well as the whole text.
  const tokens = text.slice(0, 1500).toLowerCase().split(/[\s,.;:!?"“”()]+/);
  let words = 0;
  let hits = 0;
  for (const w of tokens) {
    if (!w.length) continue;
    // Most tokens start with a letter; only the others can be amounts or numbers, which do not count.
    const c = w.charCodeAt(0);
    if (!(c >= 97 && c <= 122) && NUMERIC.test(w)) continue;
    words++;
    if (EN.has(w)) hits++;
  }
  if (words < 8) return null;
  return hits / words >= 0.12 ? 'en' : 'und';
}
