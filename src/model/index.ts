export * from './span.ts';
export * from './article.ts';
export * from './topics.ts';
export * from './engagement.ts';
export * from './actor.ts';
export * from './result.ts';
export * from './errors.ts';
