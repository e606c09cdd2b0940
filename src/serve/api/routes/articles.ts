import type { Article } from '../../../model/article.ts';
import { extractArticle } from '../../../extract/index.ts';
import { articleFromText, articlesFromBytes } from '../../../ingest/index.ts';
import { articleIdByHash, getArticle } from '../../queries/article.ts';
import { contentHash, ingestArticles } from '../../queries/store.ts';

import { HttpError, notFound } from '../errors.ts';
import { idParam, ingestBody } from '../params.ts';
import { ArticleDetail, IngestResult } from '../responses.ts';
import { route, type ApiContext } from '../route.ts';
import { z } from 'zod';

export const INGEST_BODY_LIMIT = 2 * 1024 * 1024;

async function articleFromBody(body: z.output<typeof ingestBody>, ctx: ApiContext): Promise<Article> {
  const opts = { published: body.published ?? null, url: body.url ?? null };
  let article: Article;
  if (body.text !== undefined) {
    article = articleFromText(body.text, 'api', opts);
  } else {
    const page = await ctx.fetchPage(body.url!);
    const found = articlesFromBytes(page.bytes, body.url!, opts);
    if (found.length !== 1) {
      throw new HttpError(422, 'not-one-article', `the page at ${body.url} holds ${found.length} articles, not one`, 'Post each article on its own');
    }
    article = found[0];
  }
  return {
    ...article,
    title: body.title ?? article.title,
    source: body.source ?? (body.text !== undefined ? 'api' : body.url!),
  };
}

export const articleRoutes = [
  route({
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'One article',
    description: 'The stored text, with the spans each extracted engagement rests on.',
    tag: 'articles',
    params: idParam('Article'),
    response: ArticleDetail,
    errors: [404, 429],
    handler: async ({ params }, { store }) => {
      const a = await getArticle(store, params.id);
      if (!a) throw notFound('article', params.id, 'Articles are linked from each engagement\'s sources');
      return a;
    },
  }),
  route({
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest an article',
    description: 'Extracts and stores one article given as text or as a URL to fetch. Needs Authorization: Bearer <token>; without a configured token the server refuses with 403.',
    tag: 'articles',
    body: ingestBody,
    response: IngestResult,
    status: 201,
    errors: [400, 401, 403, 413, 422, 429],
    auth: true,
    bodyLimit: INGEST_BODY_LIMIT,
    handler: async ({ body, reply }, ctx) => {
      const article = await articleFromBody(body, ctx);
      const summary = await ingestArticles(ctx.store, [article], (a) => extractArticle(a));
      ctx.cache.clear();
      const id = await articleIdByHash(ctx.store, contentHash(article.text));
      if (summary.failed) {
        reply.code(422);
        return { article_id: null, status: 'failed', engagements: 0, new_engagements: 0, reason: summary.failures[0]?.reason ?? 'unknown' };
      }
      reply.code(summary.new ? 201 : 200);
      return { article_id: id, status: summary.new ? 'stored' : 'duplicate', engagements: summary.engagements, new_engagements: summary.newEngagements, reason: null };
    },
  }),
];

