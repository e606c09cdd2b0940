import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTopics } from '../../src/extract/topics.ts';

const topics = (s: string) => findTopics(s, 0, s.length, []).map((t) => `${t.topic}:${t.span.text}`);

test('a cue that is a proper name counts wherever it stands in the sentence', () => {
  assert.deepEqual(topics('They discussed the latest developments in Gaza and Lebanon.'), ['regional_international:Gaza']);
  assert.deepEqual(topics('The leaders exchanged views on Ukraine.'), ['regional_international:Ukraine']);
  // Written in lower case, it is a word, not the place.
  assert.deepEqual(topics('They walked the gaza strip of the garden.'), []);
});

test('a common-word cue found capitalised inside a sentence is part of a name, not a topic', () => {
  assert.deepEqual(topics('He spoke at the Chamber of Commerce in Almaty.'), []);
  assert.deepEqual(topics('Commerce was discussed.'), ['trade:Commerce']);
});

test('edible oils are farm produce, not energy; oil alone is energy', () => {
  assert.deepEqual(topics('They discussed palm oil exports.').filter((t) => !t.startsWith('trade')), ['agriculture:palm oil']);
  assert.deepEqual(topics('They discussed oil and gas.'), ['energy:oil']);
});

test('military training is security, not education; AUKUS and submarines are security; "shared democratic values" is no governance topic', () => {
  assert.deepEqual(topics('They agreed on joint training and exercises.'), []);
  assert.deepEqual(topics('They discussed military training for the navy.'), ['security_defense:military']);
  assert.deepEqual(topics('They discussed vocational training for young people.'), ['education_science:training']);
  assert.deepEqual(topics('The leaders also discussed AUKUS.'), ['security_defense:AUKUS']);
  assert.deepEqual(topics('They spoke of their shared democratic values and as fellow democracies.'), []);
  assert.deepEqual(topics('They discussed democracy and the rule of law.'), ['human_rights_governance:democracy']);
});

test('"national security adviser" is a title, not a topic; the Taiwan question and the South China Sea are regional', () => {
  assert.deepEqual(topics('The presidential national security adviser attended.'), []);
  // One topic, named by its first cue.
  assert.deepEqual(topics('They discussed the Taiwan question and the South China Sea.'), ['regional_international:Taiwan question']);
  assert.deepEqual(topics('They discussed the South China Sea.'), ['regional_international:South China Sea']);
  assert.deepEqual(topics('Nauru switched recognition from Taiwan to China.'), []);
});

test('people-to-people ties are culture and humanitarian ties; contacts between people stay with tourism, as the dev set has them', () => {
  assert.deepEqual(topics('They agreed to deepen people-to-people ties.'), ['culture_humanitarian:people-to-people']);
  assert.deepEqual(topics('They called for more contacts between people.'), ['tourism:contacts between people']);
});

test('a peace treaty, a normalisation process, international challenges and stability in the region are regional and international affairs; a named region is not', () => {
  assert.deepEqual(topics('He briefed his colleague on the peace treaty with Armenia.'), ['regional_international:peace treaty']);
  assert.deepEqual(topics('They discussed the normalisation process.'), ['regional_international:normalisation process']);
  assert.deepEqual(topics('They exchanged views on current international challenges.'), ['regional_international:international challenges']);
  assert.deepEqual(topics('It helps bring stability to the region.'), ['regional_international:to the region']);
  assert.deepEqual(topics('They visited a school in the Batken region.'), []);
});

test('elections discussed are governance; a leader congratulated on his election or its victory is no topic', () => {
  assert.deepEqual(topics('They discussed preparations for the parliamentary elections in March.'), ['human_rights_governance:elections']);
  assert.deepEqual(topics('Modi congratulated him on his re-election.'), []);
  assert.deepEqual(topics('Xi congratulated Lula warmly on his victory in the presidential election.'), []);
  assert.deepEqual(topics('He thanked Putin for his message on the election victory.'), []);
});

test('"the defence industry" and "future industries such as hydrogen" are not the industry topic; "industrial cooperation" is', () => {
  assert.ok(!topics('They agreed to deepen cooperation in defence and the defence industry.').some((t) => t.startsWith('industry:')));
  assert.ok(!topics('They agreed to pursue cooperation in future industries such as hydrogen.').some((t) => t.startsWith('industry:')));
  assert.ok(topics('They agreed to expand industrial cooperation.').some((t) => t.startsWith('industry:')));
});

