import type { EngagementKind } from '../../model/engagement.ts';
import type { Trigger } from './triggers.ts';

/** An engagement while the article is being read: who took part, where it was stated, which sentences tell of it. */
export interface Draft {
  index: number;
  kinds: EngagementKind[];
  triggerIds: string[];
  personIds: string[];
  /** Sides named without a person ("Somalia and Ethiopia agreed"): ISO3, with the role if one was given. */
  countries: { iso3: string; role: string | null; start: number; end: number }[];
  orgs: string[];
  /** The title each organisation's side is named by, where one is. */
  orgRoles?: Record<string, string>;
  anchor: number;
  anchorTrigger: Trigger;
  triggerSentences: number[];
  sentences: number[];
  /** Day fixed by the trigger sentence itself, used to keep separate meetings apart. */
  ownDate: string | null;
  fromHeadline: boolean;
  /** Told as larger than the sides it names so far ("four-way talks with Aliyev"): more people may join it. */
  moreSides?: boolean;
  /** The larger meeting this one was split from ("held separate talks with each of his visitors"): held where it was. */
  within?: Draft;
  /** Each statement merged into it, in reading order: its sentence, trigger, people and the day it gave. */
  statements?: DraftStatement[];
}

export interface DraftStatement { si: number; triggerId: string; form: string; start: number; end: number; personIds: string[]; date: string | null }
