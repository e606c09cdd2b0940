import elementData from './data/html-elements.json' with { type: 'json' };

export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(elementData.block);
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(elementData.skip);
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(elementData.void);
export const AUTO_CLOSING_ELEMENTS: ReadonlySet<string> = new Set(elementData.autoClosing);
export const SNIFF_TAGS: ReadonlySet<string> = new Set(elementData.sniff);
export const BOILERPLATE_TOKENS: ReadonlySet<string> = new Set(elementData.boilerplateTokens);
export const AD_LABELS: ReadonlySet<string> = new Set(elementData.adLabels);
