export { expandSources, checkSourceArgs, type SourceOptions } from './expand.ts';
export { fetchUrl, FetchError, type Fetched, type FetchOptions, type ContentKind } from './fetch-url.ts';
export { parseFeed, looksLikeFeed, decodeXmlEntities, type Feed, type FeedItem } from './feed.ts';
export { feedArticles, type LinkReader } from './feed-articles.ts';
export { walkDirectory } from './walk.ts';
export { forbiddenAddressReason, forbiddenHostReason, parseLooseIpv4, ipLiteralOf } from './address-guard.ts';
export { canonicalizeUrl, tryCanonicalizeUrl, contentHash, normaliseText } from './identity.ts';
export { isSourceFailure, sourceFailure, type SourceFailure, type SourceItem } from './types.ts';