test('"the strategic environment" is no climate topic; the environment is; the Quad is regional', () => {
  assert.deepEqual(topics('They said the current strategic environment called for close cooperation.'), []);
  assert.deepEqual(topics('They discussed the environment and forests.'), ['climate_environment:environment']);
  assert.deepEqual(topics('They agreed to work together within the Quad.'), ['regional_international:Quad']);
});

test('humanitarian aid, air pollution and flood prevention are topics; humanitarian law is not a sector', () => {
  assert.deepEqual(topics('They discussed humanitarian aid for Gaza.'), ['culture_humanitarian:humanitarian aid', 'regional_international:Gaza']);
  assert.deepEqual(topics('They discussed PM2.5 air pollution and flood prevention.'), ['climate_environment:air pollution', 'water:flood prevention']);
  assert.deepEqual(topics('They discussed international humanitarian law.'), []);
});

test('a welcome "at Madrid-Barajas airport" is a place, not transport talk', () => {
  assert.deepEqual(topics('The King welcomed him at Madrid-Barajas airport.'), []);
  assert.deepEqual(topics('They discussed a new airport for the capital.'), ['transport_logistics:airport']);
});

test('"healthy relations" is no health topic, "health cooperation" is; an election won, its results or a pope\'s election in 2013 is no governance topic, elections discussed are', () => {
  assert.deepEqual(topics('They praised the healthy development of relations.'), []);
  assert.deepEqual(topics('They discussed health cooperation.'), ['health:health']);
  assert.deepEqual(topics('the third prime minister since Labor won the May election'), []);
  assert.deepEqual(topics('the party\'s victory in the parliamentary elections held on 26 October'), []);
  assert.deepEqual(topics('a country the Pope has not visited since his election in 2013'), []);
  assert.deepEqual(topics('who has refused to recognise the election results'), []);
  assert.deepEqual(topics('They discussed the preparations for the elections.'), ['human_rights_governance:elections']);
});

test('humanitarian access and the safety of citizens abroad are topics; citizens at home and refugees named in passing are not read as consular', () => {
  assert.deepEqual(topics('They discussed humanitarian access to the Strip.'), ['culture_humanitarian:humanitarian access']);
  assert.deepEqual(topics('He asked Xi to ensure the safety of Japanese nationals in China.'), ['migration_consular:nationals']);
  assert.deepEqual(topics('He raised the safety of Indian students in Ukraine.').filter((t) => t.startsWith('migration')), ['migration_consular:safety of Indian students']);
  assert.deepEqual(topics('The reform will benefit ordinary citizens of both countries.'), []);
});

test('a single election, civil society, governance, a loan, a bank or financing named are no topic; financial cooperation and banking are', () => {
  // Measured on the probe articles: each of these cues was annotated in under a third of the talks it named.
  for (const s of ['They discussed the election.', 'He met civil society groups.', 'They discussed governance.', 'The World Bank loan was mentioned.', 'They discussed financing for the project.']) {
    assert.ok(!topics(s).some((t) => t.startsWith('human_rights_governance:') || t.startsWith('finance_banking:')), `${s}: ${topics(s).join(', ')}`);
  }
  assert.ok(topics('They agreed to expand financial cooperation.').some((t) => t.startsWith('finance_banking:')));
  assert.ok(topics('They discussed cooperation in banking.').some((t) => t.startsWith('finance_banking:')));
});

test('a hospital, a river, a monument or "innovation" named are no topic; pharmaceuticals are health, not industry', () => {
  for (const s of ['They visited a hospital.', 'They walked along the river.', 'They laid a wreath at the monument.', 'They praised innovation.']) assert.deepEqual(topics(s), [], s);
  const pharma = topics('They discussed pharmaceuticals.');
  assert.ok(pharma.some((t) => t.startsWith('health:')) && !pharma.some((t) => t.startsWith('industry:')), pharma.join(', '));
});

test('coal is energy; "visitors", seafood, a joint venture, the diaspora, one flight or corridors named are no topic', () => {
  assert.ok(topics('They discussed coal supplies.').some((t) => t.startsWith('energy:')), topics('They discussed coal supplies.').join(', '));
  for (const s of ['He welcomed the visitors.', 'They tasted seafood.', 'A joint venture was mentioned.', 'He met the diaspora.', 'His flight landed.']) assert.deepEqual(topics(s), [], s);
  assert.ok(topics('They agreed to add direct flights.').some((t) => t.startsWith('transport_logistics:')));
});
