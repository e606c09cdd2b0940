import type { LinkDraft } from '../types.ts';
import { acceptanceFollowUps } from './acceptance.ts';
import { bodyFollowUps } from './body.ts';
import type { RuleContext } from './context.ts';
import { tradeFollowUps } from './trade.ts';
import { visitFollowUps } from './visit.ts';

export type { RuleContext } from './context.ts';

/** Every automatic follow-up of one commitment, by the rules for its subject. */
export async function followUps(ctx: RuleContext): Promise<LinkDraft[]> {
  switch (ctx.c.subject) {
    case 'visit':
    case 'event':
      return [...(await acceptanceFollowUps(ctx)), ...(await visitFollowUps(ctx))];
    case 'trade_volume':
      return tradeFollowUps(ctx);
    case 'body':
      return bodyFollowUps(ctx);
    default:
      return ctx.c.kind === 'invitation' ? acceptanceFollowUps(ctx) : [];
  }
}
