import titleRules from './data/title-rules.json' with { type: 'json' };

const SEPARATORS: string[] = titleRules.separators;
const ALWAYS_SITE: ReadonlySet<string> = new Set(titleRules.alwaysSiteSeparators);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(titleRules.nameFunctionWords);

const MAX_SITE_WORDS = 6;
const MAX_SITE_CHARS = 60;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// "BBC News", "Ministry of Foreign Affairs", "mfa.gov.cn" look like names; "ministers discuss trade" does not.
function looksLikeSiteName(s: string): boolean {
  const words = s.split(' ');
  if (words.length > MAX_SITE_WORDS || s.length > MAX_SITE_CHARS) return false;
  return words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w) || w.includes('.'));
}

function lastSeparator(title: string): { at: number; sep: string } | null {
  let best: { at: number; sep: string } | null = null;
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0 && (best === null || at > best.at)) best = { at, sep };
  }
  return best;
}

/**
 * Drops a trailing " | Site name" (and a leading "Site name | " when the site's name is known).
 * A suffix after "|" is always the site or section; after a dash it must look like a name, since
 * headlines use dashes too. `heuristic` is false for og:title, which only loses the known site name.
 */
export function stripSiteName(rawTitle: string, siteName: string | null, heuristic: boolean): string {
  let title = collapse(rawTitle);
  const site = siteName === null ? null : collapse(siteName).toLowerCase();
  if (site) {
    for (const sep of SEPARATORS) {
      if (title.toLowerCase().startsWith(site + sep.trimEnd() + ' ')) {
        title = title.slice(site.length + sep.trimEnd().length + 1).trim();
        break;
      }
    }
  }
  // Two rounds cover "Headline | Section | Site".
  for (let round = 0; round < 2; round++) {
    const cut = lastSeparator(title);
    if (cut === null) break;
    const suffix = title.slice(cut.at + cut.sep.length).trim();
    const known = site !== null && suffix.toLowerCase() === site;
    const guessed = heuristic && (ALWAYS_SITE.has(cut.sep) ? suffix.split(' ').length <= 8 : looksLikeSiteName(suffix));
    if (!known && !guessed) break;
    title = title.slice(0, cut.at).trim();
  }
  return title;
}
