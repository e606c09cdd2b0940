import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../../src/extract/engagements/triggers.ts';
import type { Sentence } from '../../src/nlp/sentences.ts';

const sent = (text: string): Sentence => ({ index: 1, start: 0, end: text.length, text, paragraph: 1, heading: false });
const happened = (text: string) => findTriggers(sent(text)).filter((t) => t.form !== 'noun' && t.status === 'happened');

const MUST: [string, string | null][] = [
  ['The two foreign ministers held a round of talks in Beijing on Friday.', 'held-talks'],
  ['Bayramov and Mirzoyan began two days of negotiations on a draft peace treaty in Almaty on Friday.', 'began-talks'],
  ['In their closed-door talks, the two leaders discussed bilateral relations.', 'fronted-meeting-bare'],
  ['On Wednesday, His Royal Highness the Crown Prince received at the same palace Prime Minister Lee Hsien Loong of the Republic of Singapore.', 'received'],
  ['Starmer and Zelenskyy put their names to the 100-year partnership agreement at the Mariinskyi Palace on Thursday.', 'signed-together'],
  ['Marcos and von der Leyen announced on Monday after their bilateral meeting at Malacañang Palace that talks would resume.', 'met'],
  // A fronted call whose clause is told in the simple past: the news.
  ['During a phone conversation with U.S. President Joe Biden on Thursday, Chinese President Xi Jinping warned that those who play with fire will get burned.', null],
  // A trip told in the past tense, and the talks held on it.
  ['German Chancellor Olaf Scholz travelled to Kyiv on Monday, where he held talks with President Volodymyr Zelensky.', null],
  ['A day before, on Tuesday, the foreign minister had flown to Ankara, where she met her Turkish counterpart.', null],
  ['Later on Monday, the four Ministers sat down at the State Department for the 2+2 dialogue.', 'sat-down'],
  ['Two years since taking office, Lula met Xi in Beijing on Monday.', 'met'],
  // A "while" clause beside one of this story, and a programme's word that opens no list.
  ['The Amir met King Charles at Windsor Castle on Tuesday, while Sheikha Jawaher held talks with Queen Camilla at Clarence House.', 'held-talks'],
  // The talks the telling was done in, whatever the words told promise.
  ['Ishiba told U.S. President Joe Biden on Wednesday that he would further strengthen the alliance, in phone talks that marked his first contact with a foreign leader.', 'phone-held'],
  // An act done over a meal, or agreed during talks somewhere: the meal and the talks were held.
  ['The two leaders finalised the agreement over lunch at a hotel on the edge of Windsor Great Park on Monday.', 'dined-with'],
  ['Dissanayake assured Modi on Monday that Colombo would not allow it, as the two leaders agreed to deepen cooperation in defence during talks at Hyderabad House.', 'talks-noun'],
  ['Starmer produced a letter from the monarch in the Oval Office during talks at the White House on Thursday.', 'talks-noun'],
  // Talks opening the sentence as its subject, told as held; a first that was made.
  ['His talks with Mr. Modi at Hyderabad House were followed by the exchange of two documents.', 'talks-with'],
  ['Jaishankar on Tuesday became the first foreign minister to hold a bilateral meeting with Marco Rubio.', 'held-talks'],
  ['President Mirziyoyev met with the President of Kyrgyzstan, Sadyr Japarov, to review border trade.', 'met'],
  ['Bakhtiyor Saidov had a bilateral meeting with Hakan Fidan on March 11.', 'held-talks'],
  ['Emmanuel Macron telephoned the Prime Minister of India, Narendra Modi, on Thursday.', 'phone-verb'],
  ['Olaf Scholz and Fumio Kishida spoke by video link on Monday.', 'video-call'],
  ['Lula said he spoke by telephone with President Javier Milei that morning.', 'phone-spoke'],
  ['On Friday, Aliyev had called Tokayev.', 'phone-call-verb'],
  ['The envoy later called on King Abdullah II to deliver a message.', 'called-on'],
  ['Albanese also sat down with Japanese Prime Minister Shigeru Ishiba.', 'sat-down'],
  ['After the ceremony, where Xi met Lula, the two leaders signed six agreements.', 'met'],
  ['Modi met Putin in Moscow on Monday after a visit to the exhibition.', 'met'],
  // "last month's attack" dates the attack, not the call.
  ["Putin telephoned Modi on Monday to condemn last month's attack on tourists in Kashmir.", 'phone-verb'],
  ['During the talks with Vietnamese President To Lam, the focus was on rice exports.', 'fronted-talks'],
  ['Erdogan received Hungarian Prime Minister Viktor Orban at the presidential complex on Friday.', 'received'],
  ['Tokayev held talks in Ulaanbaatar on Tuesday with Ukhnaagiin Khurelsukh.', 'held-talks'],
  ["Albanese and Luxon held their annual leaders' meeting in Sydney on Friday.", 'held-talks'],
  ['German Chancellor Olaf Scholz dined with French President Emmanuel Macron at the Elysee Palace on Wednesday.', 'dined-with'],
  ['Modi hosted a working lunch for Prime Minister Anthony Albanese on Thursday.', 'dined-with'],
  ['Lavrov and his Iranian counterpart Araghchi discussed the nuclear issue in a telephone conversation on Friday.', 'phone-discussed'],
  ['Lavrov and Araghchi exchanged views on Syria by phone.', 'phone-discussed'],
  ['The two leaders discussed trade and energy via video link on Monday.', 'video-discussed'],
  // An arrival with talks held; a relative clause's past perfect.
  ['Tokayev arrived in Baku on Monday and held talks with Aliyev.', 'visited'],
  ['Sharif, who had flown in overnight, met Erdogan in Ankara.', 'met'],
  ['The call had been requested by Tokyo, and the two leaders spoke by phone for an hour.', 'phone-spoke'],
  // An acting official after "called on the"; four words between "sat down" and "with".
  ['Dar also called on the acting Prime Minister, Mullah Mohammad Hassan Akhund, in Kabul.', 'called-on'],
  ['Kristersson and Erdogan sat down for roughly two hours with Stoltenberg.', 'sat-down'],
  ['The minister held talks with Lavrov on Tuesday; Xi also received Lavrov.', 'received'],
  ['NATO Secretary General Jens Stoltenberg made an unannounced trip to Kyiv on Thursday.', 'visited'],
  // The month May is not the modal "may"; Viet Nam's To Lam is not an infinitive "to".
  ['On May 15, Kazakh President Tokayev met Mongolian President Khurelsukh.', 'met'],
  ['In mid-May Kazakh President Tokayev met Mongolian President Khurelsukh.', 'met'],
  ['Vietnamese President To Lam met US President Joe Biden.', 'met'],
  ['Prime Minister Keir Starmer spoke to Australian Prime Minister Anthony Albanese this morning.', 'talked-with'],
  // Wire leads put the call or the talks in a phrase.
  ['Trump made the announcement on Wednesday after a phone call with Russian President Vladimir Putin.', 'phone-held'],
  ['Rubio said so after a roughly 90-minute telephone conversation with his Chinese counterpart.', 'phone-held'],
  ['Trump held a roughly 90-minute telephone conversation with Xi Jinping on Thursday.', 'phone-held'],
  ['The plan was unveiled after talks at Downing Street between Starmer and Macron.', 'talks-phrase'],
  ['The deal was announced following the meeting with Chinese Premier Li Qiang.', 'talks-phrase'],
  ["Foreign Minister Cho Tae-yul held a ROK-U.S.-Japan Foreign Ministers' Meeting with Marco Rubio.", 'held-named-meeting'],
  ['Ishiba joined U.S. President Joe Biden and South Korean President Yoon Suk Yeol for a three-way summit in Lima.', 'held-named-meeting'],
  ['Trump, who was hosting German Chancellor Friedrich Merz, spoke to reporters.', 'received'],
  ['Putin talks with Xi by phone', null],
  ['Yesterday evening, Secretary Rubio was received by Crown Prince Mohammed bin Salman in Riyadh.', 'received-by'],
  ['Lula asked U.S. President Donald Trump on Monday to remove the tariff, in a 30-minute video call.', 'video-call-noun'],
  ['Brazilian President Lula held a 30-minute video call with U.S. President Donald Trump on Monday.', 'video-call-noun'],
  ['The visiting premier then called on Supreme Leader Ali Khamenei to express his condolences.', 'called-on'],
  ['The envoy later called on King Abdullah II to hand over a letter.', 'called-on'],
  ['Lee held his first summit with new Japanese Prime Minister Sanae Takaichi on Thursday.', 'held-talks'],
  // Counted from an event, then a comma: the trigger is the story's own.
  ['Two weeks after the summit, Tokayev met Mirziyoyev in Tashkent.', 'met'],
  ['President Lula received a call from the President of the United States, Donald Trump, on Monday.', 'call-from'],
  // A few words between "sat down" and "with"; a meeting someone hosted, with its guests named after "with".
  ['Carney sat down on Tuesday with Mexican President Claudia Sheinbaum.', 'sat-down'],
  ['Guterres hosted a meeting with the foreign ministers of Armenia and Azerbaijan.', 'held-talks'],
  ['The deal came at a meeting in Geneva that Guterres hosted with Aliyev and Pashinyan.', 'received'],
  // The leaders who watch the documents signed have met.
  ['Modi and Hasina witnessed the signing of seven agreements in New Delhi.', 'signed-together'],
  // A roundup's "third meeting of the day", its "Speaking with ...", its "The telephone talk with ...".
  ["The Indian leader's second meeting of the day was with Japanese Prime Minister Fumio Kishida.", 'met'],
  ['Speaking with President Sadyr Japarov, the Kazakh leader stressed transit.', 'fronted-speaking'],
  ['The telephone talk with President Ilham Aliyev focused on energy.', 'phone-noun-fronted'],
  // The fronted meeting is this one; what the main clause recalls is another.
  ['Meeting Kenyan President William Ruto, Xi recalled that they had met last year in Beijing.', 'fronted-meeting'],
  // A meeting opening the sentence without "with": its sides are the main clause's subjects.
  ['In a 40-minute meeting at the Kremlin, Putin and Pezeshkian discussed the corridor.', 'fronted-meeting-bare'],
  ['Greeting Aliyev as an old friend, Xi praised the corridor.', 'fronted-meeting'],
  // A newcomer named at length before the three-way meeting he joined; a chair of talks between two others.
  ['Later that day, Modi and Albanese were joined by the Prime Minister of New Zealand, Christopher Luxon, who had flown in from Auckland, for a trilateral meeting on shipping lanes.', 'held-named-meeting'],
  ['Foreign Minister Hakan Fidan chaired the meeting between the delegations of Russia and Ukraine at the Dolmabahçe Palace.', 'held-talks'],
  // Must stay: rounds held, not counted.
  ['Iran and the US held a third round of Oman-mediated indirect talks in Muscat on Saturday.', 'held-named-meeting'],
];

