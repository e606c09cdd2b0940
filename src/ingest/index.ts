export { cleanText } from './clean-text.ts';
export { decodeBytes } from './decode.ts';
export { isProbablyHtml } from './html-detect.ts';
export { htmlToArticle, type HtmlArticle } from './html.ts';
export { articleFromText } from './text.ts';
export { articlesFromBytes } from './bytes.ts';
export { readArticles, readStreamCapped, STDIN_NAME } from './read.ts';
export { parsePublishedOption } from './dates.ts';
export { DEFAULT_MAX_BYTES, type ReadOptions } from './options.ts';
