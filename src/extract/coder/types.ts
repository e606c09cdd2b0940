import type { Span } from '../../model/span.ts';

/** Someone who acts or is acted on, as the sentence names them; `code` is an ISO alpha-3 or an organisation's acronym. */
export interface CodedActor {
  text: string;
  code: string | null;
  start: number;
  end: number;
}

/**
 * How the sentence states the event: as done, as promised (coded as intent, CAMEO 03 / PLOVER AGREE),
 * or refused after a negation; hypothetical and negated acts that are not refusals are dropped.
 */
export type EventModality = 'asserted' | 'intended' | 'negated' | 'demanded';

/** One event in PLOVER's JSON shape plus its CAMEO code; offsets are into the text that was coded. */
export interface CodedEvent {
  actor: CodedActor[];
  recipient: CodedActor[];
  event: string;
  mode: string | null;
  context: string[];
  /** The words that state the event (verb and, for promises, the promised act). */
  eventText: string;
  span: Span;
  cameo: { code: string; name: string; goldstein: number | null; quadClass: number | null };
  /** PLOVER AGREE, CONSULT, SUPPORT or COOPERATE (CAMEO roots 03–06). */
  diplomatic: boolean;
  modality: EventModality;
  /** The verb class in data/coder/verbs.json that fired, for auditing. */
  rule: string;
}

export interface CodedSentence {
  index: number;
  span: Span;
  events: CodedEvent[];
}
