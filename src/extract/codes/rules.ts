import { readFileSync } from 'node:fs';
import { OUTCOME_KINDS, type EngagementKind, type OutcomeKind } from '../../model/engagement.ts';
import { TOPICS, type Topic } from '../../model/topics.ts';
import { cameo } from './table.ts';

export interface TopicCodes {
  economic: string;
  military: string;
  material: string;
  other: string;
}

export type OutcomeRule =
  | { cameo: string }
  | { byTopicFamily: TopicCodes }
  | { withMoney: string; withoutMoney: string };

export interface CodingRules {
  engagement: {
    remote: { kinds: EngagementKind[]; cameo: string; ploverMode: string };
    hosted: { guestToHost: string; hostToGuest: string; guestToGuest: string; ploverMode: string };
    unhosted: { cameo: string; ploverMode: string; visitWithUnknownCountry: { cameo: string; ploverMode: string } };
    multilateral: { minActors: number; ploverMode: string };
    ploverEvent: string;
  };
  topicContexts: { map: Record<Topic, string[]> };
  topicFamilies: { economic: Topic[]; military: Topic[] };
  outcomes: Record<OutcomeKind, OutcomeRule>;
}

const RULES_URL = new URL('../../../data/codes/rules.json', import.meta.url);

function broken(what: string): never {
  throw new Error(`${RULES_URL.pathname}: ${what}`);
}

function checkCode(code: unknown, where: string): void {
  if (typeof code !== 'string' || !cameo(code)) broken(`${where} names CAMEO code ${JSON.stringify(code)}, which is not in cameo.json`);
}

/** Every code the rules name, so that a typo in the data file fails at load rather than mid-extraction. */
function check(r: CodingRules): CodingRules {
  const e = r.engagement;
  checkCode(e.remote.cameo, 'engagement.remote');
  for (const k of ['guestToHost', 'hostToGuest', 'guestToGuest'] as const) checkCode(e.hosted[k], `engagement.hosted.${k}`);
  checkCode(e.unhosted.cameo, 'engagement.unhosted');
  checkCode(e.unhosted.visitWithUnknownCountry.cameo, 'engagement.unhosted.visitWithUnknownCountry');
  if (!(e.multilateral.minActors >= 3)) broken('engagement.multilateral.minActors must be 3 or more');
  for (const t of TOPICS) {
    if (!Array.isArray(r.topicContexts.map[t])) broken(`topicContexts.map has no entry for topic "${t}"`);
  }
  for (const t of [...r.topicFamilies.economic, ...r.topicFamilies.military]) {
    if (!(TOPICS as readonly string[]).includes(t)) broken(`topicFamilies names unknown topic "${t}"`);
  }
  for (const kind of OUTCOME_KINDS) {
    const rule = r.outcomes[kind];
    if (!rule) broken(`outcomes has no rule for "${kind}"`);
    if ('cameo' in rule) checkCode(rule.cameo, `outcomes.${kind}`);
    else if ('byTopicFamily' in rule) {
      for (const f of ['economic', 'military', 'material', 'other'] as const) checkCode(rule.byTopicFamily[f], `outcomes.${kind}.byTopicFamily.${f}`);
    } else if ('withMoney' in rule) {
      checkCode(rule.withMoney, `outcomes.${kind}.withMoney`);
      checkCode(rule.withoutMoney, `outcomes.${kind}.withoutMoney`);
    } else broken(`outcomes.${kind} has neither cameo, byTopicFamily nor withMoney`);
  }
  return r;
}

export const RULES: CodingRules = check(JSON.parse(readFileSync(RULES_URL, 'utf8')) as CodingRules);
