// Every pattern here is a single character class or a fixed sequence, so each pass is linear in the
// input: a 10 MB line with no newline costs the same per byte as ordinary prose.

// Page breaks (pdftotext emits \f), vertical tabs and Unicode line/paragraph separators still
// separate lines, so they become newlines rather than vanishing and gluing words together.
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

// C0 and C1 controls (bar \t and \n), DEL, stray byte-order marks, zero-width spaces and soft
// hyphens: invisible, and they break word matching. NUL in particular is refused by PostgreSQL,
// and both stores must hold identical text. ZWJ/ZWNJ stay: Persian and Indic scripts need them.
const INVISIBLES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;

// Tabs and the Unicode spaces (no-break, thin, ideographic...) read as one ordinary space. A lone
// ordinary space is left alone, so ordinary prose costs no replacements at all.
const SPACE_RUNS = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// After SPACE_RUNS a line edge holds at most one space, so this trims every line in one pass
// without the backtracking of a multiline `[ \t]+$`; it matches only where a space touches a
// newline, so a long run of bare newlines costs no replacements.
const LINE_EDGE_SPACES = / \n ?|\n /g;

const BLANK_LINE_RUNS = /\n{3,}/g;

/**
 * Normalises article text: controls removed, newlines unified, spaces collapsed, lines trimmed,
 * at most one blank line in a row, Unicode NFC (so "é" typed two ways matches itself).
 */
export function cleanText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLES, '')
    .replace(SPACE_RUNS, ' ')
    .replace(LINE_EDGE_SPACES, '\n')
    .replace(BLANK_LINE_RUNS, '\n\n')
    .trim()
    .normalize('NFC');
}
