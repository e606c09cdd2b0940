import { AD_LABELS, BLOCK_ELEMENTS, BOILERPLATE_TOKENS, SKIPPED_ELEMENTS } from './html-elements.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

// Containers that hold the story itself are never dropped for their class names ("has-ads" on <body>).
const CONTENT_CONTAINERS = new Set(['html', 'body', 'main', 'article']);

function isBoilerplate(el: Element, tag: string): boolean {
  if (CONTENT_CONTAINERS.has(tag)) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  return names.split(/[\s_-]+/).some((token) => BOILERPLATE_TOKENS.has(token));
}

type Step = { node: Node } | { leave: string };

/**
 * The text of `root` as one line per block element (each p, h1-h6, li, blockquote... is its own line),
 * with script, style, navigation, forms and hidden elements left out. Iterative rather than
 * recursive so that deeply nested markup cannot overflow the stack.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  let preDepth = 0;
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '' && !AD_LABELS.has(line.toLowerCase())) lines.push(line);
    current = '';
  };

  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('leave' in step) {
      if (step.leave === 'pre') preDepth--;
      flush();
      continue;
    }
    const node = step.node;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (preDepth === 0) {
        current += text;
      } else {
        // Preformatted text keeps its own line breaks.
        const parts = text.split('\n');
        for (let i = 0; i < parts.length - 1; i++) {
          current += parts[i];
          flush();
        }
        current += parts[parts.length - 1];
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (node !== root && (SKIPPED_ELEMENTS.has(tag) || isHidden(el) || isBoilerplate(el, tag))) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    const isBlock = BLOCK_ELEMENTS.has(tag);
    if (isBlock) {
      flush();
      if (tag === 'pre') preDepth++;
      stack.push({ leave: tag });
    } else if (tag === 'img') {
      continue;
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  flush();
  return lines;
}