const MUST_NOT: string[] = [
  // A process; a count of past rounds; all a recollection holds, however far back its verb.
  'He expressed the hope that the ongoing talks between Russia and Ukraine would open a path to peace.',
  'Iran and the US have held three rounds of Oman-mediated indirect talks since April 12, two of them in Muscat.',
  'Wang recalled that after the party congress last year, Xi invited Trong to China, and the two leaders jointly charted the course of the partnership during their talks in Beijing.',
  // A call ahead, its modal far back; a tally of the past; a body's meeting of its members, named.
  'The two presidents will also address the opening session of the Forum of Interregional Cooperation of Kazakhstan and Uzbekistan via video link.',
  'Scholz and Xi have so far spoken only by video link.',
  'Fidan briefed his counterparts on the margins of the Informal Meeting of NATO Ministers of Foreign Affairs held in Antalya.',
  'He co-chaired an artificial intelligence summit with President Emmanuel Macron in Paris.',
  'He noted that India has a stake in summit discussions on energy and critical minerals.',
  'Officials said Canada had no say in the talks between Washington and Beijing.',
  'Later on Monday, the minister sat down at the State Department to write his speech.',
  'Ushakov said no date had yet been set for a meeting between Putin and President Donald Trump.',
  'Rubio noted that it was 80 years this month since President Franklin D. Roosevelt met King Abdulaziz aboard the USS Quincy.',
  'The programme includes an official welcome ceremony in London, a state banquet at Buckingham Palace hosted by His Majesty the King, and talks with Prime Minister Keir Starmer on the partnership.',
  'The Amir and King Charles most recently met in Dubai in December 2023, while His Highness held talks with Prime Minister Starmer in Paris during the Olympic Games in the summer.',
  'Ishiba said he would strengthen the alliance, in phone talks next week.',
  "Austin told the forum that a cordial handshake over dinner could not replace substantive engagement.",
  'The two leaders will agree to deepen cooperation during talks at Hyderabad House.',
  'His talks with Putin will focus on trade.',
  'Modi will be the first leader to hold talks with Trump.',
  // "called" as "described as", not a phone call.
  'The ministry called the talks with Wang constructive and forward-looking.',
  'In the talks, which officials called frank, both sides raised the border.',
  'In the meeting at the ministry, both sides raised the border.',
  'The programme includes talks between the two presidents and a state dinner.',
  'The dispute is over a land law signed by President Cyril Ramaphosa in January.',
  // An earlier call, recalled.
  'He said he had set out his position to the President in an earlier telephone conversation.',
  'Scholz said he would also speak to Polish Prime Minister Donald Tusk later on Friday.',
  'The Nordic ministers will sit down with Blinken tomorrow for the forum itself.',
  'The two presidents had previously spoken by phone in early March.',
  'Saidov and Fidan had previously met in Ankara in May 2023.',
  'Ruto is due to meet Vice President Kamala Harris on Friday.',
  'The leaders are expected to hold talks next week.',
  'Iwaya invited Wang to visit Japan.',
  'He said he looked forward to joining those talks himself.',
  'The president did not meet the opposition leader.',
  'Japan on Friday welcomed the truce between Armenia and Azerbaijan.',
  'The plan is designed to meet the needs of farmers.',
  'They will discuss the matter by phone next week.',
  'The two had discussed the matter by phone last month.',
  'The ministers discussed plans to phone their counterparts in the region.',
  'The two leaders will dine with business executives on Friday.',
  'The delegation dined at a restaurant overlooking the harbour.',
  'The so-called 2+2 format brings the defence and foreign ministers of both countries together.',
  'Tokayev may meet Khurelsukh in May.',
  'Ahead of a planned meeting with Xi, Biden spoke to reporters.',
  'Biden plans to meet Xi in November.',
  'Putin will speak with Trump after a phone call with Zelensky next week.',
  'The minister is expected to brief parliament after talks with the IMF.',
  'India-China talks on the border dispute had stalled for years.',
  'The peace talks on Ukraine resume in Istanbul.',
  'Mongolia defends hosting Putin, cites energy dependence',
  // An earlier trip or time told in a relative clause.
  "The Bangkok meeting came a week after Yunus's visit to Beijing, where he held talks with President Xi Jinping.",
  'Sugiono takes office after a period in which Prabowo held talks abroad with several leaders, including Xi Jinping.',
  'Addressing the World Economic Forum in Davos by video link, Trump called for lower oil prices.',
  'Lula addressed the summit of the BRICS leaders by video link on Wednesday.',
  // The event is what is hosted: no guest is received.
  'Xi invited Lula to attend the summit that China will host in November.',
  'Lula invited Xi to the G20 summit Brazil hosts next year.',
  'Biden called on Beijing to halt its military activity around Taiwan.',
  'Xi called on Putin to end the war.',
  'The ministers called on all parties to exercise restraint.',
  'The Head of State called on the Secretary-General and the President of the General Assembly to launch the process of establishing an agency.',
  'The President called on the Secretary-General to convene a conference on water.',
  'He called on the U.S. side to back its stated position with concrete action.',
  'President Trump last spoke with Prime Minister Modi by telephone on January 27.',
  'The bloc held a summit in Brussels on Thursday.',
  'Kenyan police landed in Haiti last month, a month after Ruto was hosted by Biden at the White House.',
  'The minister made a call for calm.',
  'The remarks were made in a webinar hosted by the Mapungubwe Institute.',
  'The court suspended her over a leaked telephone conversation with Hun Sen.',
  // Talks asked about or merely possible; a meeting "the previous Thursday" in a story of later talks.
  'Asked about possible talks with the new administration, Lavrov said Moscow was open to them.',
  'Prospects for potential negotiations with Kyiv were also raised.',
  'The trip had been arranged when the two men met in Brussels the previous Thursday.',
  'Stoltenberg sat down to write his memoirs with a ghostwriter.',
  // Planned with an adverb between ("is also expected to"), or talks expected to do something.
  'Before leaving she is also expected to pay a farewell call on President Tokayev.',
  'Talks between the two presidents are expected to focus on energy.',
  // History: weeks ago, this month earlier, several times; what came before a recalled event.
  'A week ago he had spoken by telephone with his Tajik counterpart.',
  'Lavrov held talks in Astana with Nurtleu earlier this month.',
  'Tokayev and Xi have met several times since, including in Samarkand.',
  "Earlier this month Dar welcomed Prince Faisal, who came following Sharif's meeting with the Crown Prince in Makkah.",
  // Another verb between: "had completed negotiations", "have said the talks".
  'The two sides said they had completed negotiations on the text.',
  'Officials have said the talks are set for Wednesday.',
  'Bayramov confirmed that talks on the draft were over.',
  // An arrival told in a relative clause reports no visit.
  'The reshuffle came as Jaishankar, who arrived on Sunday, was in London.',
  // A ceremony set off by video link is no call.
  'After the talks the two presidents gave the start command by video link to a new rail route.',
  'The leaders launched, via video link, the construction of a fertiliser plant.',
  // The object of a planned verb is planned too.
  'Erdogan and Japarov will first hold talks in a closed format and then co-chair the sixth meeting of the Supreme Council for Strategic Cooperation.',
  // Bare verbs in a list that a future auxiliary heads.
  'The prime minister will tour the port on Monday morning, call on the King and meet the foreign minister.',
  'She is scheduled to lay a wreath at the war memorial in the capital, then meet President Stubb.',
  // An arrival told, the talks still to come.
  'The envoy arrived in Cairo on Sunday evening and is due to hold talks with President Sisi on Monday.',
  // "came N days after": what came before this story's event.
  'The visit came three days after the chancellor hosted the Polish president in Berlin.',
  "The summit came a day after the two leaders' talks with the Chinese premier.",
  // Done earlier, in a call or meeting: the past perfect recalls it.
  'Sánchez had raised the matter in a phone call with Rutte at the start of May.',
  // Talks named, then put ahead; a time told as past ("earlier that month", "during that period").
  "The president's talks with Chancellor Scholz are scheduled for Friday.",
  'Officials said talks with Baku would continue.',
  'The envoy had flown to Islamabad earlier that month, holding talks with Sharif.',
  'During that period the minister hosted Indian External Affairs Minister S. Jaishankar in Colombo; Jaishankar also called on the President.',
  // Due somewhere for talks: a stop still ahead.
  "Rubio is due in Georgetown later on Thursday for talks with Guyana's President Irfaan Ali.",
  // The call a meeting was arranged after: what led to the news, not the news.
  'The Riyadh meeting was arranged following the telephone conversation between Putin and Trump on February 12.',
  // A thing received at a place, not a guest.
  'The Crown Prince received at the palace a letter from President Widodo.',
  // A meeting an act still to come is to follow.
  'The leaders are expected to sign the deal after their bilateral meeting at Malacañang Palace on Monday.',
  // Talks told as an earlier round, and what else is told of them.
  'The previous round of talks between the two foreign ministers took place in Berlin on 28 February and was hosted by German Foreign Minister Annalena Baerbock.',
  'The two countries began negotiations on a free trade agreement in 2019.',
  // A fronted call whose clause is in the past perfect: background to the news.
  'During a phone conversation with U.S. President Joe Biden on July 28, Chinese President Xi Jinping had warned that those who play with fire will get burned.',
  // A trip told in the past perfect: background to the news.
  'In mid-February, the Federal Chancellor had travelled to Kyiv and Moscow, where he held talks with President Volodymyr Zelensky and President Putin.',
];

