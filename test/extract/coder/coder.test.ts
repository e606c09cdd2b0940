import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentence, codeText } from '../../../src/extract/coder/index.ts';

const diplomatic = (s: string) => codeSentence(s).filter((e) => e.diplomatic);
const first = (s: string) => {
  const evs = diplomatic(s);
  assert.ok(evs.length > 0, `expected a diplomatic event in: ${s}`);
  return evs[0];
};

test('consultations: call, visit, host, meeting at a venue', () => {
  const call = first('The French foreign minister telephoned his Chinese counterpart on Tuesday.');
  assert.equal(call.event, 'CONSULT');
  assert.equal(call.cameo.code, '041');
  assert.equal(call.mode, 'phone');
  assert.deepEqual(call.actor.map((a) => a.code), ['FRA']);
  assert.deepEqual(call.recipient.map((a) => a.code), ['CHN']);

  const visit = first('The Kazakh president visited Uzbekistan on Monday.');
  assert.equal(visit.cameo.code, '042');
  assert.equal(visit.mode, 'visit');

  const host = first('Russia hosted the Japanese prime minister for an informal meeting.');
  assert.equal(host.cameo.code, '043');

  const third = first('The Turkish and Greek foreign ministers met in Geneva on Friday.');
  assert.equal(third.event, 'CONSULT');
  // Codes are strings with their leading zero, never numbers.
  assert.equal(typeof third.cameo.code, 'string');
  assert.match(third.cameo.code, /^04\d$/);
});

test('promises and future meetings are AGREE; signing and praise are SUPPORT; joint exercises COOPERATE', () => {
  const future = first('Germany will visit Albania in June, the embassy said.');
  assert.equal(future.event, 'AGREE');
  assert.equal(future.cameo.code, '036');
  assert.equal(future.modality, 'intended');
  assert.equal(first('Jordan and Britain have agreed to undertake joint military exercises this month.').event, 'AGREE');
  assert.equal(first('Egypt invited the Sudanese leader to visit Cairo.').cameo.code, '036');
  const sign = first('Libya and Bulgaria today signed a treaty of friendship and cooperation.');
  assert.equal(sign.event, 'SUPPORT');
  assert.equal(sign.cameo.code, '057');
  assert.equal(first('A top U.S. official praised Haiti for its reforms.').cameo.code, '051');
  assert.equal(first('Argentina has apologized to Brazil for the incident.').cameo.code, '055');
  assert.equal(first('French and Egyptian warships launched joint naval exercises in the Mediterranean.').event, 'COOPERATE');
  assert.equal(first('Zambia extradited a suspect to Britain on Sunday.').cameo.code, '063');
});

test('hostile, accusatory and demanding sentences yield no diplomatic event', () => {
  for (const s of [
    'Russian aircraft attacked a village in western Afghanistan, killing 46 civilians.',
    'Israeli soldiers arrested more than 100 Palestinians in a security sweep.',
    'Protesters blocked roads in the capital to demand the resignation of the president.',
    'China demanded that the United States cancel plans to sell weapons to Taiwan.',
    'Serbia demanded a meeting of the Security Council to discuss the offensive.',
    'Albania denounced Serbia\'s suppression of the unrest.',
    'Zimbabwe accused the United States of blackmail in the negotiations on Namibia.',
    'Italy announced a suspension of air links with Serbia.',
    'A French minister has cancelled a planned visit to Haiti.',
    'The United States imposed sanctions on the Taliban.',
    'North Korea threatened to attack South Korea if the drills go ahead.',
    'Bangladesh rejected an Indian proposal for signing a free trade agreement.',
    'Britain said Libya must hand over the suspects and cooperate with investigators.',
  ]) {
    assert.deepEqual(diplomatic(s), [], s);
  }
});

test('negation, hypotheticals and promised attacks are not diplomatic acts', () => {
  const refused = codeSentence('The president did not meet the Chinese envoy.');
  assert.ok(refused.every((e) => !e.diplomatic));
  assert.equal(refused[0]?.event, 'REJECT');
  assert.deepEqual(diplomatic('Turkey refused to sign the accord with Greece.'), []);
  assert.deepEqual(diplomatic('The two leaders might meet in Vienna next year.'), []);
  assert.deepEqual(diplomatic('Obama said he would not provide support to Israel.'), []);
  const threat = codeSentence('The rebels vowed to attack the capital.');
  assert.equal(threat[0]?.event, 'THREATEN');
  assert.equal(threat[0]?.diplomatic, false);
});

test('background verbs in fronted clauses, relative clauses and nouns do not decide the event', () => {
  assert.deepEqual(diplomatic('After meeting the Iranian envoy, the minister ordered the arrest of three activists.'), []);
  assert.deepEqual(diplomatic('The release of the journalist came after police arrested two men.'), []);
  const coord = codeSentence('Kazakhstan and Uzbekistan signed an agreement on water and agreed to hold talks next month.');
  assert.deepEqual(coord.map((e) => [e.event, e.cameo.code]), [['SUPPORT', '057'], ['AGREE', '036']]);
});

test('codeText keeps sentence offsets into the whole text', () => {
  const text = 'Rebels shelled the town. The Kenyan president visited Tanzania.';
  const out = codeText(text);
  assert.equal(out.length, 2);
  assert.deepEqual(out[0].events.filter((e) => e.diplomatic), []);
  const ev = out[1].events[0];
  assert.equal(text.slice(ev.span.start, ev.span.end), ev.span.text);
  assert.equal(ev.span.text, 'visited');
  const tz = ev.recipient[0];
  assert.equal(text.slice(tz.start, tz.end), 'Tanzania');
});

test('actors: datelines, venues and organisations named as occasions are not parties', () => {
  const talks = first('ULAANBAATAR, Sept 3 (Steppe Wire) – The Russian president held talks with the Mongolian president in Ulaanbaatar despite an ICC warrant.');
  assert.deepEqual(talks.actor.map((a) => a.code), ['RUS']);
  assert.deepEqual(talks.recipient.map((a) => a.code), ['MNG']);
  assert.equal(talks.cameo.code, '042', 'talks in the recipient\'s capital are a visit');
  const host = first('The Kazakh president received the Russian president in Astana on the eve of the SCO summit.');
  assert.equal(host.cameo.code, '043');
  assert.deepEqual(host.recipient.map((a) => a.code), ['RUS']);
  // Welcoming a statement is praise; welcoming a person is hosting.
  assert.equal(first('Germany welcomed President Reagan\'s latest policy statement.').cameo.code, '051');
  assert.equal(first('The Mongolian president welcomed Putin with an honour guard.').cameo.code, '043');
  // A promise's recipient follows the promising verb, not the promised act.
  const inv = first('Kazakhstan then invited Russia to return in the autumn.');
  assert.deepEqual([inv.actor.map((a) => a.code), inv.recipient.map((a) => a.code)], [['KAZ'], ['RUS']]);
});
