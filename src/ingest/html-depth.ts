import { AUTO_CLOSING_ELEMENTS, VOID_ELEMENTS } from './html-elements.ts';

// Each attempt starts at "<" and stops at the next "<" or ">", so the whole scan is linear.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]{0,4000}?(\/?)>/g;

export interface TagStats {
  /** The deepest element nesting the markup asks for. */
  depth: number;
  /** Opening tags: roughly the number of elements the DOM will hold. */
  elements: number;
}

/**
 * Measures markup without building a tree. The DOM parser slows down sharply on very deep nesting
 * and Readability on very many elements, so such pages are refused or read the cheap way.
 * Elements that close themselves implicitly (p, li, td...) and void elements do not add depth.
 */
export function tagStats(html: string): TagStats {
  let depth = 0;
  let max = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[1] === '/') {
      // The close tag of an element that never added depth (</td>, </li>, </p>) must not take any away,
      // or nested tables and lists would look flat.
      const closing = m[2].toLowerCase();
      if (!VOID_ELEMENTS.has(closing) && !AUTO_CLOSING_ELEMENTS.has(closing)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    const tag = m[2].toLowerCase();
    if (VOID_ELEMENTS.has(tag) || AUTO_CLOSING_ELEMENTS.has(tag) || m[3] === '/') continue;
    if (++depth > max) max = depth;
  }
  return { depth: max, elements };
}