test('triggers that report an engagement that happened', () => {
  for (const [s, id] of MUST) {
    const t = happened(s);
    assert.ok(t.length > 0, `no trigger in: ${s}`);
    if (id) assert.ok(t.some((x) => x.id === id), `expected ${id} in: ${s} (got ${t.map((x) => x.id).join(',')})`);
  }
});

test('planned, recalled, negated or unrelated uses are not engagements that happened', () => {
  for (const s of MUST_NOT) {
    assert.deepEqual(happened(s).map((t) => t.id), [], `wrongly a happened trigger in: ${s}`);
  }
});

test('phone and video triggers carry their kind', () => {
  assert.ok(happened('Putin telephoned Aliyev.').every((t) => t.kind === 'phone_call'));
  // "a phone call on Friday" is no call on someone.
  const call = happened('Putin and Aliyev spoke during a phone call on Friday.');
  assert.ok(call.length > 0 && call.every((t) => t.kind === 'phone_call'), call.map((t) => t.id).join(','));
  assert.ok(!happened('There was a phone call on Friday between Putin and Aliyev.').some((t) => t.id === 'called-on'));
  assert.ok(happened('The two presidents held a video conference on Monday.').some((t) => t.kind === 'video_call'));
});

test('"No 10" and "No. 10" are Downing Street, not a negation', () => {
  assert.equal(findTriggers(sent('According to No 10, the two men talked about trade.')).filter((t) => t.status === 'negated').length, 0);
  assert.equal(findTriggers(sent('There was no meeting with the Emir.')).filter((t) => t.status === 'negated').length, 1);
});

