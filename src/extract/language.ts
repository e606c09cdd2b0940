// Readout's rules are written for English; a cheap function-word count says whether a text is English.
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'on', 'with', 'for', 'was', 'is', 'that', 'said', 'by', 'at', 'his', 'he', 'from', 'as', 'their', 'which', 'were', 'has', 'had', 'an', 'be', 'it', 'its', 'also', 'two']);

export function detectLanguage(text: string): string | null {
  // Whitespace tokens are enough to count function words, and much cheaper than a Unicode word regex.
  const words = text.slice(0, 3000).toLowerCase().split(/[\s,.;:!?"“”()]+/).filter((w) => w.length > 0 && !/^[\d$%€£¥₹.,-]+$/.test(w));
  if (words.length < 8) return null;
  let hits = 0;
  for (const w of words) if (EN.has(w)) hits++;
  return hits / words.length >= 0.12 ? 'en' : 'und';
}