test('"called Egypt a critical mediator" names, "called Erdogan a day after" phones', () => {
  assert.equal(happened('Biden called Egypt a critical mediator in Gaza.').filter((t) => t.kind === 'phone_call').length, 0);
  assert.equal(happened('Biden called Erdogan a day after the vote.').filter((t) => t.kind === 'phone_call').length, 1);
});

test('"comes after a string of visits" recalls them; "had signed that treaty ... in 2023" is history', () => {
  assert.equal(findTriggers(sent("Park's trip comes after a string of visits to Ulaanbaatar this year.")).filter((t) => t.status === 'happened' && t.form !== 'noun').length, 0);
});

test('"had proposed a trilateral meeting" is no meeting held; "had wide-ranging talks" is', () => {
  assert.equal(happened('Battsetseg said she had proposed a trilateral meeting with Korea and Japan.').length, 0);
  assert.equal(happened('The two sides had wide-ranging talks.').length, 1);
});

test('"called him later on Monday" phones; "was received at the Kremlin by" is a reception', () => {
  assert.equal(happened('Aliyev called him later on Monday.').filter((t) => t.kind === 'phone_call').length, 1);
  assert.equal(happened('He called him a great friend of Azerbaijan.').filter((t) => t.kind === 'phone_call').length, 0);
  assert.ok(happened('The Secretary-General was received at the Kremlin by President Vladimir Putin.').some((t) => t.id === 'received-by'));
});

test('"was received today at the Akorda by" is a reception; "held talks ... last October" is history', () => {
  assert.ok(happened('The speaker was received today at the Akorda in Astana by President Kassym-Jomart Tokayev.').some((t) => t.id === 'received-by'));
  assert.equal(happened('Oyun-Erdene held talks with the visiting Kazakh President in Ulaanbaatar last October.').length, 0);
});

test('the next step of a plan is planned too ("to co-chair a summit in Paris, then meet Trump")', () => {
  assert.equal(happened('Modi to co-chair AI summit in Paris, then meet Trump in Washington').length, 0);
  assert.ok(happened('Modi co-chaired the summit in Paris, then met Trump in Washington.').some((t) => t.id === 'met'));
});
