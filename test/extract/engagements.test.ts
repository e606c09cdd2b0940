import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.ts';

const ex = (text: string, published = '2024-07-05') => extractArticle({ text, published, title: null, url: null, language: null });
const placeOf = (text: string, published?: string) => ex(text, published).engagements[0]?.location.place;
const people = (text: string, published?: string) => ex(text, published).actors.map((a) => `${a.name}|${a.role ?? '-'}|${a.country ?? a.org ?? '-'}`);

test('people get role and country from titles, appositions and "of" phrases', () => {
  assert.ok(people('Indian External Affairs Minister Subrahmanyam Jaishankar arrived.').includes('Subrahmanyam Jaishankar|External Affairs Minister|IND'));
  assert.ok(people('Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu spoke.').includes('Murat Nurtleu|Deputy Prime Minister and Foreign Minister|KAZ'));
  assert.ok(people('Tokayev met the President of Mongolia, Ukhnaagiin Khurelsukh, on Thursday.').includes('Ukhnaagiin Khurelsukh|President|MNG'));
  assert.ok(people('He met the Chairman of the Halk Maslahaty (People’s Council) of Turkmenistan, Gurbanguly Berdimuhamedov.')
    .includes('Gurbanguly Berdimuhamedov|Chairman of the Halk Maslahaty|TKM'));
  assert.ok(people('President Kassym-Jomart Tokayev of Kazakhstan spoke.').includes('Kassym-Jomart Tokayev|President|KAZ'));
  assert.ok(people('World Health Organization Director-General Tedros Adhanom Ghebreyesus spoke.').some((p) => p.startsWith('Tedros Adhanom Ghebreyesus|Director-General|WHO')));
});

test('later mentions by surname, title and pronoun are the same person', () => {
  const r = ex('Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday. Tokayev thanked him. The Kazakh leader proposed new flights.');
  const tok = r.actors.find((a) => a.name === 'Kassym-Jomart Tokayev')!;
  assert.ok(tok.mentions.length >= 3, `mentions: ${tok.mentions.map((m) => m.text).join(', ')}`);
  assert.equal(r.actors.filter((a) => a.country === 'KAZ').length, 1);
});

test('demonyms: Kazakh is Kazakhstan and Indian is India (not British Indian Ocean Territory)', () => {
  const r = ex('Kazakh Foreign Minister Murat Nurtleu met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on Thursday.');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country), ['KAZ', 'IND']);
});

test('must find: meetings, calls, receptions and a roundup of separate meetings', () => {
  assert.equal(ex('Russian President Vladimir Putin telephoned Azerbaijani President Ilham Aliyev on Saturday.').engagements[0].kind, 'phone_call');
  assert.equal(ex('German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida spoke by video link on Tuesday.').engagements[0].kind, 'video_call');
  const reception = ex('On 14 February 2023, First Deputy Minister of Foreign Affairs of Kyrgyzstan A. Kasymaliev received the newly accredited Ambassador of Vietnam, Tran Van Nam, in Bishkek.', '2023-02-14');
  assert.equal(reception.engagements.length, 1);
  assert.equal(reception.engagements[0].date, '2023-02-14');
  assert.equal(reception.engagements[0].location.place, 'Bishkek');
  const roundup = ex(`Modi meets leaders in Rio
RIO DE JANEIRO, Nov 19 (Agency) – Indian Prime Minister Narendra Modi held several bilateral meetings at the G20 summit in Rio de Janeiro on Monday.
Modi and his Australian counterpart Anthony Albanese talked about mining and students.
Modi also sat down with Canadian Prime Minister Justin Trudeau to discuss farm exports.`, '2024-11-19');
  assert.equal(roundup.engagements.length, 2);
  for (const e of roundup.engagements) {
    assert.equal(e.date, '2024-11-18');
    assert.equal(e.location.country, 'BRA');
  }
});

test('must NOT find: planned or recalled meetings, unilateral statements, speeches', () => {
  const none = [
    'Scholz said he would speak to Polish Prime Minister Donald Tusk later on Friday.',
    'Saidov and Fidan had previously met in Ankara in May 2023.',
    'Japan on Friday welcomed the truce between Armenia and Azerbaijan and urged dialogue.',
    'President Tokayev addressed the UN General Assembly in New York on Tuesday, calling for reform of the Security Council.',
    'The Nordic ministers will sit down with Blinken tomorrow for the forum itself.',
    'Xi invited Putin to visit Beijing in September.',
  ];
  for (const t of none) assert.deepEqual(ex(t).engagements.map((e) => e.evidence), [], t);
});

test('dates resolve against the publication date; null when the text does not fix them', () => {
  assert.equal(ex('Kazakh President Tokayev met Mongolian President Khurelsukh in Astana yesterday.', '2024-07-05').engagements[0].date, '2024-07-04');
  assert.equal(ex('Kazakh President Tokayev met Mongolian President Khurelsukh in Astana on Tuesday.', '2024-07-05').engagements[0].date, '2024-07-02');
  assert.equal(ex('Earlier in the week, Uzbek Foreign Minister Bakhtiyor Saidov phoned his Georgian counterpart Ilia Darchiashvili.', '2024-12-29').engagements[0].date, null);
});

test('outcomes: target with quantity, invitation and its acceptance, gratitude, congratulation', () => {
  const r = ex('Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday. Tokayev suggested aiming to lift bilateral trade to $500 million. Khurelsukh invited Tokayev to come to Mongolia on a state visit, and the invitation was accepted. Khurelsukh thanked Kazakhstan for its support.');
  const o = r.engagements[0].outcomes;
  const target = o.find((x) => x.kind === 'target')!;
  assert.deepEqual([target.by, target.to, target.quantity], ['KAZ', 'MNG', { value: 500000000, unit: 'USD' }]);
  assert.ok(o.some((x) => x.kind === 'invitation' && x.by === 'MNG' && x.to === 'KAZ'));
  assert.ok(o.some((x) => x.kind === 'acceptance' && x.by === 'KAZ' && x.to === 'MNG'));
  assert.ok(o.some((x) => x.kind === 'gratitude' && x.by === 'MNG'));
});

test('outcomes must NOT come from recalled deals or from thanks for an invitation', () => {
  const r = ex('Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday. Khurelsukh thanked Tokayev for the invitation to the summit. The two countries signed a trade agreement in 2019.');
  const kinds = r.engagements[0].outcomes.map((o) => o.kind);
  assert.ok(!kinds.includes('invitation'), kinds.join(','));
  assert.ok(!kinds.includes('signing'), kinds.join(','));
});

test('topics come from the engagement\'s own sentences, not from titles', () => {
  const r = ex('Azerbaijan\'s Minister of Health Teymur Musayev met Georgian Foreign Minister Ilia Darchiashvili in Baku on Monday. They discussed transport links and energy.');
  assert.deepEqual(r.engagements[0].topics.sort(), ['energy', 'transport_logistics']);
});

test('real-world title forms: ambassadors with accreditation, Arabic names, counterparts', () => {
  const r = ex('Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu met with the Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Kazakhstan Kim Dae-sik in Astana on 12 March.', '2024-03-12');
  assert.deepEqual(r.engagements[0].participants.map((p) => `${p.name}/${p.country}`), ['Murat Nurtleu/KAZ', 'Kim Dae-sik/KOR']);
  const s = ex('Turkish President Recep Tayyip Erdoğan hosted Syrian interim President Ahmed al-Sharaa at the Dolmabahce Palace in Istanbul on Saturday.', '2025-04-13');
  assert.equal(s.engagements[0].participants[1].name, 'Ahmed al-Sharaa');
  assert.equal(s.engagements[0].location.place, 'Istanbul');
});

test('must NOT find: a body in session, a domestic meeting, a meeting with a businessman, a summons', () => {
  const none = [
    'The UN Security Council met on Tuesday to discuss the situation in Gaza, with Russia and the United States trading accusations.',
    'President Kassym-Jomart Tokayev received Minister of Energy Almasadam Satkaliyev on Tuesday to discuss the oil output plan.',
    'Kazakh President Kassym-Jomart Tokayev met with Elon Musk, the chief executive of Tesla, in Astana on Monday.',
    'Leaders of more than 20 countries, including Russian President Vladimir Putin and Chinese President Xi Jinping, attended the summit in Kazan on Wednesday.',
    'Russian President Vladimir Putin said on Friday he was ready to meet Ukrainian President Volodymyr Zelensky, but only in Moscow.',
  ];
  for (const t of none) assert.deepEqual(ex(t, '2025-03-10').engagements.map((e) => e.evidence), [], t);
});

test('signings: documents exchanged or a joint statement adopted; views exchanged are not', () => {
  const lead = 'Indian Prime Minister Narendra Modi held talks with Mongolian President Khurelsukh Ukhnaa in New Delhi on Tuesday.';
  const kinds = (more: string) => ex(`${lead} ${more}`, '2025-10-15').engagements[0].outcomes.map((o) => o.kind);
  assert.ok(kinds('Memoranda of understanding on geology and culture were exchanged in the presence of the two leaders.').includes('signing'));
  assert.ok(kinds('The leaders adopted a joint statement on the partnership.').includes('signing'));
  assert.ok(kinds('The leaders also adopted the Ulaanbaatar Declaration.').includes('signing'));
  assert.ok(!kinds('Views were exchanged on regional and global issues.').includes('signing'));
  assert.ok(!kinds('Greetings were exchanged before the talks began.').includes('signing'));
});

test('a dateline is the place when the lead says the events are "here" or "in this city"; otherwise it is only where the story was filed', () => {
  const place = (text: string) => ex(text, '2025-04-04').engagements.map((e) => `${e.location.place ?? '-'}/${e.location.country ?? '-'}`);
  const here = 'Von der Leyen meets Tokayev\nSAMARKAND, April 3 (Dispatch) – European Commission President Ursula von der Leyen held talks with Kazakh President Kassym-Jomart Tokayev on Thursday, a day before a summit opens in this Uzbek city.';
  assert.deepEqual(place(here), ['Samarkand/UZB']);
  assert.deepEqual(place(here.replace('a day before a summit opens in this Uzbek city', 'officials said here')), ['Samarkand/UZB']);
  const filedOnly = 'Von der Leyen meets Tokayev\nSAMARKAND, April 3 (Dispatch) – European Commission President Ursula von der Leyen held talks with Kazakh President Kassym-Jomart Tokayev on Thursday, officials said.';
  assert.deepEqual(place(filedOnly), ['-/-']);
  const call = 'Von der Leyen calls Tokayev\nSAMARKAND, April 3 (Dispatch) – European Commission President Ursula von der Leyen spoke by phone with Kazakh President Kassym-Jomart Tokayev on Thursday, ahead of a summit in this Uzbek city.';
  assert.deepEqual(place(call), ['-/-'], 'a call has no place');
});

test('a paragraph labelled Background or Context adds no engagement, topic or outcome', () => {
  const news = 'Tokayev receives Macedonian President\nKazakh President Kassym-Jomart Tokayev received the President of North Macedonia, Gordana Siljanovska-Davkova, in Astana on Tuesday.';
  const r = ex(`${news}\nBackground: Most of Kazakhstan's oil exports leave through Russia, and Tokayev met Russian President Vladimir Putin in Moscow to discuss energy trade.`, '2025-05-28');
  assert.equal(r.engagements.length, 1);
  assert.deepEqual(r.engagements[0].topics, []);
  // The same words as a paragraph of the story do count.
  const told = ex(`${news}\nThe two presidents discussed oil exports and energy trade.`, '2025-05-28');
  assert.ok(told.engagements[0].topics.includes('energy'));
});

test('"to ask X to come" is an invitation and "X agreed" its acceptance; "wanted a council launched" is one proposal', () => {
  const lead = 'Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday.';
  const o = ex(`${lead} Khurelsukh used the meeting to ask Tokayev to come to Mongolia on a state visit, and the Kazakh leader agreed.`).engagements[0].outcomes;
  assert.ok(o.some((x) => x.kind === 'invitation' && x.by === 'MNG' && x.to === 'KAZ'), JSON.stringify(o));
  assert.ok(o.some((x) => x.kind === 'acceptance' && x.by === 'KAZ' && x.to === 'MNG'), JSON.stringify(o));
  assert.ok(!o.some((x) => x.kind === 'agreement'));
  const p = ex(`${lead} Tokayev said he wanted a joint business council launched soon.`).engagements[0].outcomes;
  assert.deepEqual(p.map((x) => `${x.kind}:${x.by}`), ['proposal:KAZ']);
  // Launched by the two sides themselves, it is their agreement.
  const a = ex(`${lead} The two presidents launched a joint business council.`).engagements[0].outcomes;
  assert.ok(a.some((x) => x.kind === 'agreement'), JSON.stringify(a));
});

test('"the Secretary-General" alone is the head of the one organisation with that office the article names, else of the UN', () => {
  const side = (text: string) => ex(text, '2023-09-18').engagements.map((e) => e.participants.filter((p) => p.org).map((p) => `${p.role}|${p.org}`));
  // A UN readout names neither the organisation nor, in the body, the person.
  assert.deepEqual(side(`Readout of the Secretary-General's meeting with the President of Brazil
New York, 18 September 2023. The Secretary-General met today with Luiz Inácio Lula da Silva, President of Brazil, on the margins of the General Assembly.`), [['Secretary-General|UN']]);
  assert.deepEqual(side('NATO said the Secretary General met Polish Prime Minister Donald Tusk in Brussels on Monday.'), [['Secretary General|NATO']]);
  // Two organisations with a Secretary-General: which one is not said, so no side and no engagement.
  assert.deepEqual(side('At the SCO summit, which the UN also attended, the Secretary-General met Prime Minister Shehbaz Sharif of Pakistan on Thursday.'), []);
  // A title the organisations' lists do not hold stays unresolved.
  assert.deepEqual(side('The Special Envoy met Prime Minister Shehbaz Sharif of Pakistan on Thursday.'), []);
});

test('a place given for a numbered event ("COP30 in Belém") is not where the meeting was', () => {
  const e = ex(`Readout
The Secretary-General met today with Luiz Inácio Lula da Silva, President of Brazil. They discussed the preparations for COP30 in Belém and the situation in Haiti.`, '2023-09-18').engagements[0];
  assert.notEqual(e.location.place, 'Belém');
  // A meeting that is in a city still gets it.
  assert.equal(ex('President Lula of Brazil met UN Secretary-General António Guterres in Belém on Monday. They discussed COP30.', '2023-09-18').engagements[0]?.location.place, 'Belém');
});

test('a title joined by "and" to a titled person shares that person\'s country, unless the officials list knows better', () => {
  assert.ok(people('Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara held talks in Manila on Monday.').includes('Minoru Kihara|Defence Minister|JPN'));
  assert.ok(people('Kazakh President Kassym-Jomart Tokayev and Prime Minister Narendra Modi met in Astana on Monday.').includes('Narendra Modi|Prime Minister|IND'));
  // Not joined by "and": nothing is shared.
  // (A name the officials list does not have, which would otherwise give the country.)
  assert.ok(people('Japanese Foreign Minister Yoko Kamikawa met Economy Minister Taro Yamada in Tokyo on Monday.').includes('Taro Yamada|Economy Minister|-'));
});

test('a listed official whose name starts with a common English word is read after a title ("President To Lam")', () => {
  assert.ok(people('Vietnamese President To Lam arrived in Vientiane on Monday for a state visit.', '2024-08-12').includes('To Lam|President|VNM'));
  assert.ok(people('Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva on Saturday.', '2025-05-10').includes('He Lifeng|Vice Premier|CHN'));
  // Not listed: the common word still ends the title there.
  assert.ok(!people('The Prime Minister To Be Named will lead the delegation.', '2024-08-12').some((p) => p.startsWith('To Be')));
});

test('"On the sidelines, X met Y" is dated by the event just told, even when that event is no engagement', () => {
  const text = (lead: string) => `Blinken in Vientiane
${lead} On the sidelines, Blinken also held a bilateral meeting with Chinese Foreign Minister Wang Yi, their first in-person talks since April.`;
  const dated = ex(text('U.S. Secretary of State Antony Blinken met foreign ministers of the Association of Southeast Asian Nations in the Lao capital on Saturday.'), '2024-07-27');
  assert.deepEqual(dated.engagements.map((e) => e.date), ['2024-07-27']);
  // The event told before it gives no day: neither does the sidelines meeting ("since April" is not one).
  const undated = ex(text('U.S. Secretary of State Antony Blinken met foreign ministers of the Association of Southeast Asian Nations in the Lao capital.'), '2024-07-27');
  assert.deepEqual(undated.engagements.map((e) => e.date), [null]);
});

test('"The Crown Prince" is the one person whose double title holds it ("Crown Prince and Prime Minister")', () => {
  const r = ex(`Crown Prince receives Syrian President
RIYADH, Feb 2, 2025 - Crown Prince and Prime Minister Mohammed bin Salman received Syrian President Ahmed al-Sharaa at Al-Yamamah Palace in Riyadh on Sunday. The Crown Prince affirmed the Kingdom's support for the Syrian people.`, '2025-02-02');
  const mbs = r.actors.find((a) => a.name === 'Mohammed bin Salman')!;
  assert.ok(mbs.mentions.some((m) => m.text === 'Crown Prince'), mbs.mentions.map((m) => m.text).join(', '));
  assert.deepEqual(r.engagements[0].outcomes.filter((o) => o.kind === 'support').map((o) => [o.by, o.to]), [['SAU', 'SYR']]);
});

test('a country in the possessive ("since Russia\'s invasion") qualifies a noun and is no side of the meeting', () => {
  const e = ex(`Pope receives Zelenskiy
VATICAN CITY, Oct 11, 2024 - Pope Francis received Ukrainian President Volodymyr Zelenskiy in a private audience at the Vatican on Friday, their third meeting since Russia's full-scale invasion.`, '2024-10-11').engagements;
  assert.deepEqual(e.map((x) => x.participants.map((p) => p.country).sort()), [['UKR', 'VAT']]);
});

test('"spoke with/to" alone is a call; with a place, an occasion or a meeting before it, it is not', () => {
  const kindOf = (text: string, published = '2025-03-20') => ex(text, published).engagements.map((e) => e.kind);
  assert.deepEqual(kindOf('Readout\n\nToday, Prime Minister Mark Carney spoke with the President of the United States, Donald J. Trump. The leaders discussed tariffs.'), ['phone_call']);
  assert.deepEqual(kindOf('PM call\n\nPrime Minister Keir Starmer spoke to Australian Prime Minister Anthony Albanese this morning.'), ['phone_call']);
  // Must not: in one room.
  assert.deepEqual(kindOf('Prime Minister Keir Starmer spoke with Australian Prime Minister Anthony Albanese in Washington on Wednesday.'), ['meeting']);
  assert.deepEqual(kindOf('Prime Minister Keir Starmer spoke with Australian Prime Minister Anthony Albanese on the sidelines of the NATO summit.'), ['meeting']);
  assert.deepEqual(kindOf('Indian Prime Minister Narendra Modi held bilateral meetings at the G20 summit in Rio de Janeiro on Monday.\nModi and his Italian counterpart Giorgia Meloni talked about defence.'), ['meeting']);
  const after = kindOf('Prime Minister Keir Starmer met Australian Prime Minister Anthony Albanese in London on Monday. Starmer also spoke with Japanese Prime Minister Kishida Fumio.', '2024-07-10');
  assert.equal(after[0], 'meeting');
  assert.ok(!after.includes('phone_call'));
});

test('"Earlier in the day" and "Earlier on Wednesday" give the day; a bare "Earlier" does not', () => {
  const dates = (second: string) => ex(`Kremlin news\n\nVladimir Putin met with Turkish President Recep Tayyip Erdogan in Kazan on Wednesday.\n\n${second}`, '2024-10-24')
    .engagements.map((e) => e.date);
  assert.deepEqual(dates('Earlier on Wednesday, Vladimir Putin held a meeting with President of Iran Masoud Pezeshkian.'), ['2024-10-23', '2024-10-23']);
  assert.deepEqual(dates('Earlier in the day, Vladimir Putin held a meeting with President of Iran Masoud Pezeshkian.'), ['2024-10-23', '2024-10-23']);
  assert.deepEqual(dates('Earlier, Vladimir Putin held a meeting with President of Iran Masoud Pezeshkian.'), ['2024-10-23', null]);
});

test('a national security adviser or a chief adviser is a side; an adviser who tells of the meeting is not', () => {
  const sides = (text: string) => ex(text, '2025-04-05').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' ; '));
  assert.deepEqual(sides('Indian National Security Adviser Ajit Doval met Chinese Foreign Minister Wang Yi in Beijing on Monday.'), ['Ajit Doval|IND ; Wang Yi|CHN']);
  assert.deepEqual(sides('Pakistani Foreign Minister Ishaq Dar met Chief Adviser of Bangladesh Muhammad Yunus in Dhaka on Sunday.'), ['Ishaq Dar|PAK ; Muhammad Yunus|BGD']);
  assert.deepEqual(sides('Russian presidential adviser Yuri Ushakov told reporters that Vladimir Putin met Donald Trump in Anchorage on Friday.'),
    ['Vladimir Putin|RUS ; Donald Trump|USA']);
});

test('"Minister for Foreign Affairs" is a title with its portfolio, and "of Japan" after the name gives the country', () => {
  assert.ok(people('Australian Minister for Foreign Affairs Penny Wong spoke.', '2025-02-12').includes('Penny Wong|Minister for Foreign Affairs|AUS'));
  assert.ok(people('He met Minister for Foreign Affairs Iwaya Takeshi of Japan in Munich.', '2025-02-16').includes('Iwaya Takeshi|Minister for Foreign Affairs|JPN'));
  assert.ok(people('He met the Adviser for Foreign Affairs of Bangladesh, Mr. Md. Touhid Hossain, in Dhaka.', '2025-08-24')
    .includes('Md. Touhid Hossain|Adviser for Foreign Affairs|BGD'));
  // "for" never takes a country: "a Minister for Japan" is not a Japanese minister.
  assert.ok(!people('He thanked the Minister for Japan’s support.', '2025-02-16').some((p) => p.endsWith('|JPN') && p.includes('Minister for')));
});

test('a title naming an event ("the G7 Foreign Ministers\' Meeting") is not a side', () => {
  const sides = ex("On the sidelines of the G7 Foreign Ministers' Meeting, Canadian Foreign Minister Anita Anand met Indian External Affairs Minister S. Jaishankar on Tuesday.", '2025-11-12')
    .engagements.map((e) => e.participants.map((p) => p.country ?? p.org).join(','));
  assert.deepEqual(sides, ['CAN,IND']);
});

test('the place after a venue and a comma ("at State House, Nairobi"); a "LIMA --" dateline is no side', () => {
  const places = (text: string) => ex(text, '2025-05-16').engagements.map((e) => `${e.location.place}|${e.location.country}`);
  assert.deepEqual(places('Kenyan President William Ruto received Guinea-Bissau President Umaro Sissoco Embalo at State House, Nairobi, on Wednesday.'), ['Nairobi|KEN']);
  assert.deepEqual(places('Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace, Jakarta, on Thursday.'), ['Jakarta|IDN']);
  const r = ex('Ishiba and Xi meet\n\nLIMA -- Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping on Friday.', '2024-11-16');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).join(',')), ['JPN,CHN']);
});

test('"His Highness" alone is whoever the article first styled so; "His" before a style is no pronoun', () => {
  const r = ex('UAE President meets Biden\n\nWASHINGTON, 23rd September, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, held talks with US President Joe Biden at the White House today. Later in the day, His Highness met separately with US Vice President Kamala Harris.', '2024-09-23');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' & ')),
    ['Joe Biden & Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan & Kamala Harris']);
  // Never styled so before: nobody to stand for.
  const none = ex('Later in the day, His Highness met US Vice President Kamala Harris.', '2024-09-23');
  assert.deepEqual(none.engagements, []);
});

test('a title without a name is the one person the officials list has in that office on the day', () => {
  const names = (text: string, published: string) => ex(`Readout\n\n${text}`, published).engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' & '));
  assert.deepEqual(names('Kazakh President Kassym-Jomart Tokayev met the President of Mongolia in Astana on Thursday.', '2024-07-05'),
    ['Kassym-Jomart Tokayev|KAZ & Ukhnaagiin Khurelsukh|MNG']);
  // An office nobody in the list holds stays unnamed.
  assert.deepEqual(names('Kazakh President Kassym-Jomart Tokayev met the Mongolian Minister of Sport in Astana on Thursday.', '2024-07-05'),
    ['Kassym-Jomart Tokayev|KAZ & null|MNG']);
});

test('whom an aide or an envoy serves is not at the meeting; a portfolio ends where the name begins', () => {
  const sides = (text: string) => ex(`Readout\n\n${text}`, '2025-02-18').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country ?? p.org}`).join(' & '));
  assert.ok(!sides('In Riyadh, Rubio met Yuri Ushakov, foreign policy aide to President Vladimir Putin, on Tuesday.').some((e) => e.includes('Putin')));
  assert.deepEqual(sides('Rubio spoke with the High Representative for Foreign Affairs and Security Policy, Kaja Kallas, by phone on Tuesday.'),
    ['Marco Rubio|USA & Kaja Kallas|EU']);
});

test('listed names the name reader refuses, parliament heads, and the host leader\'s office as the venue', () => {
  const rows = (text: string) => ex(`Readout\n\n${text}`, '2025-10-01').engagements
    .map((e) => `${e.location.place ?? '-'}: ${e.participants.map((p) => `${p.name}|${p.country}`).join(' & ')}`);
  assert.deepEqual(rows('Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam, in Hanoi on Monday.'),
    ['Hanoi: Xi Jinping|CHN & To Lam|VNM']);
  assert.deepEqual(rows('Chinese President Xi Jinping met Tran Thanh Man, chairman of the National Assembly of Vietnam, in Hanoi on Tuesday.'),
    ['Hanoi: Xi Jinping|CHN & Tran Thanh Man|VNM']);
  assert.deepEqual(rows('Chinese President Xi Jinping met Vietnamese National Assembly Chairman Tran Thanh Man in Hanoi on Tuesday.'),
    ['Hanoi: Xi Jinping|CHN & Tran Thanh Man|VNM']);
  assert.deepEqual(rows("Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung at the Prime Minister's Office in Tokyo on Saturday."),
    ['Tokyo: Shigeru Ishiba|JPN & Lee Jae-myung|KOR']);
  // A mission's office abroad is still not the venue.
  assert.deepEqual(rows("Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung, who heads the party's office in Osaka, on Saturday.").map((r) => r.split(':')[0]), ['-']);
});

test('named delegation members ("accompanied by", "attended by", "including") take part; others named in passing do not', () => {
  const names = (text: string) => ex(`Readout\n\n${text}`, '2025-02-03').engagements.map((e) => e.participants.map((p) => p.name).join(' & '));
  assert.deepEqual(names('Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on Sunday. Al-Sharaa was accompanied by Syrian Foreign Minister Asaad al-Shaibani.'),
    ['Mohammed bin Salman & Ahmed al-Sharaa & Asaad al-Shaibani']);
  // Someone of a third country, or mentioned without a delegation cue, is not added.
  assert.deepEqual(names('Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on Sunday. They discussed the talks with Turkish President Recep Tayyip Erdogan.'),
    ['Mohammed bin Salman & Ahmed al-Sharaa']);
});

test('the next item of a readout ("Separately, ...") is on the day of the one before; a dateline on its own line is read; a recalled visit is not the venue', () => {
  const rows = (text: string, published: string) => ex(text, published).engagements.map((e) => `${e.date}|${e.location.place}`);
  assert.deepEqual(rows('Readout\n\nSecretary of State Marco Rubio hosted Indian External Affairs Minister Subrahmanyam Jaishankar at the Department of State today. Separately, Secretary Rubio sat down with Australian Minister for Foreign Affairs Penny Wong.', '2025-01-22'),
    ['2025-01-22|Washington', '2025-01-22|Washington']);
  assert.deepEqual(rows('Aliyev and Sharif held talks\n\nBaku, February 24, AZERTAC\n\nPresident of the Republic of Azerbaijan Ilham Aliyev and Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif held a one-on-one meeting today.', '2025-02-24'),
    ['2025-02-24|Baku']);
  assert.deepEqual(rows('Readout\n\nVladimir Putin held talks with Iranian President Masoud Pezeshkian on Friday. The presidents, who had previously met in Ashgabat in October, discussed trade.', '2025-01-18'),
    ['2025-01-17|null']);
});

test('"A day earlier" counts from the engagement told before it, not from the publication date', () => {
  const dates = ex('Readout\n\nOn Tuesday, Chinese President Xi Jinping met Nigerian President Bola Tinubu in Beijing. A day earlier, Xi had received South African President Cyril Ramaphosa in Beijing.', '2024-09-05')
    .engagements.map((e) => e.date);
  assert.deepEqual(dates, ['2024-09-03', '2024-09-02']);
});

test('a roundup that names its own leader once is about that leader, however often each guest is named', () => {
  const text = 'President of Turkmenistan holds meetings with foreign leaders\n\nOn 11 October, in Ashgabat, President of Turkmenistan Serdar Berdimuhamedov met with the leaders of foreign states who arrived for the Forum.\n\n'
    + 'During the meeting with President of the Islamic Republic of Iran Masoud Pezeshkian, the sides discussed trade. President Masoud Pezeshkian thanked the hosts.\n\n'
    + 'In the conversation with President of the Republic of Armenia Vahagn Khachaturyan, the parties discussed transport cooperation.';
  const pairs = ex(text, '2024-10-12').engagements.map((e) => e.participants.map((p) => p.country).sort().join('-'));
  assert.deepEqual(pairs, ['IRN-TKM', 'ARM-TKM']);
});

test('"met its obligations" is no meeting; "follows visits to Berlin and Dublin" is recalled', () => {
  const none = (s: string) => ex(`Readout\n\nRussian President Vladimir Putin spoke by phone with German Chancellor Olaf Scholz on Friday. ${s}`, '2024-11-16').engagements.length;
  assert.equal(none('Putin said Russia had always met its contractual obligations if the German side showed interest.'), 1);
  assert.equal(none('The call follows visits by the Irish Prime Minister to Berlin and Dublin.'), 1);
});

test('"the head of Turkmenistan" is the Turkmen leader named before; a "To recall," paragraph is background', () => {
  const r = ex('T\n\nOn 11 October, President of Turkmenistan Serdar Berdimuhamedov met with foreign leaders in Ashgabat. During the meeting with President of Iran Masoud Pezeshkian, the head of Turkmenistan thanked his Iranian counterpart for accepting the invitation.', '2024-10-12');
  assert.deepEqual(r.engagements.map((e) => e.outcomes.map((o) => `${o.kind}:${o.by}>${o.to}`)), [['gratitude:TKM>IRN']]);
  const recalled = ex('T\n\nKyrgyz President Sadyr Japarov received Tajik Foreign Minister Sirojiddin Muhriddin in Bishkek on Tuesday.\n\nTo recall, on March 13, Sadyr Japarov and Emomali Rahmon signed the Treaty on the State Border during the Tajik President\'s state visit to Bishkek.', '2025-04-02');
  assert.equal(recalled.engagements.length, 1);
});

test('"President of the Council of Ministers" is one title, not "Ministers"', () => {
  assert.ok(people('T\n\nItalian President of the Council of Ministers Giorgia Meloni received British Prime Minister Keir Starmer in Rome on Sunday.', '2024-11-18')
    .includes('Giorgia Meloni|President of the Council of Ministers|ITA'));
});

test('a monarch named with a regnal number is found in the officials list', () => {
  const sides = ex('T\n\nFrench President Emmanuel Macron was received by King Mohammed VI at the Royal Palace in Rabat on Monday.', '2024-10-29')
    .engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' & '));
  assert.deepEqual(sides, ['Emmanuel Macron|FRA & Mohammed VI|MAR']);
});

test('a state agency\'s dateline standing as a sentence ("Ulaanbaatar, March 12 /MONTSAME/.") is the filing, not the lead', () => {
  const rows = (text: string, published: string) => ex(text, published).engagements.map((e) => `${e.date}|${e.location.place}|${e.participants.map((p) => p.name).join(' & ')}`);
  assert.deepEqual(rows('Mongolian and Kyrgyz leaders meet\nUlaanbaatar, June 3 /MONTSAME/. Prime Minister of Mongolia L.Oyun-Erdene received President of Kyrgyzstan Sadyr Japarov on June 2. Chairman of the State Great Khural D.Amarbayasgalan also met Japarov.', '2024-06-03'),
    ['2024-06-02|Ulaanbaatar|Luvsannamsrai Oyun-Erdene & Sadyr Japarov', '2024-06-02|Ulaanbaatar|Sadyr Japarov & D.Amarbayasgalan']);
  assert.deepEqual(rows('Mirziyoyev receives Szijjarto\nTashkent (UzA). The President of Uzbekistan Shavkat Mirziyoyev received the Foreign Minister of Hungary Peter Szijjarto today.', '2024-05-20'),
    ['2024-05-20|Tashkent|Shavkat Mirziyoyev & Péter Szijjártó']);
});

test('plans and history in the tense of a report: "talks ... are planned", a visit dated after publication, "an earlier telephone conversation", a date that opens the clause', () => {
  const n = (text: string, published: string) => ex(`Report\n\n${text}`, published).engagements.length;
  assert.equal(n('Peru\'s President Dina Boluarte will arrive in Beijing on Monday. Talks between Boluarte and Chinese President Xi Jinping are planned for Tuesday.', '2024-11-10'), 0);
  assert.equal(n('Peru\'s President Dina Boluarte arrived in Beijing on Monday. Talks between Boluarte and Chinese President Xi Jinping were held on Tuesday.', '2024-11-14'), 1);
  assert.equal(n('The itinerary also included an official visit to Hungary on 20–21 May, with talks with Prime Minister Viktor Orban, according to Japanese Prime Minister Fumio Kishida\'s office.', '2024-05-10'), 0);
  assert.equal(n('Japanese Prime Minister Fumio Kishida held talks with Hungarian Prime Minister Viktor Orban in Budapest on 20 May.', '2024-05-22'), 1);
  assert.equal(n('Brazilian President Lula said he had explained his view to US President Joe Biden in an earlier telephone conversation.', '2024-03-01'), 0);
  assert.equal(n('In March of that year she led the delegation to the dialogue in Canberra, where she and Australian Foreign Minister Penny Wong signed a memorandum with New Zealand Foreign Minister Nanaia Mahuta.', '2024-09-01'), 0);
});

test('two counterparts in one sentence are two meetings ("called on X ..., and later held talks with Y")', () => {
  const pairs = ex('Report\n\nAustralian Foreign Minister Penny Wong called on Chinese Premier Li Qiang in Beijing on Wednesday, and later held talks with her counterpart Wang Yi.', '2024-03-21')
    .engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & '));
  assert.deepEqual(pairs, ['Li Qiang & Penny Wong', 'Penny Wong & Wang Yi']);
});

test('offices of a city ("Crown Prince of Abu Dhabi"), of a country\'s own institution ("Speaker of the Lok Sabha"), and a second office before the name', () => {
  const people = (text: string) => ex(`Report\n\n${text}`, '2022-02-19').actors.map((a) => `${a.name}|${a.country}`);
  assert.deepEqual(people('The Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed Al Nahyan, received Israeli Prime Minister Naftali Bennett.'),
    ['Mohamed bin Zayed Al Nahyan|ARE', 'Naftali Bennett|ISR']);
  assert.deepEqual(people('The Speaker of the Lok Sabha Om Birla met Uzbek Foreign Minister Bakhtiyor Saidov.'), ['Om Birla|IND', 'Bakhtiyor Saidov|UZB']);
  assert.deepEqual(people('The Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, Sheikh Mohamed bin Zayed Al Nahyan, met Naftali Bennett of Israel.').slice(0, 1),
    ['Mohamed bin Zayed Al Nahyan|ARE']);
  // Two offices of two countries are two people: the name after the comma is the second's.
  assert.deepEqual(people('The President of Mongolia and the Prime Minister of Japan, Fumio Kishida, met in Tokyo.').filter((p) => p.startsWith('Fumio')), ['Fumio Kishida|JPN']);
});

test('documents signed during a video summit belong to the call', () => {
  const kinds = ex('Report\n\nIndian Prime Minister Narendra Modi and Emirati President Mohamed bin Zayed Al Nahyan held a virtual summit on Friday, at which the two countries signed a trade agreement.', '2022-02-19')
    .engagements.map((e) => e.kind);
  assert.deepEqual(kinds, ['video_call']);
});

test('a summit told by its countries, then session by session with their people; "a separate exchange" is one more, not a roundup', () => {
  const rows = ex('Summit\n\nThe African Union and China held their annual dialogue by videoconference on Tuesday. AU Commission Chairperson Moussa Faki Mahamat first held a session with Chinese Premier Li Qiang. Faki then held a separate exchange with President Xi Jinping, again by video link.', '2024-03-13')
    .engagements.map((e) => `${e.kind}|${e.participants.map((p) => p.name).join(' & ')}`);
  assert.deepEqual(rows, ['video_call|Moussa Faki Mahamat & Li Qiang', 'video_call|Moussa Faki Mahamat & Xi Jinping']);
});

test('"In a separate call, he briefed X" is a call of the one told before; "his Chinese counterpart" is the Chinese minister named', () => {
  const rows = ex('Calls\n\nChinese Foreign Minister Wang Yi assured Pakistani Foreign Minister Ishaq Dar on Saturday of Beijing\'s backing. In the telephone conversation, Dar briefed his Chinese counterpart on the border. In a separate call, he briefed Turkish Foreign Minister Hakan Fidan on the same events.', '2025-05-11')
    .engagements.map((e) => `${e.kind}|${e.participants.map((p) => p.name).sort().join(' & ')}`);
  assert.deepEqual(rows, ['phone_call|Ishaq Dar & Wang Yi', 'phone_call|Hakan Fidan & Ishaq Dar']);
});

test('leaders who take part by video link in an opening ceremony hold no call', () => {
  const n = ex('Visit\n\nKyrgyz President Sadyr Japarov held talks with Tajik President Emomali Rahmon in Bishkek on Thursday. The presidents also took part, by video link, in the reopening of two road checkpoints.', '2025-03-14').engagements.length;
  assert.equal(n, 1);
});

test('a pronoun in a fronted phrase points to the subject after it; "a separate meeting with X" is one more meeting of the same subject', () => {
  const rows = (text: string, published: string) => ex(`Visit\n\n${text}`, published).engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & '));
  assert.deepEqual(rows('Egyptian President Abdel Fattah el-Sisi held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. Mohammed bin Salman thanked him for the visit. During his stay in the Saudi capital, el-Sisi also held a separate meeting with Jordan\'s King Abdullah II.', '2024-11-12'),
    ['Abdel Fattah el-Sisi & Mohammed bin Salman', 'Abdel Fattah el-Sisi & Abdullah II']);
  assert.deepEqual(rows('On arriving in Madrid on Tuesday, the Turkish President Recep Tayyip Erdogan first sat down with Swedish Prime Minister Magdalena Andersson, then broke off for a separate meeting with European Council President Charles Michel, who discussed EU-Turkey relations with him.', '2022-06-29'),
    ['Magdalena Andersson & Recep Tayyip Erdogan', 'Charles Michel & Recep Tayyip Erdogan']);
});

test('receptions with a pronoun as the one received; co-chaired sessions; a stop before this one ("where he had held talks") is history', () => {
  const rows = (text: string, published: string) => ex(`Trip\n\n${text}`, published).engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & '));
  assert.deepEqual(rows('British Prime Minister Keir Starmer flew on to Doha, where Qatari Emir Sheikh Tamim bin Hamad Al Thani welcomed him at the Amiri Diwan on Tuesday.', '2024-12-11'),
    ['Keir Starmer & Tamim bin Hamad Al Thani']);
  assert.deepEqual(rows('Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida co-chaired the annual summit in New Delhi on Monday.', '2023-03-21'),
    ['Fumio Kishida & Narendra Modi']);
  assert.deepEqual(rows('The programme foresees a plenary session between the two governments, co-chaired by Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi.', '2023-03-10'), []);
  assert.deepEqual(rows('Turkish President Recep Tayyip Erdogan arrived in Islamabad on Wednesday, flying in from Kuala Lumpur, where he had held talks with Malaysian Prime Minister Anwar Ibrahim.', '2025-02-13'), []);
});

test('a place the lead gives for the same people outranks a state agency\'s home dateline', () => {
  const places = ex('Sidelines\nUlaanbaatar /MONTSAME/. President of Mongolia Ukhnaagiin Khurelsukh, who is in Astana for the summit, held talks with Chinese President Xi Jinping and Russian President Vladimir Putin on Thursday.', '2024-07-05')
    .engagements.map((e) => e.location.place);
  assert.deepEqual(places, ['Astana']);
});

test('"a tete-a-tete meeting between A and B" and "the trilateral meeting of A, B and C" are reported meetings, the second apart from the first; "Recall that ..." is background', () => {
  const rows = ex('Summit\n\nThe visit opened with a tete-a-tete meeting between Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov in Astana on Monday. The main event was the trilateral meeting of Tokayev, Japarov and Uzbek President Shavkat Mirziyoyev. Recall that on 2 March Mirziyoyev telephoned Tokayev.', '2025-04-01')
    .engagements.map((e) => e.participants.map((p) => p.country).sort().join('-'));
  assert.deepEqual(rows, ['KAZ-KGZ', 'KAZ-KGZ-UZB']);
  // "a ROK-U.S.-Japan meeting" is still only a meeting when held.
  assert.equal(ex('Report\n\nThe ROK-U.S.-Japan meeting of foreign ministers is planned for next year.', '2025-04-01').engagements.length, 0);
});

test('"According to No 10" is no negation; "the fast-moving situation in Syria" is a regional topic', () => {
  const e = ex('Trip\n\nBritish Prime Minister Keir Starmer met Qatari Emir Tamim bin Hamad Al Thani in Doha on Tuesday. According to No 10, the two men talked about the fast-moving situation in Syria.', '2024-12-11').engagements;
  assert.equal(e.length, 1);
  assert.ok(e[0].topics.includes('regional_international'), e[0].topics.join(','));
});

test('a surname in the headline takes the listed holder\'s office, and the body\'s full name; a pluperfect signing "that treaty ... in 2023" is history', () => {
  const r = ex('Japarov, Rahmon sign border treaty\nBISHKEK (AKIpress) - Sadyr Japarov and Emomali Rahmon met in Bishkek on Thursday and signed the border treaty. The two foreign ministers had signed that protocol in Dushanbe on April 18, 2023.', '2025-03-14');
  assert.deepEqual(r.actors.slice(0, 2).map((a) => `${a.name}|${a.country}`), ['Sadyr Japarov|KGZ', 'Emomali Rahmon|TJK']);
  assert.deepEqual(r.engagements.map((e) => e.date), ['2025-03-13']);
});

test('a visit dated the day after publication is a plan', () => {
  assert.equal(ex('Report\n\nThe programme includes an official visit to Uzbekistan on 10 August, with talks with Uzbek President Shavkat Mirziyoyev and Japanese Prime Minister Fumio Kishida.', '2024-08-09').engagements.length, 0);
});

test('"in the south-western Chinese city of Chengdu" and "at the White House" place a meeting', () => {
  const places = (text: string, published: string) => ex(`Report\n\n${text}`, published).engagements.map((e) => e.location.place);
  assert.deepEqual(places('Georgian Prime Minister Irakli Garibashvili met Chinese President Xi Jinping in the south-western Chinese city of Chengdu on Friday.', '2023-07-29'), ['Chengdu']);
  assert.deepEqual(places('US President Donald Trump received Azerbaijani President Ilham Aliyev at the White House on Friday.', '2025-08-09'), ['Washington']);
});

test('"the Russian diplomat" is the ambassador named; the guest of a forthcoming visit is no participant; a summit "to be held in" a city is not the venue', () => {
  const rows = ex('Head of State receives ambassadors\nASTANA, March 14 (Agency) – President of Kazakhstan Kassym-Jomart Tokayev today received the Ambassador of Russia Alexey Borodavkin and the Ambassador of China Zhang Xiao. In the conversation with the Russian diplomat, the Head of State underlined the importance of the forthcoming visit of President Vladimir Putin to Kazakhstan. Receiving the Chinese ambassador, Tokayev discussed the summit to be held in Beijing next month.', '2023-03-14')
    .engagements.map((e) => `${e.location.place}|${e.participants.map((p) => p.name).join(' & ')}`);
  assert.deepEqual(rows, ['Astana|Kassym-Jomart Tokayev & Alexey Borodavkin', 'Astana|Kassym-Jomart Tokayev & Zhang Xiao']);
});

test('a day in a relative clause ("who flew in on Monday") dates its own act, not the meeting; "The three leaders then met" is on the day told before', () => {
  const dates = (text: string, published: string) => ex(`Report\n\n${text}`, published).engagements.map((e) => e.date);
  assert.deepEqual(dates('UN Secretary-General António Guterres, who flew to Moscow from Ankara on Monday, held talks this morning with Russian Foreign Minister Sergey Lavrov.', '2022-04-26'), ['2022-04-26']);
  assert.deepEqual(dates('Turkish President Recep Tayyip Erdogan, who arrived in Bishkek on Wednesday, held talks with Kyrgyz President Sadyr Japarov on Thursday.', '2024-11-08'), ['2024-11-07']);
  assert.deepEqual(dates('US President Donald Trump received Armenian Prime Minister Nikol Pashinyan on Friday. The three leaders then met with Azerbaijani President Ilham Aliyev for a trilateral summit.', '2025-08-09'), ['2025-08-08', '2025-08-08']);
});

test('a reception "at the Ministry in Baku" still receives the one named after it; "reciprocal visits of the two heads of state" names visits', () => {
  const r = ex('Minister receives ambassador\n\nOn 24 June 2024, Azerbaijani Foreign Minister Jeyhun Bayramov received at the Ministry in Baku the newly appointed Ambassador of Kyrgyzstan, Maksat Mamytkanov. The interlocutors discussed trade and transport. The minister noted that reciprocal visits of the two heads of state had raised ties.', '2024-06-24').engagements;
  assert.deepEqual(r.map((e) => `${e.participants.map((p) => p.name).join(' & ')}|${e.topics.join(',')}`), ['Jeyhun Bayramov & Maksat Mamytkanov|trade,transport_logistics']);
});

test('of two signatories, one of a known side and one of none, the second is of the other side; "Minister of the Interior Nancy Faeser"', () => {
  const r = ex('Visit\n\nGerman Chancellor Olaf Scholz received Kenyan President William Ruto in Berlin on Friday. The migration agreement was signed by Federal Minister of the Interior Nancy Faeser and Kenya\'s Foreign Minister Musalia Mudavadi.', '2024-09-14');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`)), [['Olaf Scholz|DEU', 'William Ruto|KEN', 'Nancy Faeser|DEU', 'Musalia Mudavadi|KEN']]);
});

test('credentials presented and received are audiences; "the head of state" of a leader\'s release is the leader; "and was later received by" is a second meeting', () => {
  const rows = (text: string, published: string) => ex(text, published).engagements.map((e) => e.participants.map((p) => p.name).join(' & '));
  assert.deepEqual(rows('Credentials\nULAANBAATAR, April 26 (Agency) – Atul Malhari Gotsurve, Ambassador of India to Mongolia, presented his letter of credence to President of Mongolia Ukhnaagiin Khurelsukh on April 26.', '2024-04-26'),
    ['Atul Malhari Gotsurve & Ukhnaagiin Khurelsukh']);
  assert.deepEqual(rows('President receives envoys\nBAKU, Nov 1 (Agency) – President Ilham Aliyev accepted the credentials of new ambassadors.\nToday, the head of state received the credentials of Fathudin Ali Mohamed, the newly appointed Ambassador of Somalia.', '2024-11-01'),
    ['Ilham Aliyev & Fathudin Ali Mohamed']);
  assert.deepEqual(rows('Visit\n\nTurkish Foreign Minister Hakan Fidan held talks in Astana on Monday with Kazakh Foreign Minister Murat Nurtleu and was later received by President Kassym-Jomart Tokayev.', '2023-09-12'),
    ['Hakan Fidan & Murat Nurtleu', 'Hakan Fidan & Kassym-Jomart Tokayev']);
});

test('history told around an abbreviation ("recalled that when Mr. Modi telephoned") and in a when-clause after a dated clause', () => {
  const n = (text: string, published: string) => ex(`Report\n\n${text}`, published).engagements.length;
  assert.equal(n('Foreign Secretary Vikram Misri recalled that when Mr. Modi telephoned US President Donald Trump after the inauguration, the two agreed to meet.', '2025-02-07'), 0);
  assert.equal(n("China's top diplomat Wang Yi and Secretary of State Antony Blinken last sat together in Bali in November, when US President Joe Biden held talks with Chinese President Xi Jinping.", '2023-02-19'), 0);
  assert.equal(n("China's top diplomat Wang Yi met Ukrainian Foreign Minister Dmytro Kuleba in Munich on Saturday.", '2023-02-19'), 1);
});

test('"the following day" is no date after publication (a plan) but the day after the engagement before; title-case headline verbs are no names', () => {
  const r = ex("President Jokowi Carries Zelenskyy's Message to Putin\nJAKARTA – In Kyiv on Wednesday, Indonesian President Joko Widodo held talks with Ukrainian President Volodymyr Zelenskyy. The following day, President Jokowi was received by Russian President Vladimir Putin at the Kremlin in Moscow.", '2022-07-01');
  assert.deepEqual(r.engagements.map((e) => `${e.date}|${e.participants.map((p) => p.country).join('-')}`), ['2022-06-29|IDN-UKR', '2022-06-30|IDN-RUS']);
  assert.ok(!r.actors.some((a) => /Carries/.test(a.name)));
});

test('Japanese readouts print the family name in capitals ("Prime Minister KISHIDA Fumio"); a courtesy call is paid in person', () => {
  const r = ex('Courtesy call\nTOKYO, July 5 – Prime Minister KISHIDA Fumio yesterday received a courtesy call at the Prime Minister\'s Office from Mr. Rafael Mariano Grossi, Director General of the International Atomic Energy Agency (IAEA). On the same day, Director General Grossi held a meeting over lunch with Foreign Minister HAYASHI Yoshimasa.', '2023-07-05');
  assert.deepEqual(r.engagements.map((e) => `${e.kind}|${e.date}|${e.participants.map((p) => `${p.name}:${p.country ?? p.org}`).join(' & ')}`),
    ['meeting|2023-07-04|KISHIDA Fumio:JPN & Rafael Mariano Grossi:IAEA', 'meeting|2023-07-04|Rafael Mariano Grossi:IAEA & HAYASHI Yoshimasa:JPN']);
  // Capitals that are an acronym or a place stay out of names; a capitalised word alone is no name.
  assert.deepEqual(people('Chancellor Olaf Scholz met IAEA Director General Rafael Grossi. NATO Secretary General Jens Stoltenberg and the UN attended.').filter((p) => /IAEA|NATO|UN\b/.test(p.split('|')[0])), []);
  assert.equal(ex('Visit\nPrime Minister Fumio Kishida received a courtesy call from President Ilham Aliyev of Azerbaijan on Tuesday.', '2023-07-05').engagements[0].kind, 'meeting');
  assert.equal(ex('Call\nPrime Minister Fumio Kishida received a call from President Ilham Aliyev of Azerbaijan on Tuesday.', '2023-07-05').engagements[0].kind, 'phone_call');
});

test('"called Lula\'s commitment ... good news" judges, it does not phone; "called Biden\'s adviser" phones', () => {
  const r = ex('Visit\nChancellor Olaf Scholz met President Luiz Inácio Lula da Silva in Brasília on Monday. Scholz called Lula\'s commitment to fighting deforestation very good news for the planet.', '2023-01-31');
  assert.equal(r.engagements.length, 1);
  assert.notEqual(r.engagements[0].kind, 'phone_call');
  assert.equal(ex('Talks\nPresident Ukhnaagiin Khurelsukh held talks with President Emmanuel Macron on Sunday in Ulaanbaatar. Khurelsukh called France Mongolia\'s "third neighbour".', '2023-05-22').engagements.length, 1);
  assert.deepEqual(ex('Call\nPresident Emmanuel Macron on Monday called Chancellor Olaf Scholz\'s national security adviser Jens Plötner.', '2023-01-31').engagements.map((e) => e.kind), ['phone_call']);
});

test('ministers "accompanying" a leader are of the leader\'s side; a portfolio listed with commas is one title', () => {
  const r = ex('Talks\nPRETORIA – President Cyril Ramaphosa on Wednesday held a bilateral meeting with President Donald J. Trump of the United States at the White House in Washington DC.\nPresident Ramaphosa was accompanied by the Minister of Trade, Industry and Competition, Mr Parks Tau, and the Minister of Agriculture, Mr John Steenhuisen.', '2025-05-22');
  assert.deepEqual(r.engagements[0].participants.map((p) => `${p.name}|${p.role}|${p.country}`),
    ['Cyril Ramaphosa|President|ZAF', 'Donald J. Trump|President|USA', 'Parks Tau|Minister of Trade, Industry and Competition|ZAF', 'John Steenhuisen|Minister of Agriculture|ZAF']);
  assert.ok(!r.actors.some((a) => a.name === 'Industry'));
  // Not accompanied: a minister named beside the meeting keeps no country.
  const other = ex('Talks\nPresident Cyril Ramaphosa held a bilateral meeting with President Donald J. Trump in Washington on Wednesday. Separately, the Minister of Agriculture, Mr John Steenhuisen, spoke to farmers.', '2025-05-22');
  assert.equal(other.actors.find((a) => a.name === 'John Steenhuisen')?.country ?? null, null);
});

test('"agreed to meet again" is an agreement of this meeting, not another meeting; "used the occasion to invite" invites', () => {
  const r = ex('Talks\nPresident Cyril Ramaphosa on Wednesday held a bilateral meeting with President Donald J. Trump in Washington.\nThey agreed that officials would continue negotiations on trade matters, and the two leaders agreed to meet again. Ramaphosa used the occasion to invite Trump to attend the G20 summit in Johannesburg.', '2025-05-22');
  assert.deepEqual(r.engagements.map((e) => e.outcomes.map((o) => `${o.kind}|${o.by}`)), [['agreement|null', 'agreement|null', 'invitation|ZAF']]);
  // A plan told as a plan still is one: the sentence adds no meeting and no outcome.
  const plan = ex('Talks\nPresident Cyril Ramaphosa on Wednesday held a bilateral meeting with President Donald J. Trump in Washington.\nThe two leaders are expected to meet again in Johannesburg in November.', '2025-05-22');
  assert.deepEqual(plan.engagements.map((e) => e.outcomes.length), [0]);
  assert.deepEqual(ex('Plans\nRamaphosa plans to invite Trump to the G20 summit in Johannesburg, officials said.', '2025-05-22').engagements, []);
});

test('a date in a relative clause beside the trigger ("who was on his first trip since taking office on 25 October") is not the meeting\'s day', () => {
  const r = ex('Meetings\nCAIRO, 8 November 2022 – President Abdel Fattah El-Sisi held a series of meetings with visiting leaders on Monday in Sharm El-Sheikh.\nIn his talks with French President Emmanuel Macron, the President discussed energy.\nPresident El-Sisi then received British Prime Minister Rishi Sunak, who was on his first trip abroad since taking office on 25 October.', '2022-11-08');
  assert.deepEqual(r.engagements.map((e) => `${e.date}|${e.participants.map((p) => p.country).join('-')}`), ['2022-11-07|EGY-FRA', '2022-11-07|EGY-GBR']);
  // "who flew in on Tuesday" with no other day in the sentence: the trip's day is the talks'.
  const arrived = ex('Talks\nNEW DELHI, Oct 24 (Agency) – Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Wednesday.\nModi, who flew into Kazan on Tuesday, began his visit with talks with the summit host, Russian President Vladimir Putin.', '2024-10-24');
  assert.deepEqual(arrived.engagements.map((e) => e.date), ['2024-10-23', '2024-10-22']);
});

test('"At the start of the talks with X" reports the talks; leaders visiting a centre or a plant meet no one there', () => {
  const r = ex('Talks\nTASHKENT, November 16 (Agency) – President Shavkat Mirziyoyev on Saturday received the presidents of Azerbaijan and Kyrgyzstan, who arrived for the Consultative Meeting of the Heads of State of Central Asia.\nAt the start of the talks with Ilham Aliyev, the Azerbaijani President thanked his host for the invitation. The two leaders reviewed the agreements reached during the Uzbek leader\'s state visit to Azerbaijan in July.\nLater that day the leaders of Uzbekistan, Azerbaijan and Kyrgyzstan visited the Center of Islamic Civilization.', '2025-11-16');
  const aze = r.engagements.find((e) => e.participants.some((p) => p.country === 'AZE'))!;
  // The state visit is July's, not this one.
  assert.equal(aze.kind, 'meeting');
  assert.deepEqual(aze.outcomes.map((o) => `${o.kind}|${o.by}`), ['gratitude|AZE']);
  assert.ok(!r.engagements.some((e) => e.evidence.includes('Center of Islamic')));
  assert.equal(ex('Visit\nPresident Emmanuel Macron visited Mongolia on Sunday and held talks with President Ukhnaagiin Khurelsukh.', '2023-05-22').engagements.length, 1);
});

test('"spent two hours with" meets; "had been frozen after a meeting between" recalls; "with Russia, the United States and Ukraine said" names two sides', () => {
  const r = ex('Talks\nWASHINGTON, March 12 (Agency) – Ukraine is ready to accept a 30-day ceasefire with Russia, the United States and Ukraine said in a joint statement after their delegations met in Jeddah on Tuesday.\nSecretary of State Marco Rubio and US National Security Adviser Mike Waltz headed the U.S. team. Kyiv was represented by Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov.\nA day earlier, Rubio and Waltz spent more than two hours in Jeddah with Crown Prince Mohammed bin Salman.\nU.S. aid had been frozen after a heated Oval Office meeting between President Donald Trump and President Volodymyr Zelensky on February 28.', '2025-03-12');
  assert.deepEqual(r.engagements.map((e) => `${e.date}|${e.participants.map((p) => `${p.name ?? '-'}:${p.country}`).join(' & ')}`), [
    '2025-03-11|Marco Rubio:USA & Mike Waltz:USA & Andrii Sybiha:UKR & Rustem Umerov:UKR',
    '2025-03-10|Marco Rubio:USA & Mike Waltz:USA & Mohammed bin Salman:SAU',
  ]);
  assert.deepEqual(ex('Trip\nThe minister spent two hours at the museum with students on Monday.', '2025-03-12').engagements, []);
});

test('an official given no country, in a story datelined in a capital that names no one of that country, is of that country', () => {
  const r = ex('Talks in Beijing\nRIYADH, April 7 (Agency) – Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah and his Iranian counterpart Hossein Amir-Abdollahian held talks in Beijing on Thursday.', '2023-04-07');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).join('-')), ['SAU-IRN']);
  // The capital's country is already named: the other minister stays unknown rather than made Maldivian.
  const other = ex('Talks\nMALE, Oct 8 (Agency) – Maldivian President Mohamed Muizzu held talks in New Delhi on Monday with Indian Prime Minister Narendra Modi, with Minister of State Kirti Vardhan Singh at the table.', '2024-10-08');
  assert.notEqual(other.actors.find((a) => a.name === 'Kirti Vardhan Singh')?.country, 'MDV');
  // An ambassador in the capital is usually a foreign one.
  const envoy = ex('Credentials\nASTANA, May 2 (Agency) – Ambassador Jan Novak presented his credentials to the Minister.', '2024-05-02');
  assert.notEqual(envoy.actors.find((a) => a.name === 'Jan Novak')?.country, 'KAZ');
});

test('"conveyed greetings from President Tokayev" adds no meeting with the sender; "Thanking ..., the diplomat conveyed" thanks as the envoy', () => {
  const r = ex('Credentials\nASHGABAT, 18 July 2024 (Agency) – Yesterday, President of Turkmenistan Serdar Berdimuhamedov received the newly appointed Ambassador of Kazakhstan, Nurlan Nogayev.\nThanking the President for the time devoted to the meeting, the diplomat conveyed cordial greetings from President Kassym-Jomart Tokayev to the head of state.', '2024-07-18');
  assert.deepEqual(r.engagements.map((e) => `${e.participants.map((p) => p.name).join(' & ')}|${e.outcomes.map((o) => `${o.kind}:${o.by}`).join(',')}`),
    ['Serdar Berdimuhamedov & Nurlan Nogayev|gratitude:KAZ']);
  // Two envoys named: "the diplomat" is neither.
  const two = ex('Credentials\nPresident Serdar Berdimuhamedov received the Ambassador of Kazakhstan, Nurlan Nogayev, and the Ambassador of Iran, Ali Mojtaba Rouzbahani. The diplomat thanked the President.', '2024-07-18');
  assert.ok(!two.actors.some((a) => a.mentions.some((m) => /diplomat/.test(m.text))));
});

test('"ASTANA. KAZINFORM – " is a dateline, not a sentence; a date where a span starts ("since ... in 1965") is no day of the event; talks after an arrival take its day', () => {
  const r = ex('Kazakhstan, Turkmenistan talks\nASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks with President of Turkmenistan Serdar Berdimuhamedov in Ashgabat on Thursday, the Akorda press service reports.', '2024-10-11');
  assert.deepEqual(r.engagements.map((e) => `${e.date}|${e.location.place}`), ['2024-10-10|Ashgabat']);
  const visit = ex('Visit concluded\nULAANBAATAR, May 22 (Agency) – President Emmanuel Macron has concluded his state visit to Mongolia, the first by a French head of state since the two countries established diplomatic relations in 1965.\nThe French President landed in Ulaanbaatar yesterday evening. After a welcoming ceremony, President of Mongolia Ukhnaagiin Khurelsukh and the Distinguished Guest held official talks at the State Palace.', '2023-05-22');
  assert.deepEqual(visit.engagements.map((e) => e.date), ['2023-05-21']);
  // No arrival before: the day stays unsaid.
  const none = ex('Visit concluded\nULAANBAATAR, May 22 (Agency) – President Emmanuel Macron has concluded his state visit to Mongolia.\nThe guest toured the city. President Ukhnaagiin Khurelsukh and Macron held official talks at the State Palace.', '2023-05-22');
  assert.deepEqual(none.engagements.map((e) => e.date), [null]);
});

test('"the Distinguished Guest" beside the host is the one foreign leader named; "concluded his state visit to X" reports a visit', () => {
  const r = ex('Visit\nULAANBAATAR, May 22 (Agency) – President Emmanuel Macron has concluded his state visit to Mongolia.\nPresident of Mongolia Ukhnaagiin Khurelsukh and the Distinguished Guest held official talks at the State Palace on Sunday.', '2023-05-22');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' & ')), ['Emmanuel Macron & Ukhnaagiin Khurelsukh']);
  // Two foreign leaders named: the guest is neither.
  const two = ex('Visits\nPresident Emmanuel Macron and Prime Minister Fumio Kishida were in the region. President Ukhnaagiin Khurelsukh and the guest held talks on Sunday.', '2023-05-22');
  assert.ok(!two.actors.some((a) => a.mentions.some((m) => /guest/.test(m.text))));
  assert.deepEqual(ex('Plans\nPresident Emmanuel Macron will begin his state visit to Mongolia on Sunday.', '2023-05-18').engagements, []);
});

test('"Last month X made a trip for talks with Y" and "Earlier this month X welcomed Y" are history; "welcomed Trump\'s announcement" receives no one', () => {
  const n = (text: string, published: string) => ex(`Report\n${text}`, published).engagements.length;
  assert.equal(n('Last month Pashinyan made a rare trip to Turkey for talks with President Recep Tayyip Erdogan.', '2025-07-11'), 0);
  assert.equal(n('Earlier this month Foreign Minister Ishaq Dar welcomed Saudi Foreign Minister Prince Faisal bin Farhan in Islamabad.', '2024-04-28'), 0);
  assert.equal(n('To review the deal signed last month, Tokayev met Chinese President Xi Jinping on Tuesday.', '2025-07-11'), 1);
  assert.equal(n('The foreign ministers of Qatar and Egypt on Monday welcomed U.S. President Donald Trump\'s announcement of a plan to end the war.', '2025-09-30'), 0);
  assert.equal(n('President Tokayev welcomed Chinese President Xi Jinping at the Akorda on Monday.', '2025-09-30'), 1);
  assert.equal(n('President Tokayev welcomed Chinese President Xi Jinping\'s envoy Li Hui at the Akorda on Monday.', '2025-09-30'), 1);
});

test('"him" is not the one who acts on him; "That evening" takes the day of the sentence before; "also called to offer congratulations" calls the protagonist; a commission that met is no meeting', () => {
  const row = (text: string, published: string) => ex(`Report\n${text}`, published).engagements.map((e) => `${e.kind}|${e.date}|${e.participants.map((p) => p.country).join('-')}`);
  assert.deepEqual(row('Prime Minister Narendra Modi reached Moscow on Monday. That evening Russian President Vladimir Putin hosted him for a private dinner.', '2024-07-10'), ['meeting|2024-07-08|IND-RUS']);
  assert.deepEqual(row('Chancellor Olaf Scholz ended his tour in Brasília on Monday, where President Luiz Inácio Lula da Silva received him at the Planalto Palace.', '2023-01-31').map((r) => r.split('|')[2]), ['DEU-BRA']);
  assert.deepEqual(row('President Tokayev met Chinese President Xi Jinping in Astana on Monday and invited him to visit again.', '2024-07-10').length, 1);
  assert.deepEqual(row('Leaders congratulate President Kassym-Jomart Tokayev on his birthday on Wednesday.\nTajik President Emomali Rahmon also called to offer his congratulations. Tokayev thanked his Tajik counterpart.', '2023-05-18'),
    ['phone_call|2023-05-17|KAZ-TJK']);
  assert.deepEqual(row('The two presidents praised the intergovernmental commission that met in Tashkent at the beginning of May.', '2023-05-18'), []);
  assert.deepEqual(row('The minister was called to account by parliament on Monday.', '2023-05-18'), []);
});

test('"the minister" beside a minister of the host is the one visiting minister named; "delegation-level talks between A and B" reports talks', () => {
  const r = ex('Visit\nNEW DELHI, Aug 10 (Agency) – External Affairs Minister S. Jaishankar called on Maldivian President Mohamed Muizzu in Male on Saturday. Prime Minister Narendra Modi sent his greetings.\nEarlier in the day the minister met Maldivian Defence Minister Ghassan Maumoon in the capital.\nThe visit opened on Friday with delegation-level talks between Jaishankar and Maldivian Foreign Minister Moosa Zameer.', '2024-08-10');
  assert.deepEqual(r.engagements.map((e) => `${e.date}|${e.participants.map((p) => p.name).join(' & ')}`), [
    '2024-08-10|S. Jaishankar & Mohamed Muizzu', '2024-08-10|S. Jaishankar & Ghassan Maumoon', '2024-08-09|Jaishankar & Moosa Zameer',
  ].map((x) => x.replace('|Jaishankar', '|S. Jaishankar')));
  // Two visiting ministers: "the minister" is neither.
  const two = ex('Visit\nIndian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi were in Male. Earlier in the day the minister met Maldivian Defence Minister Ghassan Maumoon.', '2024-08-10');
  assert.ok(!two.actors.some((a) => a.mentions.some((m) => m.text === 'the minister')));
});

test('"With Dutch Foreign Minister X, the Kazakh minister reviewed ..." is one more meeting of a roundup; "With trade up 20 percent, ..." is not; "last night" is the day before', () => {
  const rows = (t: string) => ex(`Report\nKazakh Foreign Minister Yermek Kosherbayev met OSCE Secretary General Feridun Sinirlioglu in Vienna on Thursday. ${t}`, '2025-12-05').engagements.map((e) => e.participants.map((p) => p.name).join(' & '));
  assert.deepEqual(rows('With Dutch Foreign Minister David van Weel, the Kazakh minister reviewed the main sectors of cooperation.'),
    ['Yermek Kosherbayev & Feridun Sinirlioglu', 'Yermek Kosherbayev & David van Weel']);
  assert.deepEqual(rows('With trade up 20 percent, the two ministers discussed energy.'), ['Yermek Kosherbayev & Feridun Sinirlioglu']);
  assert.deepEqual(ex('Call\nPrime Minister Anwar Ibrahim received a telephone call from Indian Prime Minister Narendra Modi last night.', '2025-10-23').engagements.map((e) => e.date), ['2025-10-22']);
});

test('"held talks with A and was received by B" is two meetings, the second the subject\'s too', () => {
  const r = ex('Report\nUS Secretary of State Antony Blinken held talks on Tuesday with Foreign Minister Mukhtar Tileuberdi at the Foreign Ministry and was received by President Kassym-Jomart Tokayev.', '2023-03-01');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' & ')), ['Antony Blinken & Mukhtar Tileuberdi', 'Antony Blinken & Kassym-Jomart Tokayev']);
  // One reception: "welcomed and received by" stays one.
  const one = ex('Report\nUS Secretary of State Antony Blinken arrived in Astana on Tuesday and was received by President Kassym-Jomart Tokayev.', '2023-03-01');
  assert.equal(one.engagements.length, 1);
});

test('a lead that tells only what two leaders agreed ("A and B agreed Monday to ...") reports their contact; a call when the article says so', () => {
  const rows = (text: string, published: string) => ex(text, published).engagements.map((e) => `${e.kind}|${e.date}|${e.participants.map((p) => p.country).join('-')}`);
  assert.deepEqual(rows('Leaders agree\nSEOUL — President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Monday to put relations on a stable footing. In their first phone call, the two leaders discussed trade.', '2025-06-10'),
    ['phone_call|2025-06-09|KOR-JPN']);
  assert.deepEqual(rows('Trade goal\nNEW DELHI, July 10 (Agency) – Prime Minister Narendra Modi and Russian President Vladimir Putin agreed to raise bilateral trade to $100 billion by 2030 at the annual summit in the Kremlin on Tuesday.', '2024-07-10').map((r) => r.split('|').slice(1).join('|')),
    ['2024-07-09|IND-RUS']);
  // Countries agreeing, or one leader deciding alone, tell of no contact; an agreement of last year is history.
  assert.deepEqual(rows('Ceasefire\nIndia and Pakistan agreed on Saturday to a ceasefire, officials said.', '2025-05-11'), []);
  assert.deepEqual(rows('Decision\nPresident Lee Jae-myung decided on Monday to raise the budget.', '2025-06-10'), []);
  assert.deepEqual(rows('History\nPresident Joe Biden and Chinese President Xi Jinping agreed in November 2023 to resume military talks.', '2025-06-10'), []);
});

test('"Prince" before a listed name gives way to the office the officials list knows; "the Crown Prince" is then him', () => {
  const text = 'Crown Prince speaks to Trump\n\nRiyadh, January 23 -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud held a telephone call on Wednesday with President Donald Trump of the United States. '
    + 'The Crown Prince congratulated President Trump on his inauguration.';
  const r = ex(text, '2025-01-23');
  const mbs = r.actors.find((a) => a.name.startsWith('Mohammed bin Salman'));
  assert.deepEqual([mbs?.role, mbs?.country], ['Crown Prince and Prime Minister', 'SAU']);
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.date, e.outcomes.map((o) => `${o.kind}:${o.by}`)]), [['phone_call', '2025-01-22', ['congratulation:SAU']]]);
});

test("the visitor's arrival the day before the talks is the trip's first day, not an engagement of its own", () => {
  const text = 'Lula and Xi hold talks in Beijing\n\nPresidents Xi Jinping and Luiz Inacio Lula da Silva held talks in Beijing yesterday during the Brazilian leader\'s state visit to China. '
    + 'Lula arrived on Thursday and became the first foreign leader to land at the new Beijing Daxing airport. The two presidents signed a joint statement.';
  const r = ex(text, '2025-05-17');
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.date]), [['visit', '2025-05-16']]);
});

test("Malaysian honorifics ('YAB Dato' Seri', 'Datuk Seri', 'Tan Sri') stand before a name, not in it", () => {
  assert.deepEqual(people("The Prime Minister of Malaysia, YAB Dato' Seri Anwar Ibrahim, met President Joko Widodo in Bogor. Datuk Seri Anwar thanked him.", '2023-01-10'),
    ['Anwar Ibrahim|Prime Minister|MYS', 'Joko Widodo|President|IDN']);
  // In April 2023 Wang Yi headed the Central Foreign Affairs Commission's office: the officials list knows it.
  assert.deepEqual(people('Foreign Minister Tan Sri Zambry Abdul Kadir met Wang Yi, the Chinese foreign minister, in Beijing.', '2023-04-01').map((p) => p.replace(/\|[^|]*\|CHN$/, '|CHN')),
    ['Zambry Abdul Kadir|Foreign Minister|MYS', 'Wang Yi|CHN']);
});

test('a city the text names is given as the text spells it; a seat of power and a dateline in capitals give the listed name', () => {
  const place = (text: string) => ex(text, '2024-04-08').engagements.map((e) => e.location.place);
  assert.deepEqual(place('Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman in Makkah on Sunday.'), ['Makkah']);
  assert.deepEqual(place('Vladimir Putin received Brazilian President Lula da Silva at the Kremlin on Sunday.'), ['Moscow']);
});

test("a side's own name is no topic of its talks; another country's war is", () => {
  const topics = (text: string) => ex(text, '2024-08-24').engagements.map((e) => e.topics);
  assert.deepEqual(topics('Indian Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelensky in Kyiv on Friday. They discussed trade between India and Ukraine.'), [['trade']]);
  assert.deepEqual(topics('Indian Prime Minister Narendra Modi met German Chancellor Olaf Scholz in Berlin on Friday. They discussed trade and Ukraine.'), [['trade', 'regional_international']]);
});

test('in a three-way meeting, the two leaders who thank the host each thank him, named together or as "both leaders"', () => {
  const lead = 'Peace deal signed at the White House\n\nUS President Donald Trump hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan at the White House on Friday. ';
  const thanks = (sentence: string) => ex(lead + sentence, '2025-08-09').engagements.flatMap((e) => e.outcomes.map((o) => `${o.kind}:${o.by}>${o.to}`)).sort();
  assert.deepEqual(thanks('Aliyev and Pashinyan both thanked Trump for his efforts.'), ['gratitude:ARM>USA', 'gratitude:AZE>USA']);
  assert.deepEqual(thanks('Both leaders thanked Trump.'), ['gratitude:ARM>USA', 'gratitude:AZE>USA']);
  // Thanks to someone outside the meeting's sides stays one joint thanks.
  assert.deepEqual(thanks('Aliyev and Pashinyan thanked the organisers.'), ['gratitude:null>null']);
});

test('a roundup of calls: each conversation told after "held telephone conversations with the heads of ..." is a call with the protagonist', () => {
  const text = 'Tokayev speaks with three leaders\n\nASTANA, May 9 – President Kassym-Jomart Tokayev yesterday held telephone conversations with the leaders of three neighbouring states, the Akorda said. '
    + 'In his conversation with President Shavkat Mirziyoyev, the two leaders exchanged congratulations on Victory Day. '
    + 'Speaking with President Sadyr Japarov, the Kazakh leader discussed water use. '
    + 'The telephone talk with President Emomali Rahmon focused on a summit of the heads of Tajikistan, Kyrgyzstan and Kazakhstan.';
  const r = ex(text, '2025-05-09');
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.date, e.participants.map((p) => p.country).sort().join('+')]),
    [['phone_call', '2025-05-08', 'KAZ+UZB'], ['phone_call', '2025-05-08', 'KAZ+KGZ'], ['phone_call', '2025-05-08', 'KAZ+TJK']]);
  // One call told in the lead is no roundup: talks after it keep their own kind.
  const one = ex('Lula telephoned the Prime Minister of Spain, Pedro Sanchez, on Monday. Earlier in the day Lula received the President of Chile, Gabriel Boric. The two presidents talked about lithium.', '2025-05-06');
  assert.deepEqual(one.engagements.map((e) => e.kind), ['phone_call', 'meeting']);
});

test('the welcome at the airport the evening before is the visit\'s start, not a meeting of its own', () => {
  const text = 'President Ilham Aliyev held talks with Turkish President Recep Tayyip Erdogan in Baku on Thursday. '
    + 'The Turkish leader had arrived at Heydar Aliyev International Airport on Wednesday, where Aliyev welcomed him with a guard of honour.';
  assert.deepEqual(ex(text, '2025-03-14').engagements.map((e) => e.date), ['2025-03-13']);
});

test('after "held separate meetings with A and B", a sentence naming A tells of the meeting with A; "A\'s visit" does not', () => {
  const text = 'Xi meets two leaders\n\nChinese President Xi Jinping held separate meetings in Beijing on Tuesday with Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban. '
    + 'Opening the talks with Vucic, Xi praised the steel plant in Smederevo. Vucic thanked Xi for his support. '
    + 'In the talks with Orban, the two sides discussed the railway to Budapest. Orban invited Xi to Hungary.';
  const r = ex(text, '2025-05-14');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).sort().join('+'), e.outcomes.map((o) => `${o.kind}:${o.by}`)]),
    [['CHN+SRB', ['gratitude:SRB']], ['CHN+HUN', ['invitation:HUN']]]);
  // Naming the other leader only as an owner keeps the sentence with the meeting at hand.
  const own = ex(text.replace('Orban invited Xi to Hungary.', "The two sides also discussed preparations for Vucic's visit to Budapest, and Orban invited Xi to Hungary."), '2025-05-14');
  assert.deepEqual(own.engagements.map((e) => e.outcomes.map((o) => `${o.kind}:${o.by}`)), [['gratitude:SRB'], ['invitation:HUN']]);
});

test("a title in lower case names a person after a country ('Mexico's president-elect Claudia Sheinbaum'), never alone", () => {
  assert.deepEqual(people("Brazilian President Lula telephoned Mexico's president-elect Claudia Sheinbaum on Monday. He later met the Chilean foreign minister Alberto van Klaveren.", '2024-06-04'),
    ['Luiz Inácio Lula da Silva|President|BRA', 'Claudia Sheinbaum|President-elect|MEX', 'Alberto van Klaveren|Foreign Minister|CHL']);
  // Without a country before it the word is not read as a title, and the name stays unknown.
  assert.deepEqual(people('Brazilian President Lula met the president Tomas Perez on Monday.', '2024-06-04'), ['Luiz Inácio Lula da Silva|President|BRA']);
});

test('a bilateral meeting told after a three-way summit is one of its own; the institution in a title ends where a listed name begins', () => {
  const text = 'Trump hosts Aliyev and Pashinyan\n\nUS President Donald Trump hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan at the White House on Friday. '
    + 'Pashinyan also held a bilateral meeting with Trump. Trump separately received Aliyev.';
  assert.deepEqual(ex(text, '2025-08-09').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['ARM+AZE+USA', 'ARM+USA', 'AZE+USA']);
  // Without a word of size the statement goes on with the summit.
  assert.equal(ex(text.replace('Pashinyan also held a bilateral meeting with Trump. Trump separately received Aliyev.', 'Pashinyan also met Trump there.'), '2025-08-09').engagements.length, 1);
  assert.deepEqual(people('Uzbek President Shavkat Mirziyoyev met Premier of the State Council Li Qiang on Wednesday.', '2024-01-25'),
    ['Shavkat Mirziyoyev|President|UZB', 'Li Qiang|Premier of the State Council|CHN']);
});

test('"the heads of state of A, B and C held their trilateral meeting": the leaders the story names, in one meeting apart from the bilateral', () => {
  const text = 'President of Mongolia Ukhnaagiin Khurelsukh met Chinese President Xi Jinping in Beijing on Tuesday. '
    + 'Later the same day, the heads of state of Mongolia, China and Russia held their seventh trilateral meeting. Russian President Vladimir Putin proposed a business forum.';
  assert.deepEqual(ex(text, '2025-09-03').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')),
    ['Ukhnaagiin Khurelsukh + Xi Jinping', 'Ukhnaagiin Khurelsukh + Vladimir Putin + Xi Jinping']);
  // Without a word of size, "the leaders of A and B" in a lead sums up meetings told one by one.
  const lead = ex('Starmer met the leaders of the United Arab Emirates and Saudi Arabia on Monday. In Abu Dhabi he was received by President Mohamed bin Zayed. In Riyadh, Crown Prince Mohammed bin Salman welcomed him.', '2024-12-10');
  assert.ok(lead.engagements.every((e) => e.participants.length === 2), JSON.stringify(lead.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('a fronted meeting takes its day from its own phrase or the story, not from what the main clause recalls', () => {
  const text = 'Xi meets Central Asian leaders\n\nChinese President Xi Jinping held separate meetings in Astana on Tuesday with the presidents of Uzbekistan and Kyrgyzstan. '
    + 'Meeting Uzbek President Shavkat Mirziyoyev, Xi recalled that the two had met twice last year. '
    + 'In his talks with Kyrgyz President Sadyr Japarov on Tuesday, Xi praised the railway project.';
  assert.deepEqual(ex(text, '2025-06-18').engagements.map((e) => e.date), ['2025-06-17', '2025-06-17']);
});

test('"Marcos Jr. agreed" leads a meeting; the summit\'s place in the next sentence beats a dateline of one side\'s capital', () => {
  const text = 'TOKYO, Nov. 4 (Agency) -- Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. agreed on Friday to begin talks on a defence pact.\n'
    + 'The summit at Malacanang Palace in Manila was the centrepiece of Kishida\'s visit.';
  assert.deepEqual(ex(text, '2023-11-04').engagements.map((e) => [e.date, e.location.place, e.participants.map((p) => p.country).join('+')]), [['2023-11-03', 'Manila', 'JPN+PHL']]);
});

test('"received a delegation of the Asian Development Bank headed by its President" receives its president, of that bank', () => {
  const r = ex('TASHKENT, Nov 19 (Agency) – President Shavkat Mirziyoyev on Tuesday received a delegation of the Asian Development Bank headed by its President Masato Kanda.', '2025-11-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country ?? p.org}`)), [['Shavkat Mirziyoyev|UZB', 'Masato Kanda|ADB']]);
  // A delegation that came to watch is no reception of anyone named.
  assert.equal(ex('President Shavkat Mirziyoyev on Tuesday received a delegation of students.', '2025-11-19').engagements.length, 0);
});

test('a Japanese readout: the day in "(3:40 a.m. on November 18, Japan time)" is the same moment, and "in San Francisco, the United States" is a place', () => {
  const text = 'Japan-Australia Summit Meeting\n'
    + 'On November 17, commencing at 10:40 a.m. local time (3:40 a.m. on November 18, Japan time) for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is in San Francisco, the United States, to attend the APEC meeting, held a meeting with the Hon. Anthony Albanese MP, Prime Minister of Australia.\n'
    + "The two leaders drew on Prime Minister Albanese's talks with President Xi Jinping in Beijing earlier in the month.";
  assert.deepEqual(ex(text, '2023-11-18').engagements.map((e) => [e.date, e.participants.map((p) => p.country).join('+')]), [['2023-11-17', 'JPN+AUS']]);
});

test('"the Grand Prince Hotel Hiroshima" is a building, not a prince named Hotel', () => {
  assert.deepEqual(people('U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida at the Grand Prince Hotel Hiroshima on Sunday.', '2023-05-22'),
    ['Joe Biden|President|USA', 'Fumio Kishida|Prime Minister|JPN']);
});

test('a place in a clause that recalls an earlier meeting is not where this one was', () => {
  const text = 'Chinese President Xi Jinping held separate meetings in Astana on Tuesday with the presidents of Uzbekistan and Kyrgyzstan. '
    + 'Meeting Uzbek President Shavkat Mirziyoyev, Xi recalled that the two had met twice last year, in Beijing and in Samarkand.';
  assert.deepEqual(ex(text, '2025-06-18').engagements.map((e) => e.location.place), ['Astana']);
});

test('"received two phone calls, from A and from B" are two calls; "In the second call" tells of the second', () => {
  const text = 'ASTANA, June 3 (Agency) – Kazakh President Kassym-Jomart Tokayev received two phone calls on Monday, from Uzbek President Shavkat Mirziyoyev and from Kyrgyz President Sadyr Japarov. '
    + 'In the second call, Japarov thanked Tokayev for the help sent after the floods.';
  assert.deepEqual(ex(text, '2025-06-03').engagements.map((e) => [e.kind, e.participants.map((p) => p.country).sort().join('+')]),
    [['phone_call', 'KAZ+UZB'], ['phone_call', 'KAZ+KGZ']]);
});

test('the sender of a message is not the one received; "the Leader" is the Leader of the Islamic Revolution', () => {
  const text = "TEHRAN, Oct 9 (Agency) – Oman's Foreign Minister Badr Albusaidi delivered a written message from Sultan Haitham bin Tarik to the Leader of the Islamic Revolution, Ayatollah Ali Khamenei, when the Leader received him in Tehran on Tuesday.";
  assert.deepEqual(ex(text, '2025-10-09').engagements.map((e) => e.participants.map((p) => p.name).sort()), [['Ali Khamenei', 'Badr Albusaidi']]);
});

test('where an invited visit will go is not where the leaders met', () => {
  const text = 'CANBERRA, Nov 14 (Agency) – Prime Minister Anthony Albanese has accepted an invitation from Indonesian President Prabowo Subianto to pay a state visit to Jakarta, '
    + 'the two governments said after the leaders met at Parliament House in Canberra on Thursday.';
  assert.deepEqual(ex(text, '2024-11-14').engagements.map((e) => [e.kind, e.location.place]), [['meeting', 'Canberra']]);
});

test('an official without a country met by a visitor in a city the sentence names is of that city\'s country; not from the dateline alone', () => {
  const text = 'To Lam in Malaysia\nPUTRAJAYA, Nov 22 (Agency) – Vietnamese leader To Lam held talks with Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Thursday. '
    + 'The same day in Kuala Lumpur, Lam met Speaker of the House of Representatives Tan Sri Dato\' Johari Abdul.';
  assert.deepEqual(ex(text, '2024-11-22').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' & ')),
    ['To Lam|VNM & Anwar Ibrahim|MYS', 'To Lam|VNM & Johari Abdul|MYS']);
  // "on the Indian side of the table": the sentence says whose they are, and the dateline is only where the story was filed.
  const md = 'Muizzu in Delhi\nMALE, Oct 8 (Agency) – Maldivian President Mohamed Muizzu and Indian Prime Minister Narendra Modi held talks in New Delhi on Monday. '
    + 'The leaders then met with their delegations, with External Affairs Minister S. Jaishankar and Minister Ram Mohan Naidu on the Indian side.';
  const mdPeople = people(md, '2024-10-08');
  assert.ok(!mdPeople.some((p) => p.endsWith('|MDV') && p.startsWith('Ram')), mdPeople.join('; '));
});

test('"President of the National Assembly Saysomphone Phomvihane": the name begins after the institution', () => {
  const duma = people('Chinh also met the President of the National Assembly of Laos, Saysomphone Phomvihane, and later the Speaker of the State Duma Vyacheslav Volodin.', '2024-10-09');
  assert.ok(duma.includes('Vyacheslav Volodin|Speaker of the State Duma|RUS'), duma.join('; '));
  const laos = people('Pham Minh Chinh of Vietnam met President of the National Assembly Saysomphone Phomvihane in Vientiane.', '2024-10-09');
  assert.ok(laos.some((p) => p.startsWith('Saysomphone Phomvihane|President of the National Assembly')), laos.join('; '));
});

test('ministers who sign in the leaders\' presence join the leaders\' meeting, and "the two leaders held talks before X signed" is the leaders\' talks', () => {
  const text = 'Scholz hosts Ruto\nBERLIN, Sept 14 (Agency) – Chancellor Olaf Scholz received Kenyan President William Ruto at the Federal Chancellery on Friday, where the two leaders held talks before '
    + "German Interior Minister Nancy Faeser and Kenya's Foreign Affairs Cabinet Secretary Musalia Mudavadi signed a migration partnership.";
  const es = ex(text, '2024-09-14').engagements;
  assert.equal(es.length, 1);
  assert.deepEqual(es[0].participants.map((p) => p.name).sort(), ['Musalia Mudavadi', 'Nancy Faeser', 'Olaf Scholz', 'William Ruto']);
});

test('"began his visit with a meeting in Washington with X" reports the meeting', () => {
  const text = 'King in Washington\nAMMAN, Feb 12 (Agency) – King Abdullah II began his visit to the United States on Sunday with a meeting in Washington with US Secretary of Defense Pete Hegseth.';
  assert.deepEqual(ex(text, '2025-02-12').engagements.map((e) => [e.date, e.location.place, e.participants.map((p) => p.country).join('+')]), [['2025-02-09', 'Washington', 'JOR+USA']]);
  // A visit that ended with a dinner is no meeting with anyone.
  assert.equal(ex('King in Boston\nAMMAN, Feb 12 (Agency) – The King ended his visit with a dinner in Boston.', '2025-02-12').engagements.length, 0);
});

test('a where-clause happens when the clause before it says; a date a little further on still dates a signing', () => {
  const kharkiv = 'Rutte leaves office\nTHE HAGUE, July 2 (Agency) – One of his last trips abroad as prime minister took Mark Rutte to Kharkiv in March, where he and Ukrainian President Volodymyr Zelensky signed a security agreement.';
  assert.equal(ex(kharkiv, '2024-07-02').engagements.length, 0);
  const treaty = 'Duma ratifies treaty\nMOSCOW, April 18 (Agency) – The partnership treaty, signed by Vladimir Putin and Iranian President Masoud Pezeshkian in Moscow on January 17, was ratified by the State Duma.';
  assert.equal(ex(treaty, '2025-04-18').engagements.length, 0);
});

test('"pledged ... after meeting President Zelensky": the participle has the main clause\'s subject; "the good wishes of X" does not bring X', () => {
  const text = 'Harris at the summit\nBURGENSTOCK, June 16 (Agency) – US Vice President Kamala Harris pledged 1.5 billion dollars for Ukraine on Saturday, after meeting President Volodymyr Zelensky on the sidelines of the peace summit.';
  assert.deepEqual(ex(text, '2024-06-16').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['UKR+USA']);
  const wishes = 'Jaishankar in Kathmandu\nKATHMANDU, Jan 5 (Agency) – Indian External Affairs Minister S. Jaishankar called on Nepali Prime Minister Pushpa Kamal Dahal on Thursday and conveyed the good wishes of Prime Minister Narendra Modi.';
  assert.deepEqual(ex(wishes, '2024-01-05').engagements.map((e) => e.participants.map((p) => p.name).sort()), [['Pushpa Kamal Dahal', 'Subrahmanyam Jaishankar']]);
});

test('"Zhao Leji, Chairman of the Standing Committee of the National People\'s Congress": the institution names the country', () => {
  const zhao = people("Dissanayake met Zhao Leji, Chairman of the Standing Committee of the National People's Congress, on Thursday.", '2025-01-17');
  // (The officials list now knows both, and gives the role as it writes it; the country is the point.)
  assert.ok(zhao.some((p) => /^Zhao Leji\|.*\|CHN$/.test(p)), zhao.join('; '));
  const volodin = people('Modi met Vyacheslav Volodin, Speaker of the State Duma, on Thursday.', '2024-07-09');
  assert.ok(volodin.some((p) => /^Vyacheslav Volodin\|.*Duma\|RUS$/.test(p)), volodin.join('; '));
  // An institution the list does not tie to a person still names the country.
  const other = people("Dissanayake met Li Fenglan, Vice Chairwoman of the Standing Committee of the National People's Congress, on Thursday.", '2025-01-17');
  assert.ok(other.includes("Li Fenglan|Vice Chairwoman of the Standing Committee of the National People's Congress|CHN"), other.join('; '));
});

test('"Brazil\'s president-elect, Luiz Inácio Lula da Silva": a lower-case title after a possessive takes the name after the comma; "the Chinese ambassador, Tokayev" does not', () => {
  const lula = people("Fernández met Brazil's president-elect, Luiz Inácio Lula da Silva, on Monday.", '2022-11-01');
  assert.ok(lula.includes('Luiz Inácio Lula da Silva|President-elect|BRA'), lula.join('; '));
  const tokayev = people('President Kassym-Jomart Tokayev of Kazakhstan received the ambassadors of Russia and China. Receiving the Chinese ambassador, Kassym-Jomart Tokayev discussed the summit.', '2023-03-14');
  assert.ok(tokayev.includes('Kassym-Jomart Tokayev|President|KAZ'), tokayev.join('; '));
  // Bhutan's prime minister by his honorific.
  const bt = people('Bhutanese Prime Minister Tshering Tobgay held talks with Narendra Modi. Lyonchhen Tobgay thanked Modi.', '2024-03-15');
  assert.ok(bt.some((p) => p.startsWith('Tshering Tobgay|') && p.endsWith('|BTN')) && !bt.some((p) => p.startsWith('Lyonchhen')), bt.join('; '));
});

test('"UNITED NATIONS" as a dateline is New York; "the situations in Ukraine, Gaza and Lebanon" names no venue', () => {
  const un = 'Biden meets Zelensky\nUNITED NATIONS, Sept 24 (Agency) – U.S. President Joe Biden met Ukrainian President Volodymyr Zelensky on Tuesday.';
  assert.deepEqual(ex(un, '2024-09-24').engagements.map((e) => [e.location.place, e.location.country]), [['New York', 'USA']]);
  const gaza = 'Guterres meets Starmer\nLONDON, Sept 27 (Agency) – UN Secretary-General Antonio Guterres met British Prime Minister Keir Starmer on Thursday. '
    + 'The two discussed the situations in Ukraine, Gaza, Lebanon and Sudan.';
  assert.ok(!ex(gaza, '2024-09-27').engagements.some((e) => e.location.place === 'Gaza'), 'Gaza is a topic here, not a venue');
});

test('"Earlier in the week, on Monday, X met Y" states the day; a bare "Earlier," does not', () => {
  const lead = 'Guterres readouts\nUNITED NATIONS, Sept 27 (Agency) – UN Secretary-General Antonio Guterres held a string of meetings this week. ';
  assert.deepEqual(ex(`${lead}Earlier in the week, on Monday, Guterres met President Masoud Pezeshkian of Iran.`, '2024-09-27').engagements.map((e) => e.date), ['2024-09-23']);
  assert.deepEqual(ex(`${lead}Earlier, Guterres met President Masoud Pezeshkian of Iran.`, '2024-09-27').engagements.map((e) => e.date), [null]);
});

test('"A told B on Tuesday that ..., as the two held talks" is a meeting of A and B; a country in the clause after "a day after" is no side', () => {
  const text = 'Lula praises Sánchez\nBRASILIA, March 7 (Agency) – Brazilian President Luiz Inácio Lula da Silva told Spanish Prime Minister Pedro Sánchez on Wednesday that the trade deal was close, '
    + 'as the two held talks in Madrid a day after Argentina rejected the draft.';
  const r = ex(text, '2024-03-07');
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.participants.map((p) => p.country).sort().join('+')]), [['meeting', 'BRA+ESP']]);
  // "the two" before a verb in the pluperfect is no subject of this sentence's engagement.
  const had = 'Lula and Sánchez\nBRASILIA, March 7 (Agency) – Lula met Sánchez in Madrid on Wednesday. The two had held several video calls before.';
  assert.deepEqual(ex(had, '2024-03-07').engagements.map((e) => e.kind), ['meeting']);
});

test('talks told as "a conversation", then named "the phone call", are a call with no place; a conversation in a named city stays a meeting', () => {
  const call = 'Scholz and Ramaphosa\nBERLIN, May 3 (Agency) – Chancellor Olaf Scholz and South African President Cyril Ramaphosa held a conversation on Thursday. The phone call lasted forty minutes.';
  assert.deepEqual(ex(call, '2024-05-03').engagements.map((e) => [e.kind, e.location.place]), [['phone_call', null]]);
  const met = 'Scholz and Ramaphosa\nBERLIN, May 3 (Agency) – Chancellor Olaf Scholz and South African President Cyril Ramaphosa held a conversation in Pretoria on Thursday. Scholz later said the phone call with Biden had been useful.';
  assert.deepEqual(ex(met, '2024-05-03').engagements.map((e) => e.kind), ['meeting']);
});

test('a past time after "since" or in a "whom" clause is not the meeting\'s: it is reported, not recalled', () => {
  const since = 'Meloni and Starmer\nROME, July 19 (Agency) – On Thursday, Giorgia Meloni held her first meeting with Keir Starmer since he became British prime minister last month.';
  assert.deepEqual(ex(since, '2024-07-19').engagements.map((e) => e.date), ['2024-07-18']);
  const whom = 'Meloni and Starmer\nROME, July 19 (Agency) – On Thursday, Giorgia Meloni held talks with Keir Starmer, whom she last met in 2023.';
  assert.equal(ex(whom, '2024-07-19').engagements.length, 1);
  // Still recalled: the time is the talks' own.
  const old = 'Meloni and Starmer\nROME, July 19 (Agency) – Giorgia Meloni held talks with Rishi Sunak in London in 2023, the minister recalled.';
  assert.equal(ex(old, '2024-07-19').engagements.length, 0);
});

test('"X, Latvia\'s new Ambassador" and "the newly appointed Ambassador of Latvia X" give the envoy a country; the title keeps "and" in lower case', () => {
  for (const envoy of ["Janis Ozols, Latvia's new Ambassador Extraordinary and Plenipotentiary,", 'Janis Ozols, the new Ambassador of Latvia,', "Latvia's new Ambassador Janis Ozols", 'the newly appointed Ambassador of Latvia Janis Ozols']) {
    const text = `Credentials\nCAIRO, Feb 6 (Agency) – Egyptian President Abdel Fattah El-Sisi on Monday received the credentials of ${envoy} at the Ittihadiya Palace.`;
    const r = ex(text, '2024-02-06');
    assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['EGY+LVA'], envoy);
  }
  const titled = people("El-Sisi received Janis Ozols, Latvia's new ambassador extraordinary and plenipotentiary, on Monday.", '2024-02-06');
  assert.ok(titled.includes('Janis Ozols|Ambassador Extraordinary and Plenipotentiary|LVA'), titled.join('; '));
});

test('"presented his credentials to the head of state" names the leader of the press release; "began ... by receiving X" is a reception, "defends hosting X" is not', () => {
  const lead = 'Credentials\nCAIRO, Feb 6 (Agency) – President Abdel Fattah El-Sisi accepted the credentials of two new ambassadors.\n';
  const r = ex(`${lead}On Monday, Janis Ozols, the Ambassador of Latvia, presented his credentials to the head of state.`, '2024-02-06');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Abdel Fattah El-Sisi+Janis Ozols']);
  const began = 'Forum opens\nDOHA, Dec 9 (Agency) – Emir Sheikh Tamim bin Hamad Al Thani opened his meetings at the Doha Forum on Sunday by receiving Rwandan President Paul Kagame.';
  assert.deepEqual(ex(began, '2024-12-09').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['QAT+RWA']);
  const defends = 'Row over visit\nBUDAPEST, Dec 9 (Agency) – Hungarian Prime Minister Viktor Orbán on Sunday defended hosting Israeli Prime Minister Benjamin Netanyahu.';
  assert.equal(ex(defends, '2024-12-09').engagements.length, 0);
});

test('"He then received X" is on the day of the meeting told before; "at the same resort" and the next stop of one person\'s day are where it was', () => {
  const then = 'Forum talks\nANTALYA, April 13 (Agency) – On Saturday Foreign Minister Hakan Fidan met his Greek counterpart George Gerapetritis at the forum in Antalya. He then received Kenyan Foreign Minister Musalia Mudavadi.';
  assert.deepEqual(ex(then, '2025-04-13').engagements.map((e) => e.date), ['2025-04-12', '2025-04-12']);
  const resort = 'Summit sidelines\nBEIJING, Nov 16 (Agency) – Chinese President Xi Jinping met U.S. President Joe Biden at a hotel in Nusa Dua on Monday. '
    + 'A day later, at the same resort, Xi received Canadian Prime Minister Justin Trudeau.';
  assert.deepEqual(ex(resort, '2022-11-16').engagements.map((e) => e.location.place), ['Nusa Dua', 'Nusa Dua']);
  const stop = 'Visit\nBERLIN, Oct 4 (Agency) – German Chancellor Olaf Scholz made his first visit to Warsaw on Thursday and held talks with Polish Prime Minister Donald Tusk. '
    + 'Scholz was first received by Polish President Andrzej Duda at the Belweder.';
  assert.deepEqual(ex(stop, '2024-10-04').engagements.map((e) => e.location.place), ['Warsaw', 'Warsaw']);
});

test('"later took part in four-way talks with X" is the four-way meeting the story tells next, not a bilateral one', () => {
  const text = 'Summit talks\nYEREVAN, Oct 7 (Agency) – Prime Minister Nikol Pashinyan met Turkish President Recep Tayyip Erdogan in Prague on Thursday, and later took part in four-way talks with Azerbaijani President Ilham Aliyev.\n'
    + 'Late on Thursday Pashinyan and Aliyev sat down with French President Emmanuel Macron and European Council President Charles Michel.';
  const r = ex(text, '2022-10-07');
  assert.deepEqual(r.engagements.map((e) => e.participants.length).sort(), [2, 4]);
});

test('a visit told without a day takes the day of "a state visit on Monday" in the next sentence; a day in a "which" clause is not the engagement\'s', () => {
  const visit = 'Task force\nRIYADH, Sept 12 (Agency) – Saudi Arabia and India agreed on a task force after Crown Prince Mohammed bin Salman held talks with Prime Minister Narendra Modi in New Delhi. '
    + 'The crown prince stayed on for a state visit on Monday after the summit.';
  assert.deepEqual(ex(visit, '2023-09-12').engagements.map((e) => e.date), ['2023-09-11']);
  const which = 'Birthday calls\nASTANA, May 18 (Agency) – President Kassym-Jomart Tokayev received a phone call on Wednesday from Kyrgyz President Sadyr Japarov.\n'
    + 'In a separate call, President Emomali Rahmon of Tajikistan also congratulated Tokayev. They also talked about the summit, which begins in Xi\'an today.';
  assert.deepEqual(ex(which, '2023-05-18').engagements.map((e) => e.date), ['2023-05-17', '2023-05-17']);
});

test('"He thanked the British prime minister": the pronoun is not the person named after it in its sentence', () => {
  const text = 'Summit talks\nKYIV, July 12 (Agency) – On Wednesday Ukrainian President Volodymyr Zelensky met British Prime Minister Keir Starmer in Washington. '
    + 'Starmer promised continued military aid, Zelensky said. He thanked the British prime minister for his support.';
  const gratitude = ex(text, '2024-07-12').engagements.flatMap((e) => e.outcomes).filter((o) => o.kind === 'gratitude');
  assert.deepEqual(gratitude.map((o) => `${o.by}>${o.to}`), ['UKR>GBR']);
});

test('"the situation in neighbouring Afghanistan" names no side of the talks', () => {
  const text = 'Talks\nTASHKENT, Sept 16 (Agency) – President Shavkat Mirziyoyev held talks with German Chancellor Olaf Scholz in Samarkand on Sunday. '
    + 'Scholz sat down with the Uzbek leader for a conversation that covered investment and the situation in neighbouring Afghanistan.';
  assert.deepEqual(ex(text, '2024-09-16').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['DEU+UZB']);
});

test('"Chile calls new U.S. tariffs unfair" is no call; "Boric called U.S. President Joe Biden" is', () => {
  const tariffs = 'Chile calls new U.S. tariffs on copper unfair\nSANTIAGO, Aug 1 (Agency) – Chile on Thursday rejected the new duties, calling them unfair to its miners.';
  assert.equal(ex(tariffs, '2025-08-01').engagements.length, 0);
  const call = 'Boric and Biden\nSANTIAGO, Aug 1 (Agency) – Chilean President Gabriel Boric called U.S. President Joe Biden on Thursday.';
  assert.deepEqual(ex(call, '2025-08-01').engagements.map((e) => e.kind), ['phone_call']);
});

test('"the Russian deputy prime minister" is the deputy prime minister named before, not the Russian leader', () => {
  const text = 'Commission\nMOSCOW, Oct 31 (Agency) – Deputy Prime Minister Alexei Overchuk met Turkmen Foreign Minister Rashid Meredov in Ashgabat on Wednesday. '
    + 'Russian President Vladimir Putin sent greetings. The same day President Serdar Berdimuhamedov received the Russian deputy prime minister.';
  const r = ex(text, '2024-10-31');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Alexei Overchuk+Rashid Meredov', 'Alexei Overchuk+Serdar Berdimuhamedov']);
});

test('a "summit telephone talk", a "working lunch of about one hour" and "a telephone conversation between A and B" are engagements; "a lunch of sushi with aides" is not', () => {
  const talk = 'Japan-Chile Summit Telephone Talk\nOn March 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit telephone talk of about twenty minutes with H.E. Mr. Gabriel BORIC, President of the Republic of Chile.';
  assert.deepEqual(ex(talk, '2023-03-03').engagements.map((e) => [e.kind, e.participants.map((p) => p.country).sort().join('+')]), [['phone_call', 'CHL+JPN']]);
  const lunch = 'Japan-Chile Leaders\' Working Lunch\nOn March 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a working lunch of about one hour with H.E. Mr. Gabriel BORIC, President of the Republic of Chile.';
  assert.deepEqual(ex(lunch, '2023-03-03').engagements.map((e) => e.kind), ['meeting']);
  const between = 'Call\nMOSCOW, June 15 (Agency) – Trade dominated a telephone conversation between Vladimir Putin and Brazilian President Luiz Inácio Lula da Silva on Saturday.';
  assert.deepEqual(ex(between, '2025-06-15').engagements.map((e) => [e.kind, e.date]), [['phone_call', '2025-06-14']]);
  const sushi = 'Lunch\nTOKYO, March 3 (Agency) – Prime Minister Fumio Kishida held a lunch of sushi with aides on Friday.';
  assert.equal(ex(sushi, '2023-03-03').engagements.length, 0);
});

test('a family name in capitals after the given name ("Mr. Gabriel BORIC") is part of the name; "X, President of Chile," is X\'s title, not the list\'s officeholder', () => {
  const caps = people('Mr. KISHIDA Fumio met H.E. Mr. Ukhnaa KHURELSUKH, President of Mongolia, on Wednesday.', '2023-09-21');
  assert.ok(caps.some((p) => p.endsWith('|MNG')) && caps.filter((p) => p.endsWith('|MNG')).length === 1, caps.join('; '));
  const appo = people('Kishida met Mr. Pablo Arriagada, President of Chile, on Wednesday.', '2023-09-21');
  assert.ok(appo.includes('Pablo Arriagada|President|CHL') && !appo.some((p) => p.startsWith('Gabriel Boric')), appo.join('; '));
  const initial = people('Kishida met Ferdinand R. Marcos Jr. on Wednesday.', '2023-09-21');
  assert.ok(initial.some((p) => p.endsWith('|President|PHL')), initial.join('; '));
});

test('a lead that names the week ("this week") lets a later "sat down with X on Wednesday" give the day', () => {
  const text = 'Sidelines\nISLAMABAD, July 5 (Agency) – Prime Minister Shehbaz Sharif held separate talks with Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan in Astana, where leaders met this week for the summit.\n'
    + 'Sharif sat down with Putin on Wednesday. On Thursday, Sharif met Erdogan.';
  assert.deepEqual(ex(text, '2024-07-05').engagements.map((e) => e.date), ['2024-07-03', '2024-07-04']);
});

test('"Taoiseach Micheál Martin\'s St Patrick\'s programme": the possessive ends the name, and the Taoiseach is Ireland\'s', () => {
  const p = people("DUBLIN, March 14 (Agency) – Taoiseach Micheál Martin's St Patrick's programme took him to Washington.", '2025-03-14');
  assert.ok(p.includes('Micheál Martin|Taoiseach|IRL'), p.join('; '));
});

test('"the residence of Vice President JD Vance, who welcomed the Taoiseach" is a meeting; "recalled the July visit of X, who held talks with Y" is not', () => {
  const vance = 'Washington\nDUBLIN, March 14 (Agency) – Taoiseach Micheál Martin was in Washington on Wednesday. The day began with a breakfast at the residence of Vice President JD Vance, who welcomed the Taoiseach on the steps.';
  assert.deepEqual(ex(vance, '2025-03-14').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IRL+USA']);
  const recalled = 'Call\nASTANA, Aug 6 (Agency) – President Kassym-Jomart Tokayev and President Serdar Berdimuhamedov spoke by telephone on Monday. '
    + 'The conversation recalled the July visit of Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov, who held talks with Tokayev in Astana.';
  assert.deepEqual(ex(recalled, '2024-08-06').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Kassym-Jomart Tokayev+Serdar Berdimuhamedov']);
});

test('a diary\'s headings date and place its items: "Wednesday, Sept 25." and "Monday – New Delhi." do; "During the week." leaves the day open (the place goes on from the item before)', () => {
  const text = 'The Minister\'s week\nOTTAWA, Sept 28 (Agency) – Foreign Minister Mélanie Joly spent the week abroad. The ministry summarised her programme.\n'
    + 'Monday – New Delhi. Joly began the day with a call on Prime Minister Narendra Modi.\n'
    + 'Wednesday, Sept 25. The minister met Polish Foreign Minister Radosław Sikorski in New York.\n'
    + 'During the week. Joly was received by UN Secretary-General António Guterres.';
  const r = ex(text, '2024-09-28');
  assert.deepEqual(r.engagements.map((e) => [e.date, e.location.place]), [['2024-09-23', 'New Delhi'], ['2024-09-25', 'New York'], [null, 'New York']]);
});

test('"took telephone calls from A, B and C" is one call with each; "thanked them" stays one act', () => {
  const text = 'Calls\nSINGAPORE, May 17 (Agency) – On Thursday, Prime Minister Lawrence Wong took telephone calls from Malaysian Prime Minister Anwar Ibrahim, '
    + 'Indonesian President Joko Widodo and Japanese Prime Minister Fumio Kishida.';
  assert.deepEqual(ex(text, '2024-05-17').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['MYS+SGP', 'IDN+SGP', 'JPN+SGP']);
});

test('"she" is not a man the story called "he": "She then held talks with X" is the woman\'s', () => {
  const text = 'Visit\nOTTAWA, Oct 18 (Agency) – Foreign Minister Anita Anand began her visit with a call on Prime Minister Narendra Modi in New Delhi on Monday. '
    + 'Modi recalled his meeting with Prime Minister Mark Carney in June.\nShe then held talks with External Affairs Minister S. Jaishankar.';
  assert.deepEqual(ex(text, '2025-10-18').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Anita Anand+Narendra Modi', 'Anita Anand+S. Jaishankar']);
});

test('"the decision to open a Consulate General in Manama" names no venue', () => {
  const text = 'Talks\nASTANA, Sept 29 (Agency) – Foreign Minister Murat Nurtleu held talks with Bahrain\'s Foreign Minister Abdullatif Al Zayani in New York on Tuesday. '
    + 'Al Zayani welcomed Kazakhstan\'s decision to open a Consulate General in Manama.';
  assert.deepEqual(ex(text, '2024-09-29').engagements.map((e) => e.location.place), ['New York']);
});

test('"French Minister for Europe and Foreign Affairs Catherine Colonna" is a person with that title; "Ambassador X, who called on Y and told him that Moscow ..." is X\'s call', () => {
  const colonna = people('Jaishankar met French Minister for Europe and Foreign Affairs Catherine Colonna on Monday.', '2022-09-20');
  assert.ok(colonna.includes('Catherine Colonna|Minister for Europe and Foreign Affairs|FRA'), colonna.join('; '));
  const who = 'Recognition\nMOSCOW, July 4 (Agency) – The decision was conveyed in Kabul on Thursday by Russian Ambassador Dmitry Zhirnov, who called on acting Foreign Minister Amir Khan Muttaqi and told him that Moscow recognised the new government.';
  assert.deepEqual(ex(who, '2025-07-04').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Amir Khan Muttaqi+Dmitry Zhirnov']);
});

test('"the prime minister" in lower case is the one prime minister the story named; with two it is no one', () => {
  const one = 'Talks\nISLAMABAD, July 5 (Agency) – Prime Minister Shehbaz Sharif held talks with Russian President Vladimir Putin in Astana on Wednesday. '
    + 'Noting that trade was growing, the prime minister suggested that the two countries revive barter trade.';
  assert.deepEqual(ex(one, '2024-07-05').engagements.flatMap((e) => e.outcomes).map((o) => `${o.kind}:${o.by}`), ['proposal:PAK']);
  const two = 'Talks\nISLAMABAD, July 5 (Agency) – Prime Minister Shehbaz Sharif held talks with Prime Minister Narendra Modi in Astana on Wednesday. '
    + 'The prime minister suggested that the two countries revive barter trade.';
  assert.deepEqual(ex(two, '2024-07-05').engagements.flatMap((e) => e.outcomes).map((o) => `${o.kind}:${o.by}`), ['proposal:null']);
});

test('a lead\'s "meetings ... on Wednesday" dates them, not "the summit that opens in the capital today"', () => {
  const text = 'Eve of summit\nASTANA, July 4 (Agency) – On the eve of the summit that opens in the Kazakh capital today, President Kassym-Jomart Tokayev held a series of meetings with arriving leaders on Wednesday.\n'
    + 'Receiving Russian President Vladimir Putin, Tokayev thanked him for coming.';
  assert.deepEqual(ex(text, '2024-07-04').engagements.map((e) => e.date), ['2024-07-03']);
});

test('"Welcoming President X, Y congratulated him" is a reception; "Welcoming his guest, Y recalled" and "Welcoming the decision, Y said" are none of their own', () => {
  const welcomed = 'Samarkand\nTASHKENT, Nov 11 (Agency) – President Shavkat Mirziyoyev received leaders arriving for the summit in Samarkand on Thursday.\n'
    + 'Welcoming Azerbaijani President Ilham Aliyev, Mirziyoyev congratulated him on Victory Day.';
  assert.deepEqual(ex(welcomed, '2022-11-11').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['AZE+UZB']);
  const decision = 'Decision\nTASHKENT, Nov 11 (Agency) – Welcoming the decision, Mirziyoyev said it would help trade.';
  assert.equal(ex(decision, '2022-11-11').engagements.length, 0);
  const his = 'Talks\nASTANA, June 5 (Agency) – Mongolian Speaker Dashzegve Amarbayasgalan held talks with Mazhilis Chairman Yerlan Koshanov in Astana on Thursday. '
    + 'Welcoming his guest, Koshanov recalled the state visit of President Kassym-Jomart Tokayev.';
  assert.deepEqual(ex(his, '2025-06-05').engagements.map((e) => e.participants.length), [2]);
});

test('"Luvsannamsrain Oyun-Erdene", the genitive patronymic, is the officials list\'s Luvsannamsrai Oyun-Erdene', () => {
  const p = people('Later the same day Putin met Prime Minister Luvsannamsrain Oyun-Erdene in Ulaanbaatar.', '2024-09-04');
  assert.ok(p.includes('Luvsannamsrain Oyun-Erdene|Prime Minister|MNG'), p.join('; '));
});

test('"After the trilateral meeting, Xi held talks with Putin" is a bilateral meeting of its own', () => {
  const text = 'Trilateral\nBEIJING, Sept 2 (Agency) – Chinese President Xi Jinping, Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held a trilateral meeting in Beijing on Tuesday.\n'
    + 'After the trilateral meeting, Xi held talks with Putin in the same venue.';
  assert.deepEqual(ex(text, '2025-09-02').engagements.map((e) => e.participants.length), [3, 2]);
});

test('officials of international organisations by their own titles: "UNICEF Representative in X", "the World Bank\'s Country Manager for X, Name", "Name, Representative and Country Director of the UN World Food Programme"', () => {
  const org = (sentence: string, published = '2024-12-22') => ex(`Talks\nDUSHANBE, Dec 22 (Agency) – ${sentence}`, published).engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country ?? p.org}`).sort().join(' + '));
  assert.deepEqual(org('Foreign Minister Sirojiddin Muhriddin received UNICEF Representative in Tajikistan Jalpa Ratna on Friday.'), ['Jalpa Ratna|UNICEF + Sirojiddin Muhriddin|TJK']);
  assert.deepEqual(org("Finance Minister Faiziddin Qahhorzoda and the World Bank's Country Manager for Tajikistan, Ozan Sevimli, signed three grant agreements worth 71 million US dollars on Thursday."), ['Faiziddin Qahhorzoda|TJK + Ozan Sevimli|World Bank']);
  assert.deepEqual(org('Foreign Minister Sirojiddin Muhriddin and Adham Musallam, Representative and Country Director of the UN World Food Programme in Tajikistan, signed a memorandum on Wednesday.'), ['Adham Musallam|WFP + Sirojiddin Muhriddin|TJK']);
  assert.deepEqual(org('Foreign Minister Sirojiddin Muhriddin on Friday received at the ministry Jalpa Ratna, who recently took up her post as head of the Office of the United Nations Children\'s Fund (UNICEF) in Tajikistan.'), ['Jalpa Ratna|UNICEF + Sirojiddin Muhriddin|TJK']);
  assert.deepEqual(org("Prime Minister Kokhir Rasulzoda on Friday received a World Bank delegation headed by the bank's Regional Director for Central Asia, Tatiana Proskuryakova."), ['Kokhir Rasulzoda|TJK + Tatiana Proskuryakova|World Bank']);
  // Grant agreements signed are a signing, not support.
  const signed = ex("Talks\nDUSHANBE, Dec 22 (Agency) – Finance Minister Faiziddin Qahhorzoda and the World Bank's Country Manager for Tajikistan, Ozan Sevimli, signed a grant agreement on Thursday.", '2024-12-22');
  assert.deepEqual(signed.engagements.flatMap((e) => e.outcomes).map((o) => o.kind), ['signing']);
});

test('"talked about the spring meetings of the World Bank and the IMF" makes neither a side; "a talk of about ten minutes with X" still names X', () => {
  const about = 'Talks\nBISHKEK, March 28 (Agency) – Chairman of the Cabinet of Ministers Akylbek Japarov received a World Bank delegation on Wednesday. '
    + 'The two sides also talked about the spring meetings of the World Bank and the International Monetary Fund.';
  assert.ok(!ex(about, '2024-03-28').engagements.some((e) => e.participants.some((p) => p.org === 'IMF')), 'the IMF is a topic here');
});

test('a portfolio after the office names the country after it: "Assistant Secretary of State for African Affairs of the United States", "Minister of Foreign Affairs and International Cooperation of Sierra Leone"', () => {
  const p = people('Taye met Catherine Molly Phee, Assistant Secretary of State for African Affairs of the United States, and Timothy Musa Kabba, Minister of Foreign Affairs and International Cooperation of Sierra Leone.', '2024-09-26');
  assert.ok(p.some((x) => x.startsWith('Catherine Molly Phee|') && x.endsWith('|USA')) && p.some((x) => x.startsWith('Timothy Musa Kabba|') && x.endsWith('|SLE')), p.join('; '));
  const listed = people('Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita held talks with Staffan de Mistura, Personal Envoy of the UN Secretary-General for the Sahara.', '2022-01-14');
  assert.ok(listed.some((x) => x.startsWith('Nasser Bourita|')) && listed.some((x) => x.startsWith('Staffan de Mistura|') && x.endsWith('|UN')), listed.join('; '));
});

test('"She went on to meet X" reports a meeting; "she is to meet X" plans one', () => {
  const lead = 'Visit\nBERLIN, March 25 (Agency) – Foreign Minister Annalena Baerbock met Georgian Foreign Minister Ilia Darchiashvili in Tbilisi on Friday. ';
  assert.equal(ex(`${lead}She went on to meet Prime Minister Irakli Garibashvili.`, '2023-03-25').engagements.length, 2);
  assert.equal(ex(`${lead}She is to meet Prime Minister Irakli Garibashvili on Saturday.`, '2023-03-25').engagements.length, 1);
});

test('a career told in a profile is recalled: "During his eight months at the ministry he co-chaired ... and, only last month, held talks with X"', () => {
  const text = 'Parliament elects new President\nADDIS ABABA, Oct 8 (Agency) – Foreign Minister Taye Atske Selassie was elected President on Monday.\n'
    + 'During his eight months at the ministry he co-chaired a joint commission with Kenyan Prime Cabinet Secretary Musalia Mudavadi and, only last month, held talks in New York with U.S. Assistant Secretary of State Molly Phee.';
  assert.equal(ex(text, '2024-10-08').engagements.length, 0);
  // The same verbs with the story's own day report them.
  const news = 'Talks\nADDIS ABABA, Oct 8 (Agency) – On Monday Foreign Minister Taye Atske Selassie held talks in New York with U.S. Assistant Secretary of State Molly Phee.';
  assert.equal(ex(news, '2024-10-08').engagements.length, 1);
});

test('"Asian Development Bank (ADB) President X has accepted an invitation to the conference in Baku, following talks with Y in Tbilisi on Thursday" is a meeting in Tbilisi', () => {
  const text = 'Invitation accepted\nBAKU, May 3 (Agency) – Asian Development Bank (ADB) President Masatsugu Asakawa has accepted an invitation to attend the climate conference in Baku, '
    + 'following talks with Azerbaijan\'s Minister of Finance Samir Sharifov in Tbilisi on Thursday.';
  const r = ex(text, '2024-05-03');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country ?? p.org).sort().join('+'), e.date, e.location.place]), [['ADB+AZE', '2024-05-02', 'Tbilisi']]);
  // Without a place of its own, the event's place stays the meeting's.
  const summit = 'Sidelines\nBAKU, Nov 12 (Agency) – On the sidelines of the summit in Baku, President Ilham Aliyev met Prime Minister Keir Starmer on Tuesday.';
  assert.deepEqual(ex(summit, '2024-11-12').engagements.map((e) => e.location.place), ['Baku']);
});

test('"With X, he discussed ..." after a sentence about Y: the pronoun is Y, not the X the fronted phrase names', () => {
  const text = 'Day of meetings\nKATHMANDU, May 2 (Agency) – Indian Prime Minister Narendra Modi held talks with Bangladesh\'s Chief Adviser Muhammad Yunus in Bangkok on Friday. '
    + 'The Indian leader then saw the Thai premier.\nWith Bhutan\'s Prime Minister Tshering Tobgay, he reviewed hydropower and proposed a new rail link.';
  const r = ex(text, '2025-05-02');
  assert.ok(r.engagements.some((e) => e.participants.map((p) => p.country).sort().join('+') === 'BTN+IND'), r.engagements.map((e) => e.participants.map((p) => p.country).join('+')).join('; '));
  const proposal = r.engagements.flatMap((e) => e.outcomes).find((o) => o.kind === 'proposal');
  assert.equal(proposal?.by, 'IND', JSON.stringify(proposal));
  // Not a fronted "with": "With" that opens the sentence and the name right after the comma.
  const named = people('Talks\nWith the talks over, Modi met Tobgay.', '2025-05-02');
  assert.ok(named.some((x) => x.startsWith('Narendra Modi')), named.join('; '));
});

test('military officers: chiefs of staff, "of the <country> armed forces", ranks before the name, and "Jun" as a given name', () => {
  const p = people('Talks\nGeneral Valery Gerasimov, Chief of the General Staff of the Russian armed forces, spoke by phone on Monday with General Mark Milley, Chairman of the U.S. Joint Chiefs of Staff.', '2022-10-25');
  assert.ok(p.includes('Valery Gerasimov|Chief of the General Staff|RUS'), p.join('; '));
  assert.ok(p.includes('Mark Milley|Chairman of the Joint Chiefs of Staff|USA'), p.join('; '));
  const titled = people('Talks\nThe Chairman of the U.S. Joint Chiefs of Staff, Air Force General Charles Brown, held a video call on Thursday with General Liu Zhenli, Chief of the Joint Staff Department of China.', '2023-12-22');
  assert.ok(titled.includes('Charles Brown|Chairman of the Joint Chiefs of Staff|USA'), titled.join('; '));
  assert.ok(titled.some((x) => x.startsWith('Liu Zhenli|') && x.endsWith('|CHN')), titled.join('; '));
  assert.ok(people('Talks\nChinese Defence Minister Admiral Dong Jun met him.').some((x) => x.startsWith('Dong Jun|')), 'Jun ends the name');
  const dated = ex('Talks\nASTANA, Jun 5 (Agency) – Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin on Jun 4.', '2024-06-05');
  assert.deepEqual(dated.engagements.map((e) => e.date), ['2024-06-04']);
  assert.ok(!dated.actors.some((a) => /Jun/.test(a.name)), dated.actors.map((a) => a.name).join('; '));
  // An order of merit is not an office: "conferred on him the Grand Commander of the Order of ...".
  assert.ok(!people('Award\nPresident Tinubu conferred on his guest the Grand Commander of the Order of the Niger on Sunday.', '2024-11-18').some((x) => /Commander/.test(x)));
});

test('Bhutan\'s "Lyonchhen" is its prime minister, alone or before the name; a "U.S. House Speaker" is American', () => {
  const r = ex('Lyonchhen in Delhi\nTHIMPHU, March 16 (Agency) – Lyonchhen Tshering Tobgay met Indian Prime Minister Narendra Modi in New Delhi on Thursday.\n'
    + 'On Friday, Lyonchhen called on President Droupadi Murmu.', '2024-03-16');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' & ')),
    ['Narendra Modi|IND & Tshering Tobgay|BTN', 'Droupadi Murmu|IND & Tshering Tobgay|BTN']);
  assert.ok(people('Talks\nU.S. House Speaker Nancy Pelosi and Kim Jin-pyo, Speaker of the National Assembly of South Korea, met on Thursday.', '2022-08-05').includes('Nancy Pelosi|House Speaker|USA'));
});

test('"from Taipei, where she had met X" tells of an earlier leg of the trip, not an engagement', () => {
  const text = 'Seoul talks\nTOKYO, Aug 5 (Agency) – Nancy Pelosi, Speaker of the U.S. House of Representatives, arrived in Seoul late on Wednesday from Manila, where she had met Philippine President Ferdinand Marcos Jr.';
  assert.equal(ex(text, '2022-08-05').engagements.length, 0);
});

test('"agreed to back X" is one agreement whose summary keeps what was agreed', () => {
  const text = 'Talks\nSEOUL, Aug 4 (Agency) – Korean Foreign Minister Park Jin held talks with Japanese Foreign Minister Yoshimasa Hayashi on Thursday. '
    + 'The two ministers agreed to back closer coordination on North Korea.';
  const outs = ex(text, '2022-08-04').engagements.flatMap((e) => e.outcomes);
  assert.deepEqual(outs.map((o) => [o.kind, o.summary]), [['agreement', 'agreed to back closer coordination on North Korea']]);
});

test('calls: "held a call the same day with X" is a telephone call ("a call for calm" is none); "telephoned their counterparts" makes each later "spoke with" a call', () => {
  const lead = 'Calls\nLONDON, Oct 25 (Agency) – Russia\'s defence minister telephoned his British and American counterparts on Sunday. '
    + 'Defence Minister Sergei Shoigu spoke first with British Defence Secretary Ben Wallace.\n';
  const r = ex(`${lead}Shoigu also held a call the same day with U.S. Defense Secretary Lloyd Austin.`, '2022-10-25');
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.participants.map((p) => p.country).join('+'), e.location.place]), [['phone_call', 'RUS+GBR', null], ['phone_call', 'RUS+USA', null]]);
  const appeal = ex('Appeal\nGENEVA, Oct 25 (Agency) – The UN chief issued a call for calm on Sunday after Russian Defence Minister Sergei Shoigu accused Kyiv of plotting a provocation.', '2022-10-25');
  assert.equal(appeal.engagements.length, 0);
});

test('an adviser "at the White House" is the host country\'s; "the visiting minister" is the guest the story follows', () => {
  const text = 'Visit\nNEW DELHI, Aug 24 (Agency) – Indian Defence Minister Rajnath Singh held talks with U.S. Secretary of Defense Lloyd Austin in Washington on Friday. '
    + 'Later the same day, Singh called on National Security Advisor Jake Sullivan at the White House.';
  assert.ok(people(text, '2024-08-24').includes('Jake Sullivan|National Security Advisor|USA'));
  const visiting = 'Visit\nCOLOMBO, Oct 5 (Agency) – Indian External Affairs Minister S. Jaishankar called on President Anura Kumara Dissanayake on Friday. '
    + 'The visiting minister also held talks with Foreign Minister Vijitha Herath, whom he congratulated on his appointment.';
  const r = ex(visiting, '2024-10-05');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).join('+')), ['IND+LKA', 'IND+LKA']);
  assert.ok(r.engagements[1].participants.some((p) => p.name === 'Vijitha Herath'), JSON.stringify(r.engagements[1].participants));
});

test('"sat down together" and "held \\"two-plus-two\\" talks" report meetings; a two-side meeting of new people after a three-way one is its own', () => {
  assert.equal(ex('Talks\nNEW YORK, Sept 21 (Agency) – Lula and Biden sat down together on Wednesday on the sidelines of the General Assembly.', '2023-09-21').engagements.length, 1);
  const text = 'Three-way\nSEOUL, July 29 (Agency) – South Korean Defense Minister Shin Won-sik, U.S. Secretary of Defense Lloyd Austin and Japanese Defense Minister Minoru Kihara met in Tokyo on Sunday.\n'
    + 'Also on Sunday, Austin and Secretary of State Antony Blinken held "two-plus-two" talks with Japanese Foreign Minister Yoko Kamikawa and Kihara.';
  const r = ex(text, '2024-07-29');
  assert.deepEqual(r.engagements.map((e) => e.participants.length), [3, 4]);
});

test('places: a city-state ("in Singapore") and a seat named for an alliance ("at NATO headquarters") beat the dateline', () => {
  const sg = ex('Talks\nWASHINGTON, June 1 (Agency) – U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun held talks in Singapore on Friday.', '2024-06-01');
  assert.deepEqual(sg.engagements.map((e) => e.location), [{ place: 'Singapore', country: 'SGP' }]);
  const nato = ex('Talks\nKYIV, Feb 13 (Agency) – Ukrainian Defence Minister Rustem Umerov met British Defence Secretary John Healey at NATO headquarters on Wednesday.', '2025-02-13');
  assert.deepEqual(nato.engagements.map((e) => e.location.place), ['Brussels']);
  // A country named for its only listed city, its capital "Kuwait City"; Mexico lists other cities.
  const kw = ex('Talks\n\nKuwaiti Foreign Minister Abdullah Al-Yahya welcomed Omani Foreign Minister Badr Albusaidi in Kuwait on Monday.', '2025-01-21');
  assert.deepEqual(kw.engagements.map((e) => e.location), [{ place: 'Kuwait City', country: 'KWT' }]);
  const mx = ex('Talks\n\nMexican President Claudia Sheinbaum received Guatemalan President Bernardo Arevalo in Mexico on Monday.', '2025-01-21');
  assert.deepEqual(mx.engagements.map((e) => e.location.place), [null]);
});

test('"his first since the invasion" tells that this visit is the first, not that it is history', () => {
  const text = 'Visit\nBRUSSELS, May 3 (Agency) – The NATO Secretary General, Mark Rutte, travelled to Kyiv on Tuesday, his first trip there since taking office, and held talks with President Volodymyr Zelenskyy.';
  assert.deepEqual(ex(text, '2025-05-03').engagements.map((e) => [e.date, e.location.place]), [['2025-04-29', 'Kyiv']]);
  // A meeting told after "since" is still the past that something followed.
  const since = 'Ties\nBRUSSELS, May 3 (Agency) – Trade has doubled since the two presidents met in Vienna in 2019, officials said.';
  assert.equal(ex(since, '2025-05-03').engagements.length, 0);
});

test('a dateline\'s city is not whose official someone is; "who heads the X of <country>" gives the country', () => {
  const text = 'Nuclear talks\nVIENNA, Nov 15 (Agency) – The IAEA Director General, Rafael Grossi, held talks in Tehran on Thursday with President Masoud Pezeshkian and Mohammad Eslami, the vice president who heads the Atomic Energy Organization of Iran.';
  const p = people(text, '2024-11-15');
  assert.ok(p.some((x) => x.startsWith('Mohammad Eslami|') && x.endsWith('|IRN')), p.join('; '));
});

test('dates that name a thing ("the earthquakes that struck on February 6", "the March 28 earthquake") do not date the meeting', () => {
  const text = 'Condolences\nISTANBUL, Feb 17 (Agency) – NATO Secretary General Jens Stoltenberg flew to Ankara on Thursday to offer condolences over the earthquakes that struck the south on February 6, meeting Foreign Minister Mevlut Cavusoglu.';
  assert.deepEqual(ex(text, '2023-02-17').engagements.map((e) => e.date), ['2023-02-16']);
  const quake = 'Talks\nBANGKOK, April 5 (Agency) – Indian Prime Minister Narendra Modi held talks on Friday with Myanmar\'s leader.\nIn a conversation with Min Aung Hlaing, Modi offered condolences for the March 28 earthquake.';
  assert.deepEqual(ex(quake, '2025-04-05').engagements.map((e) => e.date), ['2025-04-04']);
  // Talks the clause is about keep their day.
  const talks = 'Talks\nGENEVA, May 2 (Agency) – Swiss Foreign Minister Ignazio Cassis met Ukrainian Foreign Minister Andrii Sybiha in talks that ended on Thursday.';
  assert.deepEqual(ex(talks, '2025-05-02').engagements.map((e) => e.date), ['2025-05-01']);
});

test('"meeting A and then B", "held his first meetings with A, and with B": one meeting each', () => {
  const seq = 'Visit\nANKARA, Feb 17 (Agency) – NATO Secretary General Jens Stoltenberg visited Ankara on Thursday, meeting Foreign Minister Mevlut Cavusoglu and then President Recep Tayyip Erdogan.';
  assert.deepEqual(ex(seq, '2023-02-17').engagements.map((e) => e.participants.map((p) => p.name).join(' & ')),
    ['Jens Stoltenberg & Mevlut Cavusoglu', 'Jens Stoltenberg & Recep Tayyip Erdogan']);
  const firsts = 'Sidelines\nBANGKOK, April 5 (Agency) – Indian Prime Minister Narendra Modi on Friday held his first meetings with Nepal\'s Prime Minister KP Sharma Oli, and with Bangladesh\'s Chief Adviser Muhammad Yunus.';
  assert.equal(ex(firsts, '2025-04-05').engagements.length, 2);
});

test('the Cook Islands and Rarotonga; one who "hosted the Secretary-General" in a story set in New Delhi is Indian; "the X government" is no participant', () => {
  const cook = 'Forum\nCANBERRA, Nov 10 (Agency) – Prime Minister Anthony Albanese held talks in Rarotonga on Tuesday with Cook Islands Prime Minister Mark Brown.';
  assert.deepEqual(ex(cook, '2023-11-10').engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.location.place]), [['AUS+COK', 'Rarotonga']]);
  const hosted = 'Visit\nJAKARTA, Feb 13 (Agency) – ASEAN Secretary-General Kao Kim Hourn met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on Monday.\n'
    + 'Later on Monday, Minister of State Rajkumar Ranjan Singh hosted the Secretary-General.';
  assert.ok(people(hosted, '2024-02-13').some((x) => x.startsWith('Rajkumar Ranjan Singh|') && x.endsWith('|IND')));
  const govt = 'Talks\nSEOUL, Sept 18 (Agency) -- Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, their first since the Lee Jae-myung government took office.';
  assert.deepEqual(ex(govt, '2025-09-18').engagements.map((e) => e.participants.length), [2]);
});

test('"In the meeting that followed, A and B, who ..., agreed" is the next meeting of the day; a quoted name inside an agreement stays in its summary', () => {
  const text = 'Summits\nSEOUL, May 27 (Agency) -- President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida on Sunday. The two leaders agreed to keep up their "shuttle diplomacy".\n'
    + 'In the meeting that followed, Yoon and Chinese Premier Li Qiang, who is on his first visit to Seoul, agreed to launch a "2+2" dialogue on security.';
  const r = ex(text, '2024-05-27');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.date]), [['KOR+JPN', '2024-05-26'], ['KOR+CHN', '2024-05-26']]);
  assert.deepEqual(r.engagements.map((e) => e.outcomes.map((o) => o.summary)), [['agreed to keep up their "shuttle diplomacy"'], ['agreed to launch a "2+2" dialogue on security']]);
});

test('a fronted phrase right after the dateline opens the body: "BANGKOK, April 5 (Agency) – In a conversation with X, Modi ..."; the dateline\'s city acts in no outcome', () => {
  const text = 'Talks\nBANGKOK, April 5 (Agency) – In a conversation with Nepal\'s Prime Minister KP Sharma Oli on Friday, Indian Prime Minister Narendra Modi proposed new power links.';
  const r = ex(text, '2025-04-05');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).sort().join('+'), e.date]), [['IND+NPL', '2025-04-04']]);
  assert.deepEqual(r.engagements[0].outcomes.map((o) => [o.kind, o.by]), [['proposal', 'IND']]);
  // Without a fronted phrase the dateline changes nothing: the sentence's own subject acts.
  const plain = ex('Talks\nBANGKOK, April 5 (Agency) – Indian Prime Minister Narendra Modi met Nepal\'s Prime Minister KP Sharma Oli on Friday and offered condolences for the floods.', '2025-04-05');
  assert.deepEqual(plain.engagements.flatMap((e) => e.outcomes).map((o) => [o.kind, o.by]), [['condolence', 'IND']]);
});

test('a regional tour: "received al-Shaibani" (an Arabic article before the name) and "the delegation was received by X" (the lead\'s traveller)', () => {
  const text = 'Tour\nDAMASCUS, Jan 8 (Agency) – Syrian Foreign Minister Asaad Hassan al-Shaibani has ended a tour of the Gulf and Jordan.\n'
    + 'In Doha on Sunday, the delegation was received by Qatar\'s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.\n'
    + 'On Monday in Abu Dhabi, Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan received al-Shaibani.';
  const r = ex(text, '2025-01-08');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).sort().join('+'), e.date, e.location.place]),
    [['QAT+SYR', '2025-01-05', 'Doha'], ['ARE+SYR', '2025-01-06', 'Abu Dhabi']]);
  // A delegation of its own ("the delegation of the bank") is not the traveller's.
  const own = ex('Talks\nDAMASCUS, Jan 8 (Agency) – Syrian Foreign Minister Asaad Hassan al-Shaibani met Qatar\'s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Sunday.\nThe delegation of the World Bank was received by Qatar\'s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Monday.', '2025-01-08');
  assert.equal(own.engagements.length, 1);
});

test('mourned and absent people are no participants ("the late Amir", "X\'s family", "on behalf of President Biden"); "Meeting X, he ..." is the one the story follows', () => {
  const text = 'Condolences\nDOHA, Dec 18 (Agency) – The Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, offered his condolences in Kuwait yesterday to Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, Amir of Kuwait, on the death of the late Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah.\n'
    + 'US Secretary of Defense Lloyd Austin made a stop in Kuwait the same day. Meeting Defence Minister Sheikh Ahmad Fahad Al-Ahmad Al-Sabah, he offered condolences to Sheikh Nawaf\'s family on behalf of President Joe Biden.';
  const r = ex(text, '2023-12-18');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' & ')), [
    'Meshal Al-Ahmad Al-Jaber Al-Sabah|KWT & Tamim bin Hamad Al Thani|QAT',
    'Ahmad Fahad Al-Ahmad Al-Sabah|KWT & Lloyd Austin|USA',
  ]);
});

test('"received the foreign ministers of Mali, Burkina Faso and Niger" reports an audience', () => {
  const text = 'Audience\nNIAMEY, April 29 (Agency) – King Mohammed VI of Morocco received the foreign ministers of Mali, Burkina Faso and Niger at the Royal Palace in Rabat on Monday.';
  const r = ex(text, '2025-04-29');
  assert.equal(r.engagements.length, 1);
  assert.ok(r.engagements[0].participants.some((p) => p.name === 'Mohammed VI'), JSON.stringify(r.engagements[0].participants));
  // "welcomed the decisions of Mali and Niger" names no one received.
  assert.equal(ex('Statement\nRABAT, April 29 (Agency) – King Mohammed VI of Morocco welcomed the decisions of Mali and Niger on Monday.', '2025-04-29').engagements.length, 0);
});

test('Gulf readouts: "HE the Prime Minister" is no pronoun; "a message from the Custodian of the Two Holy Mosques King Salman" names no participant; "since the two countries agreed" is history', () => {
  const call = 'Calls\nDOHA, Nov 24 (Agency) – The Amir Sheikh Tamim bin Hamad Al Thani received a phone call on Wednesday from US President Joe Biden.\n'
    + 'On Thursday, HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani received a phone call from US Secretary of State Antony Blinken.';
  assert.deepEqual(ex(call, '2023-11-24').engagements.map((e) => e.participants.length), [2, 2]);
  const message = 'Visit\nRIYADH, June 18 (Agency) – Saudi Foreign Minister Prince Faisal bin Farhan held talks in Tehran on Saturday with Iranian Foreign Minister Hossein Amir-Abdollahian, the first such visit since the two countries agreed to restore relations.\n'
    + 'The Saudi minister later called on President Ebrahim Raisi and handed him a message from the Custodian of the Two Holy Mosques King Salman bin Abdulaziz, and conveyed an official invitation to visit the Kingdom.';
  const r = ex(message, '2023-06-18');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IRN+SAU', 'IRN+SAU']);
  assert.ok(!r.engagements.some((e) => e.participants.some((p) => /Salman/.test(p.name ?? ''))), 'the King sent a message');
  assert.deepEqual(r.engagements.map((e) => e.outcomes.map((o) => o.kind)), [[], ['invitation']]);
});

test('"In a separate call, X expressed condolences ..., and the two leaders exchanged ..." is one call; "the ceremony was attended by" the host\'s minister adds him', () => {
  const calls = 'Calls\nWARSAW, Nov 16 (Agency) – Polish President Andrzej Duda was on the phone with allies on Tuesday night after the blast.\n'
    + 'U.S. President Joe Biden called Duda late on Tuesday and offered his condolences.\n'
    + 'Duda also spoke with NATO Secretary General Jens Stoltenberg, who said allies were consulting closely.\n'
    + 'In a separate call, Ukrainian President Volodymyr Zelensky expressed condolences over the deaths, and the two leaders exchanged information.';
  assert.deepEqual(ex(calls, '2022-11-16').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['POL+USA', 'NATO+POL', 'POL+UKR']);
  const ceremony = 'Visit\nNEW DELHI, Feb 19 (Agency) – Indian Prime Minister Narendra Modi held talks with the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, in New Delhi on Tuesday.\n'
    + 'The exchange ceremony was attended by Qatar\'s Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani.';
  assert.equal(ex(ceremony, '2025-02-19').engagements[0].participants.length, 3);
});

test('"Moscow – On July 12, during his visit to X, Lavrov held talks ...": the pronoun of a fronted phrase after a dateline is the subject that follows', () => {
  const text = 'Lavrov\'s talks with Foreign Minister Choe Son-hui and meeting with Chairman Kim Jong-un\n'
    + 'Moscow – On July 12, during his working visit to the DPRK, Foreign Minister Sergey Lavrov held talks in Wonsan with Minister of Foreign Affairs of the DPRK Choe Son-hui.\n'
    + 'Later that day, Chairman of State Affairs of the DPRK Kim Jong-un received Sergey Lavrov.';
  const r = ex(text, '2025-07-12');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' & ')), ['Sergey Lavrov & Choe Son Hui', 'Sergey Lavrov & Kim Jong Un']);
});

test('"put their signatures to" and "inked" report two signatories together; a deal inked in the past does not', () => {
  const signed = ex('Pact\n\nPolish Foreign Minister Radoslaw Sikorski and his Lithuanian counterpart Kestutis Budrys put their signatures to a border security accord in Vilnius on Monday.', '2025-06-17');
  assert.equal(signed.engagements.length, 1);
  assert.deepEqual(signed.engagements[0].outcomes.map((o) => o.kind), ['signing']);
  const inked = ex('Deal\n\nEstonian Prime Minister Kristen Michal and Finnish Prime Minister Petteri Orpo inked an energy agreement in Tallinn on Friday.', '2025-03-08');
  assert.equal(inked.engagements.length, 1);
  assert.equal(ex('Analysis\n\nThe two governments have argued over the accord that Sikorski and Budrys inked last year, which analysts say was never applied.', '2025-06-17').engagements.length, 0);
});

test('"The following month, X met Y" after a sentence dated long before publication is history', () => {
  const text = 'Ties\n\nBRASILIA, Sept 3 (Agency) – Chilean President Gabriel Boric received Argentine President Javier Milei in Santiago on Monday.\n'
    + 'Milei took office in December 2023. The following month, Boric met Milei in Buenos Aires and the two signed a fisheries accord.';
  const r = ex(text, '2025-09-03');
  assert.equal(r.engagements.length, 1);
  assert.deepEqual(r.engagements[0].outcomes, []);
  // After a recent date the next period is news: "The following day" is not this rule's, and a lead dated this week stays.
  const recent = 'Ties\n\nChilean President Gabriel Boric arrived in Buenos Aires on Sunday. The following day, Boric met Argentine President Javier Milei.';
  assert.equal(ex(recent, '2025-09-03').engagements.length, 1);
});

test('"the two governments signed notes on 24 December": a signing with no one named opens no meeting of its own', () => {
  const text = 'Visit\n\nIndonesian President Prabowo Subianto received Japanese Prime Minister Shigeru Ishiba in Bogor on Saturday.\n'
    + 'On 28 December, the two governments signed notes in Jakarta on a yen loan for a port.';
  assert.equal(ex(text, '2025-01-12').engagements.length, 1);
  const named = 'Visit\n\nIndonesian President Prabowo Subianto received Japanese Prime Minister Shigeru Ishiba in Bogor on Saturday.\n'
    + 'On Friday, Indonesian Foreign Minister Sugiono and Japanese Foreign Minister Takeshi Iwaya signed notes in Jakarta on a yen loan for a port.';
  assert.equal(ex(named, '2025-01-12').engagements.length, 2);
});

test('"Earlier in the week, X met representatives of US companies and urged them ...": not the engagement\'s outcomes', () => {
  const text = 'Talks\n\nVietnamese President Luong Cuong met U.S. President Joe Biden in New York on Wednesday.\n'
    + 'Earlier in the week, Luong Cuong met representatives of major US corporations and urged them to invest in chip plants.';
  const r = ex(text, '2024-09-26');
  assert.equal(r.engagements.length, 1);
  assert.deepEqual(r.engagements[0].outcomes, []);
  // Two people named: a meeting of its own at that other time.
  const other = 'Talks\n\nVietnamese President Luong Cuong met U.S. President Joe Biden in New York on Wednesday.\n'
    + 'Earlier in the week, Luong Cuong met Cuban President Miguel Diaz-Canel.';
  assert.equal(ex(other, '2024-09-26').engagements.length, 2);
});

test('"General Secretary, President To Lam": two offices, then the name', () => {
  const r = ex('General Secretary, President To Lam meets Chinese Premier Li Qiang\n\nThey held talks in Hanoi on Friday.', '2024-10-14');
  assert.ok(r.actors.some((a) => a.name === 'To Lam' && a.country === 'VNM'), r.actors.map((a) => a.name).join(', '));
});

test('"held telephone talks with H.E. Mr. A, ..., and with the Hon. B, ...": two calls, and "2. Japan-Australia Summit Telephone Talk" heads the second', () => {
  const text = 'Telephone Talks\nOn October 2, Mr. ISHIBA Shigeru, Prime Minister of Japan, held telephone talks with H.E. Mr. YOON Suk Yeol, President of the Republic of Korea, and with the Hon. Anthony Albanese MP, Prime Minister of Australia.\n'
    + '1. Japan-ROK Summit Telephone Talk\nThe two leaders agreed to keep in close communication.\n'
    + '2. Japan-Australia Summit Telephone Talk\nThe two leaders agreed to deepen cooperation on critical minerals.';
  const r = ex(text, '2024-10-02');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.outcomes.map((o) => o.summary.slice(0, 30))]),
    [['JPN+KOR', ['agreed to keep in close commun']], ['JPN+AUS', ['agreed to deepen cooperation o']]]);
});

test('a later working lunch of fewer people and an afternoon meeting of a named format are further meetings of the visit', () => {
  const text = 'Visit\n\nPolish President Andrzej Duda received Czech Foreign Minister Jan Lipavsky and Czech Defence Minister Jana Cernochova in Warsaw on Monday.\n'
    + 'Polish Foreign Minister Radoslaw Sikorski and Lipavsky later held a working lunch, where they discussed energy.\n'
    + 'In the afternoon, the four ministers held the first Polish-Czech Foreign and Defence Ministerial Meeting.';
  assert.equal(ex(text, '2024-07-09').engagements.length, 3);
  // The same two leaders at lunch after their talks: the same meeting.
  const same = 'Visit\n\nPolish President Andrzej Duda received Czech President Petr Pavel in Warsaw on Monday. Duda and Pavel later held a working lunch, where they discussed energy.';
  assert.equal(ex(same, '2024-07-09').engagements.length, 1);
});

test('"X signed the agreement for the Philippines and Y for Japan" is the signing told before, not a second one', () => {
  const text = 'Pact\n\nPhilippine President Ferdinand Marcos Jr. witnessed the signing of the Reciprocal Access Agreement with Japanese Foreign Minister Yoko Kamikawa in Manila on Monday.\n'
    + 'Defense Secretary Gilberto Teodoro signed the agreement for the Philippines and Kamikawa for Japan.';
  assert.deepEqual(ex(text, '2024-07-09').engagements.flatMap((e) => e.outcomes.map((o) => o.kind)), ['signing']);
});

test('"Bangkok – ..." in title case is a dateline; "who are visiting Manila" places their meeting; "Earlier the same day" is that day', () => {
  const bkk = ex('Visit\n\nBangkok – Prime Minister Paetongtarn Shinawatra welcomed Prime Minister Narendra Modi of India on Thursday, at the start of his official visit to Thailand.', '2025-04-04');
  assert.deepEqual(bkk.engagements.map((e) => [e.kind, e.location.place]), [['visit', 'Bangkok']]);
  // A dash after a word that is no city is no dateline.
  const not = ex('Visit\n\nTogether – that was the word of the day as Prime Minister Paetongtarn Shinawatra welcomed Prime Minister Narendra Modi of India on Thursday.', '2025-04-04');
  assert.deepEqual(not.engagements.map((e) => e.location.place), [null]);
  const text = 'Ministers meet\n\nOn July 8, Japanese Foreign Minister Yoko Kamikawa, who is visiting Manila, held talks with Philippine Foreign Secretary Enrique Manalo.\n'
    + 'They agreed to keep in touch.\nEarlier the same day, Kamikawa paid a courtesy call on Philippine President Ferdinand Marcos Jr.';
  assert.deepEqual(ex(text, '2024-07-09').engagements.map((e) => [e.date, e.location.place]), [['2024-07-08', 'Manila'], ['2024-07-08', 'Manila']]);
});

test('"A and B were among the members of the South African delegation" join the talks, with that country; "Minister of Electricity" is a title', () => {
  const text = 'Visit\n\nSouth African President Cyril Ramaphosa held talks with Chinese President Xi Jinping in Pretoria on Tuesday.\n'
    + 'Minister of International Relations and Cooperation Naledi Pandor and Minister of Electricity Kgosientsho Ramokgopa were among the members of the South African delegation.';
  const r = ex(text, '2023-08-23');
  assert.deepEqual(r.engagements[0].participants.map((p) => `${p.name}|${p.country}`),
    ['Cyril Ramaphosa|ZAF', 'Xi Jinping|CHN', 'Naledi Pandor|ZAF', 'Kgosientsho Ramokgopa|ZAF']);
});

test('"The visit comes two months after X travelled to Rome, where ...": what came before places nothing; "the Italian Premier" is the Prime Minister named', () => {
  const text = 'Visit\n\nADDIS ABABA, April 15 – Ethiopian Prime Minister Abiy Ahmed held talks with Italian Prime Minister Giorgia Meloni in Addis Ababa on Friday.\n'
    + 'The Italian Premier also met Somali President Hassan Sheikh Mohamud separately on Friday.\n'
    + 'The visit comes two months after Abiy travelled to Rome, where the two governments signed a cooperation programme.';
  const r = ex(text, '2023-04-15');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.name).join(' & '), e.location.place, e.outcomes.length]),
    [['Abiy Ahmed & Giorgia Meloni', 'Addis Ababa', 0], ['Giorgia Meloni & Hassan Sheikh Mohamud', 'Addis Ababa', 0]]);
});

test('"at Jubilee House" is a venue, not an occasion', () => {
  const r = ex('Talks\n\nGhanaian President Nana Akufo-Addo received U.S. Vice President Kamala Harris at Jubilee House in Accra on Monday.', '2023-03-28');
  assert.equal(r.engagements[0].occasion, null);
});

test('"travelled to France and Poland for talks with Macron and Tusk" is two meetings; "the Chancellor" is the Federal Chancellor; "Their talks covered ..." is the talk told', () => {
  const text = 'Inaugural visits\n\nBERLIN, 8 May 2025 – Federal Chancellor Friedrich Merz travelled to France and Poland yesterday for talks with French President Emmanuel Macron and Polish Prime Minister Donald Tusk.\n'
    + 'In Paris, the President received the Chancellor at the Elysée Palace.\n'
    + 'In the afternoon Merz flew on to Warsaw, where his Polish counterpart welcomed him. Their talks covered defence against Russia and migration. The Chancellor thanked his hosts.';
  const r = ex(text, '2025-05-08');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.location.place, e.topics.join(','), e.outcomes.map((o) => `${o.kind}:${o.by}`).join(',')]),
    [['DEU+FRA', 'Paris', '', ''], ['DEU+POL', 'Warsaw', 'security_defense,migration_consular', 'gratitude:DEU']]);
  // A vice-president is not "the President".
  const vp = 'Talks\n\nUS Vice President Kamala Harris met Ghanaian Vice President Mahamudu Bawumia in Accra on Monday. The President later joined them.';
  assert.ok(!ex(vp, '2023-03-28').actors.some((a) => a.mentions.length > 1 && /Harris|Bawumia/.test(a.name) && a.mentions.some((m) => m.text === 'President')));
});

test('"As Prime Minister of Portugal, Costa travelled to Kyiv in 2022": a former office gives the European Council\'s President no country', () => {
  const text = 'Costa in Kyiv\n\nBRUSSELS, 2 December 2024 – European Council President Antonio Costa met Ukrainian President Volodymyr Zelensky in Kyiv on Sunday.\n'
    + 'As Prime Minister of Portugal, Costa travelled to Kyiv in May 2022.';
  const r = ex(text, '2024-12-02');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country ?? p.org), ['EU', 'UKR']);
});

test('"said on Tuesday he had spoken by telephone with X" is a call of another day; "had spoken by phone on March 29" is history', () => {
  const r = ex('Call\n\nMEXICO CITY, Feb 6 (Agency) – Mexican President Andres Manuel Lopez Obrador said on Tuesday he had spoken by telephone with Chilean President Gabriel Boric to offer help.', '2024-02-06');
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.date]), [['phone_call', null]]);
  const past = 'Visit\n\nIndian Prime Minister Narendra Modi met Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Friday. Modi had spoken to Myanmar\'s Min Aung Hlaing by phone on March 29.';
  assert.equal(ex(past, '2025-04-05').engagements.length, 1);
});

test('"acknowledged at talks with X in Dushanbe on Thursday" reports the talks; "at talks with X next month" does not', () => {
  assert.equal(ex('Talks\n\nRussian President Vladimir Putin acknowledged at talks with Azerbaijani President Ilham Aliyev in Dushanbe on Thursday that missiles had hit the jet.', '2025-10-10').engagements.length, 1);
  assert.equal(ex('Talks\n\nRussian President Vladimir Putin will raise the issue at talks with Azerbaijani President Ilham Aliyev in Dushanbe next month.', '2025-10-10').engagements.length, 0);
});

test('"was received by A at the Vatican and later held talks with B in Rome": two meetings, each where its clause says', () => {
  const text = 'Trip\n\nBUENOS AIRES, Feb 13 (Agency) – Argentine President Javier Milei was received by Pope Francis at the Vatican on Monday and later held talks with Italian Prime Minister Giorgia Meloni in Rome.';
  assert.deepEqual(ex(text, '2024-02-13').engagements.map((e) => [e.participants.map((p) => p.name).join(' & '), e.location.place]),
    [['Javier Milei & Francis', 'Vatican City'], ['Javier Milei & Giorgia Meloni', 'Rome']]);
});

test('"a trip during which she met A and B" is a meeting with each; "met A and B together" is one', () => {
  const text = 'Trip\n\nMEXICO CITY, Nov 19 (Agency) – Mexican President Claudia Sheinbaum returned on Tuesday from the G20 summit in Rio de Janeiro, during which she met French President Emmanuel Macron and Chinese President Xi Jinping.\n'
    + 'In Rio, Sheinbaum met Macron on Monday and discussed water.';
  const r = ex(text, '2024-11-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).join('+')), ['MEX+FRA', 'MEX+CHN']);
  // The trip's return day is not the day of the meeting told with its own day.
  assert.equal(r.engagements[0].date, '2024-11-18');
  const together = 'Talks\n\nMexican President Claudia Sheinbaum met French President Emmanuel Macron and Chinese President Xi Jinping together in Rio on Monday.';
  assert.equal(ex(together, '2024-11-19').engagements.length, 1);
});

test('"The monarch began his visit on Sunday, when he met X": the king named, not the last man', () => {
  const text = 'Visit\n\nAMMAN, Feb 12 (Agency) – King Abdullah II of Jordan met U.S. President Donald Trump at the White House on Tuesday.\n'
    + 'Trump said he would study the plan.\nThe monarch began his working visit to the United States on Sunday, when he met U.S. Defence Secretary Pete Hegseth in Washington.';
  assert.deepEqual(ex(text, '2025-02-12').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & ')), ['Abdullah II & Donald Trump', 'Abdullah II & Pete Hegseth']);
});

test('", and President Lula received the visiting minister later in the day" is a meeting of its own; "the Rio Branco Institute" is no place', () => {
  const text = 'Visit\n\nBRASILIA, April 18 (Agency) – Brazilian Foreign Minister Mauro Vieira held talks with Russian Foreign Minister Sergey Lavrov at the Itamaraty Palace on Monday, '
    + 'and President Luiz Inácio Lula da Silva received the visiting minister at the Alvorada Palace later in the day.\n'
    + 'After a lecture at the Rio Branco Institute, Lavrov spent an hour with Lula.';
  assert.deepEqual(ex(text, '2023-04-18').engagements.map((e) => [e.participants.map((p) => p.name).sort().join(' & '), e.location.place]),
    [['Mauro Vieira & Sergey Lavrov', 'Brasília'], ['Luiz Inácio Lula da Silva & Sergey Lavrov', 'Brasília']]);
});

test('"held his first meeting with A ..., and also met B" is two meetings; "In his 35-minute meeting with B" tells of the second', () => {
  const text = 'Talks\n\nNEW DELHI, April 5 (Agency) – Prime Minister Narendra Modi held his first meeting with Bangladesh\'s interim leader Muhammad Yunus on Friday in Bangkok, and also met Myanmar\'s military ruler, Senior General Min Aung Hlaing.\n'
    + 'In his 35-minute meeting with the Myanmar leader, Modi offered condolences over the earthquake.';
  const r = ex(text, '2025-04-05');
  assert.deepEqual(r.engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.outcomes.map((o) => o.kind).join(',')]), [['IND+BGD', ''], ['IND+MMR', 'condolence']]);
});

test('"used his stay in Kazan to hold separate meetings with A and B" and "used it for a bilateral meeting with X" report meetings held', () => {
  const kazan = 'Summit\n\nNEW DELHI, Oct 24 (Agency) – Prime Minister Narendra Modi used his two-day stay in the Russian city of Kazan to hold separate bilateral meetings with Russian President Vladimir Putin and Chinese President Xi Jinping.';
  assert.deepEqual(ex(kazan, '2024-10-24').engagements.map((e) => [e.participants.map((p) => p.country).join('+'), e.location.place]), [['IND+RUS', 'Kazan'], ['IND+CHN', 'Kazan']]);
  const stop = 'Trip\n\nMexican President Claudia Sheinbaum made a stopover in Panama on Sunday and used it for a bilateral meeting with Panamanian Foreign Minister Javier Martinez-Acha.';
  assert.equal(ex(stop, '2024-11-19').engagements.length, 1);
  // A plan stays a plan: "wants to use the trip to hold talks with ...".
  assert.equal(ex('Trip\n\nMexican President Claudia Sheinbaum hopes to hold talks with Panamanian Foreign Minister Javier Martinez-Acha next week.', '2024-11-19').engagements.length, 0);
});

test('"agreed to raise investment after talks between A and B in Islamabad on Thursday" reports the talks', () => {
  const text = 'Deals\n\nBAKU, July 12 (Agency) – Azerbaijan and Pakistan agreed to raise mutual investment to $2 billion after talks between President Ilham Aliyev and Prime Minister Shehbaz Sharif in Islamabad on Thursday.';
  assert.deepEqual(ex(text, '2024-07-12').engagements.map((e) => [e.date, e.location.place]), [['2024-07-11', 'Islamabad']]);
  assert.equal(ex('Plan\n\nAzerbaijan and Pakistan agreed to hold talks between President Ilham Aliyev and Prime Minister Shehbaz Sharif in Islamabad next month.', '2024-07-12').engagements.length, 0);
});

test('"returns home today from China, where he held talks with Xi on Friday and the two governments signed ...": one visit, on Friday; "conferred an honorary doctorate on" is no talk', () => {
  const text = 'Trip\n\nDHAKA, March 29 (Agency) – Chief Adviser Muhammad Yunus returns home today from China, where he held talks with President Xi Jinping in Beijing on Friday and the two governments signed nine documents.\n'
    + 'On Saturday, Peking University conferred an honorary doctorate on the Chief Adviser.';
  assert.deepEqual(ex(text, '2025-03-29').engagements.map((e) => [e.date, e.outcomes.map((o) => o.kind).join(',')]), [['2025-03-28', 'signing']]);
});

test('"At the opening of the session, X condemned the attack earlier in the day and conveyed condolences to Y": the talks told before, not another meeting', () => {
  const text = 'Talks\n\nRIYADH, April 23 (Agency) – Crown Prince Mohammed bin Salman held official talks yesterday in Jeddah with Indian Prime Minister Narendra Modi.\n'
    + 'At the opening of the session, the Crown Prince condemned the attack on tourists in Kashmir earlier in the day and conveyed his condolences to the Indian Prime Minister.';
  const r = ex(text, '2025-04-23');
  assert.deepEqual(r.engagements.map((e) => [e.date, e.outcomes.map((o) => o.kind).join(',')]), [['2025-04-22', 'condolence']]);
});

test('"had begun the day with a breakfast meeting with X" and "In the afternoon X called on Y" are meetings of the day told', () => {
  const text = 'Visit\n\nISLAMABAD, Aug 25 (Agency) – On Sunday, Pakistani Foreign Minister Ishaq Dar held talks in Dhaka with Bangladeshi Foreign Adviser Touhid Hossain.\n'
    + 'Dar had begun the day with a breakfast meeting with Bangladeshi Commerce Adviser Bashir Uddin.\n'
    + 'In the afternoon Dar called on Bangladeshi Chief Adviser Muhammad Yunus.';
  assert.deepEqual(ex(text, '2025-08-25').engagements.map((e) => e.date), ['2025-08-24', '2025-08-24', '2025-08-24']);
});

test('"a courtesy visit from X" on someone\'s programme is a meeting with X; a courtesy visit planned is not', () => {
  const text = 'Visit\n\nChilean President Gabriel Boric held talks with Indian Prime Minister Narendra Modi in New Delhi on Tuesday. '
    + 'The first item on Boric\'s programme was a courtesy visit from India\'s External Affairs Minister, S. Jaishankar.';
  assert.deepEqual(ex(text, '2025-04-02').engagements.map((e) => e.participants.map((p) => p.name).join(' & ')), ['Gabriel Boric & Narendra Modi', 'Gabriel Boric & S. Jaishankar']);
  assert.equal(ex('Visit\n\nChilean President Gabriel Boric will receive a courtesy visit from India\'s External Affairs Minister, S. Jaishankar, next week.', '2025-04-02').engagements.length, 0);
});

test('"In Thursday\'s call, A and B agreed" is a call on Thursday; "during Friday\'s call" dates the call the lead told without a day', () => {
  const lead = 'Ministers talk\nOTTAWA, March 8 (Agency) – In Thursday\'s call, Canadian Foreign Minister Melanie Joly and Indian External Affairs Minister Subrahmanyam Jaishankar agreed to restore consular staffing, Ottawa said.';
  const a = ex(lead, '2024-03-08').engagements;
  assert.deepEqual(a.map((e) => `${e.kind} ${e.date}`), ['phone_call 2024-03-07']);
  const later = 'Ministers talk\nOTTAWA, March 9 (Agency) – Canadian Foreign Minister Melanie Joly spoke by phone with Indian External Affairs Minister Subrahmanyam Jaishankar, Ottawa said. '
    + 'During Friday\'s call, Joly invited Jaishankar to Ottawa.';
  assert.deepEqual(ex(later, '2024-03-09').engagements.map((e) => `${e.kind} ${e.date}`), ['phone_call 2024-03-08']);
  // A call for restraint is no telephone call.
  const plea = 'Ministers meet\nOTTAWA, March 9 (Agency) – In the call for restraint that followed, Canadian Foreign Minister Melanie Joly and Indian External Affairs Minister Subrahmanyam Jaishankar agreed to keep talking.';
  assert.ok(ex(plea, '2024-03-09').engagements.every((e) => e.kind !== 'phone_call'));
});

test('"the right to host Expo 2030" receives no guest: what follows it in the sentence is still the talks\'', () => {
  const text = 'Talks in Riyadh\nRIYADH, May 7 (Agency) – Saudi Foreign Minister Prince Faisal bin Farhan held talks on Tuesday with Pakistani Foreign Minister Ishaq Dar in Riyadh. '
    + 'Dar congratulated the prince on the kingdom winning the right to host Expo 2030 and invited him to visit Islamabad.';
  const outs = ex(text, '2025-05-07').engagements.flatMap((e) => e.outcomes.map((o) => `${o.kind}:${o.by}`));
  assert.ok(outs.includes('invitation:PAK'), outs.join(', '));
});

test('a meeting told in a "when" clause keeps its own words; the rest of the sentence is the call\'s', () => {
  const text = 'Call\nMADRID, June 5 (Agency) – On Wednesday, Spanish Prime Minister Pedro Sanchez held a telephone conversation with Moroccan Prime Minister Aziz Akhannouch. '
    + 'Akhannouch praised the roadmap approved when the two men met in Madrid in March 2023, and invited Sanchez to visit Rabat in the autumn.';
  const outs = ex(text, '2025-06-05').engagements.flatMap((e) => e.outcomes.map((o) => `${o.kind}:${o.by}:${o.summary}`));
  assert.ok(outs.some((o) => o.startsWith('invitation:MAR')), outs.join(', '));
  assert.ok(!outs.some((o) => /approved when/.test(o)), outs.join(', '));
});

test('"Speaking with his counterpart, the Secretary offered his condolences": a call of a call readout, the condolence the Secretary\'s', () => {
  const text = 'Calls\nWASHINGTON, May 2 (Agency) – Secretary of State Marco Rubio spoke separately on Thursday with Prime Minister Shehbaz Sharif of Pakistan and with Indian External Affairs Minister Subrahmanyam Jaishankar. '
    + 'In his call with the Prime Minister, the Secretary urged calm.\nSpeaking with his Indian counterpart, the Secretary offered his condolences for the victims of the bombing.';
  const r = ex(text, '2025-05-02').engagements;
  assert.deepEqual(r.map((e) => e.kind), ['phone_call', 'phone_call']);
  assert.deepEqual(r.flatMap((e) => e.outcomes).filter((o) => o.kind === 'condolence').map((o) => o.by), ['USA']);
});

test('"Deputy Prime Minister – Minister of Foreign Affairs" is one title: its holder is the one received', () => {
  const text = 'Reception\nBishkek, 3 May /Kabar/. President Sadyr Japarov on Friday received in Cholpon-Ata Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu. '
    + 'Later the Kazakh minister also held talks with his counterpart, Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev.';
  assert.deepEqual(ex(text, '2025-05-03').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & ')),
    ['Murat Nurtleu & Sadyr Japarov', 'Jeenbek Kulubaev & Murat Nurtleu']);
});

test('a bare honorific the story introduced a leader with ("the Leader of the Nation") is that leader later on', () => {
  const text = 'Meetings\nDUSHANBE, 6 May /Khovar/. The Founder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon held meetings with visiting leaders on Tuesday.\n'
    + 'At the Palace of Nations, the Leader of the Nation met with President of Uzbekistan Shavkat Mirziyoyev.';
  assert.deepEqual(ex(text, '2025-05-06').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & ')), ['Emomali Rahmon & Shavkat Mirziyoyev']);
});

test('talks another visit followed, talks due later and where two leaders most recently met are not the story\'s engagements', () => {
  const lead = 'Talks\nLONDON, March 7 (Agency) – British Prime Minister Keir Starmer held talks with Canadian Prime Minister Mark Carney in London on Thursday. ';
  for (const tail of [
    'The visit follows French President Emmanuel Macron\'s talks with Carney in Ottawa on Monday.',
    'German Chancellor Friedrich Merz is due in Ottawa next week for talks with Carney.',
    'Starmer and German Chancellor Friedrich Merz most recently met in Berlin, where they held a working dinner.',
  ]) {
    assert.deepEqual(ex(lead + tail, '2025-03-07').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['CAN+GBR'], tail);
  }
});

test('"The Prime Minister welcomed X to Downing Street" names the UK\'s prime minister; a bare "the Prime Minister" is no president the story named', () => {
  const text = 'Readout\nThe Prime Minister welcomed President Alexander Stubb of Finland to Downing Street this morning. The Prime Minister thanked the President for Finland\'s support.';
  const r = ex(text, '2025-02-10').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => `${p.role}|${p.country}`).sort(), ['President|FIN', 'Prime Minister|GBR']);
});

test('"The session was co-chaired by A and B" is a meeting of A and B; "the two held talks" after a sentence naming countries is the two leaders\'', () => {
  const commission = 'Commission\nULAANBAATAR, Jan 25 (Agency) – The ninth session of the intergovernmental commission took place in Minsk on Wednesday. '
    + 'The session was co-chaired by Mongolian Foreign Minister B.Battsetseg and Belarusian Foreign Minister Maxim Ryzhenkov.';
  assert.deepEqual(ex(commission, '2025-01-25').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['BLR+MNG']);
  const two = 'Partnership\nJAKARTA, June 6 (Agency) – President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim said on Thursday that Indonesia and Malaysia would deepen their ties, after the two held talks in Jakarta and co-chaired the Indonesia – Malaysia annual consultation.';
  assert.deepEqual(ex(two, '2025-06-06').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' & ')), ['Anwar Ibrahim & Prabowo Subianto']);
});

test('"invited her to visit and co-chair the next joint cabinet meeting": an invitation in the call, no meeting of its own', () => {
  const text = 'Call\nHANOI, Sept 6 (Agency) – Vietnamese Prime Minister Pham Minh Chinh spoke by phone with Thai Prime Minister Paetongtarn Shinawatra on Thursday. '
    + 'He invited Ms Paetongtarn to pay an official visit to Hanoi soon and co-chair the next joint cabinet meeting of the two governments, and she accepted.';
  const r = ex(text, '2024-09-06').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].outcomes.map((o) => `${o.kind}:${o.by}`), ['invitation:VNM', 'acceptance:THA']);
});

test('"Today, 5 October, the Founder ... – Leader of the Nation, President ..." opens a lead, not a dateline: its day is the call\'s', () => {
  const text = 'Call\nDUSHANBE, 11.10.2025 /Khovar/. Today, 11 October, the Founder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon held a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.';
  assert.deepEqual(ex(text, '2025-10-11').engagements.map((e) => `${e.kind} ${e.date}`), ['phone_call 2025-10-11']);
});

test('a summit host\'s roundup: "whom Xi met on Saturday", "back-to-back talks with the leaders of A and B" on Sunday, "Greeting Aliyev, Xi ..."; a venue of an earlier signing places none', () => {
  const text = 'Roundup\nBEIJING, Sept 2 (Agency) – Chinese President Xi Jinping spent the weekend receiving guests in Tianjin, where the SCO summit opened on Monday. '
    + 'The first was Kyrgyz President Sadyr Japarov, whom Xi met on Saturday. Japarov praised China\'s help with the railway.\n'
    + 'On Sunday Xi held back-to-back talks with the leaders of Armenia and Azerbaijan, a month after Prime Minister Nikol Pashinyan and President Ilham Aliyev initialled a peace text at the White House. '
    + 'Xi and Pashinyan agreed to raise their ties to a strategic partnership.\n'
    + 'Greeting Aliyev as an old friend, Xi thanked him for coming and backed Baku\'s bid to join the SCO.';
  const r = ex(text, '2025-09-02').engagements;
  assert.deepEqual(r.map((e) => `${e.date} ${e.location.place} ${e.participants.map((p) => p.country).sort().join('+')}`),
    ['2025-08-30 Tianjin CHN+KGZ', '2025-08-31 Tianjin ARM+CHN', '2025-08-31 Tianjin AZE+CHN']);
});

test('"President Zelenskyy" in the headline and "Volodymyr Zelenskyy" in the body are one person: one meeting', () => {
  const text = 'PM meets President Zelenskyy\nThe Prime Minister welcomed President Volodymyr Zelenskyy of Ukraine to Downing Street on Sunday. '
    + 'Greeting the President at the door, the Prime Minister said the UK would keep standing with Ukraine.';
  const r = ex(text, '2025-03-03').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => p.country).sort(), ['GBR', 'UKR']);
});

test('a readout\'s numbered sections ("1." "Foreign Ministers\' Meeting", "2." "Courtesy Call on ...") each go to the engagement the lead told under those words', () => {
  const text = 'Minister visits Ukraine\nOn May 4, Ms. IWAYA Takeshi, Minister for Foreign Affairs of Japan, visited Kyiv. '
    + 'He held a Japan-Ukraine Foreign Ministers\' Meeting with H.E. Mr. Andrii Sybiha, Minister for Foreign Affairs of Ukraine, and paid a courtesy call on H.E. Mr. Volodymyr Zelenskyy, President of Ukraine.\n'
    + '1. Foreign Ministers\' Meeting\n(1) Minister Sybiha thanked Japan for its support to the energy sector.\n'
    + '2. Courtesy Call on President Zelenskyy\n(1) President Zelenskyy invited Japan to the reconstruction conference.';
  const r = ex(text, '2025-05-05').engagements;
  assert.deepEqual(r.map((e) => `${e.participants.map((p) => p.name).sort().join(' & ')}: ${e.outcomes.map((o) => o.kind).join(',')}`),
    ['Andrii Sybiha & IWAYA Takeshi: gratitude', 'IWAYA Takeshi & Volodymyr Zelenskyy: invitation']);
});

test('"held talks ..., a month after A and B signed a declaration in Washington": that signing is not this meeting\'s; "He" after "Greeting X, Y ..." is Y', () => {
  const text = 'Talks\nBEIJING, Sept 2 (Agency) – On Sunday Chinese President Xi Jinping held talks in Tianjin with Azerbaijani President Ilham Aliyev, a month after Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration in Washington.\n'
    + 'Greeting Aliyev as an old friend, Xi thanked him for coming. He urged the two sides to speed up the transport corridor.';
  const r = ex(text, '2025-09-02').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].outcomes.map((o) => `${o.kind}:${o.by}`), ['gratitude:CHN', 'proposal:CHN']);
});

test('"In a 65-minute meeting at a hotel, he and Xi reaffirmed ..." is a meeting; "the programme includes talks between them" and "came almost two weeks after U.S. President X had telephoned" are not', () => {
  const bare = 'Summit\nTOKYO, Nov 17 (Agency) – Prime Minister Fumio Kishida reached San Francisco on Wednesday. In a 65-minute meeting at a San Francisco hotel on Thursday, he and Chinese President Xi Jinping reaffirmed their ties.';
  assert.deepEqual(ex(bare, '2023-11-17').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2023-11-16 CHN+JPN']);
  const programme = 'Trip\nMOSCOW, June 18 (Agency) – Russian President Vladimir Putin travels to Pyongyang on Tuesday. The programme, officials said, includes one-on-one talks between Putin and Kim Jong Un.';
  assert.equal(ex(programme, '2024-06-18').engagements.length, 0);
  const earlier = 'Call\nNEW DELHI, May 6 (Agency) – Russian President Vladimir Putin called Prime Minister Narendra Modi on Monday. The call came almost two weeks after U.S. President Donald Trump had telephoned Modi.';
  assert.deepEqual(ex(earlier, '2025-05-06').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+RUS']);
});

test('"encouraged X to invest" is a proposal; "agreed that experts would meet to agree on steps" is one agreement', () => {
  const text = 'Talks\nHANOI, March 5 (Agency) – Prime Minister Pham Minh Chinh held talks with Indonesian President Prabowo Subianto in Hanoi on Tuesday. '
    + 'Chinh encouraged Indonesian companies to invest more in Vietnam. The two sides agreed that their experts would meet soon to agree on steps to ease trade.';
  const outs = ex(text, '2025-03-05').engagements.flatMap((e) => e.outcomes.map((o) => `${o.kind}:${o.by}`));
  assert.deepEqual(outs, ['proposal:VNM', 'agreement:null']);
});

test('"paid a one-day working visit to Azerbaijan\'s Nakhchivan on Monday", then "the two first talked one-on-one ... after last week\'s events": a visit in Nakhchivan that Monday', () => {
  const text = 'Visit\nBAKU, May 13 (Agency) – Turkish President Recep Tayyip Erdogan paid a one-day working visit to Azerbaijan\'s Nakhchivan Autonomous Republic on Monday at the invitation of President Ilham Aliyev.\n'
    + 'The two heads of state first talked one-on-one, reviewing energy projects and the region after last week\'s events on the border.';
  assert.deepEqual(ex(text, '2025-05-13').engagements.map((e) => `${e.kind} ${e.date} ${e.location.place}`), ['visit 2025-05-12 Nakhchivan']);
});

test('a signing ceremony: ministers who sign "in the presence of the three leaders" join that meeting; "Later in the day X received the two ministers" is another; those a letter invites are not there', () => {
  const text = 'Peace deal\nKIGALI, June 28 (Agency) – Foreign Minister Therese Kayikwamba Wagner of the Democratic Republic of Congo and Rwandan Foreign Minister Olivier Nduhungirehe signed a border accord at the State Department in Washington on Friday, with U.S. Secretary of State Marco Rubio signing as a witness.\n'
    + 'In the presence of the three officials, the two countries\' defence ministers initialled a security protocol.\n'
    + 'Later in the day President Donald Trump received the two ministers in the Oval Office. He signed letters inviting Presidents Evariste Ndayishimiye and Paul Kagame to the White House.';
  const r = ex(text, '2025-06-28').engagements;
  assert.deepEqual(r.map((e) => [...new Set(e.participants.map((p) => p.country))].sort().join('+')), ['COD+RWA+USA', 'COD+RWA+USA']);
  assert.ok(r[1].participants.some((p) => p.name === 'Donald Trump'));
  assert.ok(!r.flatMap((e) => e.participants).some((p) => /Kagame|Ndayishimiye/.test(p.name ?? '')));
});

test('"The forum opened on Friday with talks between A and B" is at the forum the story named, in its city, not the dateline\'s', () => {
  const text = 'Forum\nANKARA, April 13 (Agency) – Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov on Saturday on the sidelines of the Antalya Diplomacy Forum in Antalya.\n'
    + 'The forum opened on Friday with talks between President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev.';
  assert.deepEqual(ex(text, '2025-04-13').engagements.map((e) => `${e.date} ${e.location.place} ${e.occasion}`),
    ['2025-04-12 Antalya Antalya Diplomacy Forum', '2025-04-11 Antalya Antalya Diplomacy Forum']);
});

test('"A and B, General Secretary of ..., agreed in Hanoi on Tuesday" is their meeting; a call told later with someone else is not theirs; "designated X to lead follow-up negotiations with Y" plans them', () => {
  const lead = 'Visit\nBEIJING, Dec 13 (Agency) – Chinese President Xi Jinping and Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, agreed in Hanoi on Tuesday to deepen their partnership.\n'
    + 'Vietnamese President Vo Van Thuong, who was abroad, spoke with Xi by telephone.';
  assert.deepEqual(ex(lead, '2023-12-13').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), ['meeting CHN+VNM', 'phone_call CHN+VNM']);
  const plan = 'Call\nWASHINGTON, Oct 7 (Agency) – U.S. President Donald Trump held a video call with Brazilian President Luiz Inacio Lula da Silva on Monday. '
    + 'Trump designated Secretary of State Marco Rubio to lead follow-up negotiations with Foreign Minister Mauro Vieira.';
  assert.equal(ex(plan, '2025-10-07').engagements.length, 1);
});

test('a dateline\'s official abroad: "X held consultations with his Bangladeshi counterpart in Dhaka", then "called on Foreign Affairs Adviser Y" and "called on Chief Adviser Z": three meetings; the leader a government is "led by" is not at the first', () => {
  const text = 'Visit\nNEW DELHI, Dec 10 (Agency) – Foreign Secretary Vikram Misri held consultations with his Bangladeshi counterpart Md. Jashim Uddin in Dhaka on Monday, the first such visit since the interim government led by Muhammad Yunus took charge. '
    + 'External Affairs Minister S. Jaishankar last met the Bangladeshi side in New York in September.\n'
    + 'In the afternoon the Foreign Secretary called on Foreign Affairs Adviser Md. Touhid Hossain.\nMisri then called on Chief Adviser Muhammad Yunus.';
  const r = ex(text, '2024-12-10').engagements;
  assert.deepEqual(r.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' & ')), [
    'Md. Jashim Uddin|BGD & Vikram Misri|IND', 'Md. Touhid Hossain|BGD & Vikram Misri|IND', 'Muhammad Yunus|BGD & Vikram Misri|IND']);
});

test('"His first engagement of the day was with X" is a meeting; "suggested they hold that meeting at the summit" plans one', () => {
  const text = 'Summit\nNEW DELHI, June 14 (Agency) – Prime Minister Narendra Modi held talks with Italian Prime Minister Giorgia Meloni in Apulia on Friday. His first engagement of the day was with French President Emmanuel Macron.\n'
    + 'Modi suggested they hold a longer meeting at the G20 summit in Rio de Janeiro.';
  assert.deepEqual(ex(text, '2024-06-14').engagements.map((e) => `${e.location.place} ${e.participants.map((p) => p.country).sort().join('+')}`), ['Apulia IND+ITA', 'Apulia FRA+IND']);
});

test('a headline\'s "hold official talks in Ulaanbaatar" places talks the body leaves unplaced; "Last week in Ashgabat she held talks" recalls', () => {
  const text = 'Foreign Ministers of Mongolia and Kazakhstan hold talks in Ulaanbaatar\nMinister of Foreign Affairs of Mongolia Batmunkh Battsetseg held official talks yesterday with Minister of Foreign Affairs of Kazakhstan Murat Nurtleu, who is paying an official visit to Mongolia.\n'
    + 'Last week in Ashgabat she held talks with Turkmen Foreign Minister Rashid Meredov.';
  assert.deepEqual(ex(text, '2025-06-27').engagements.map((e) => `${e.date} ${e.location.place} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2025-06-26 Ulaanbaatar KAZ+MNG']);
});

test('"The surprise meeting was hosted by X" adds its host to the meeting just told; "Both presidents thanked the emir": each thanks him', () => {
  const text = 'Talks in Doha\nKINSHASA, March 19 (Agency) – Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Tuesday. '
    + 'The surprise meeting was hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. Both presidents thanked the emir for his efforts.';
  const r = ex(text, '2025-03-19').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => p.country).sort(), ['COD', 'QAT', 'RWA']);
  assert.deepEqual(r[0].outcomes.filter((o) => o.kind === 'gratitude').map((o) => `${o.by}>${o.to}`).sort(), ['COD>QAT', 'RWA>QAT']);
});

test('"the following documents were exchanged:" then a numbered list: one signing for each document, with its count', () => {
  const text = 'State visit\nNEW DELHI, Feb 18 (Agency) – Prime Minister Narendra Modi held talks with the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, in New Delhi today.\n'
    + 'In the presence of the two leaders, the following documents were exchanged:\n1. Agreement on the establishment of a Strategic Partnership;\n2. Agreement on the Avoidance of Double Taxation;\n3. Four Memoranda of Understanding on youth affairs and archives.\n'
    + 'The Amir thanked the Prime Minister for the warm welcome.';
  const outs = ex(text, '2025-02-18').engagements.flatMap((e) => e.outcomes);
  assert.deepEqual(outs.filter((o) => o.kind === 'signing').map((o) => o.quantity?.value ?? null), [null, null, 4]);
  assert.deepEqual(outs.filter((o) => o.kind === 'gratitude').map((o) => o.by), ['QAT']);
});

test('a day of calls: "exchanged greetings in phone calls with A, B and C" is a call with each; "The first call was with X. Y came next." two calls; "During the January visit" (told in March) is that visit', () => {
  const eid = 'Greetings\nABU DHABI, 16th June, 2024 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan today exchanged Eid Al Adha greetings in phone calls with Sultan Haitham bin Tarik of Oman and King Hamad bin Isa Al Khalifa of Bahrain.';
  assert.deepEqual(ex(eid, '2024-06-16').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), ['phone_call ARE+OMN', 'phone_call ARE+BHR']);
  const next = 'Calls\nLONDON, July 7 (Agency) – Prime Minister Keir Starmer spoke to several leaders on Saturday. The first call was with Australian Prime Minister Anthony Albanese. Canadian Prime Minister Justin Trudeau came next.';
  assert.deepEqual(ex(next, '2024-07-07').engagements.map((e) => `${e.kind} ${e.location.place} ${e.participants.map((p) => p.country).sort().join('+')}`), ['phone_call null AUS+GBR', 'phone_call null CAN+GBR']);
  const january = 'Call\nTASHKENT, March 12 (Agency) – President Shavkat Mirziyoyev spoke by phone on Tuesday with UAE President Sheikh Mohamed bin Zayed Al Nahyan. During the January visit Mirziyoyev held talks with the UAE President in Abu Dhabi.';
  assert.deepEqual(ex(january, '2025-03-12').engagements.map((e) => e.kind), ['phone_call']);
});

test('"flew in on Wednesday evening and was met at the airport by X", then talks on Thursday: one visit', () => {
  const text = 'Visit\nDUSHANBE, Oct 10 (Agency) – Russian President Vladimir Putin held talks with President Emomali Rahmon in Dushanbe on Thursday at the start of a state visit. '
    + 'Putin flew in on Wednesday evening and was met at the airport by Rahmon.';
  assert.equal(ex(text, '2025-10-10').engagements.length, 1);
});

test('"received today X, who offered his condolences" and "His Highness also received yesterday Y": two meetings, each guest\'s condolences', () => {
  const text = 'Condolences\nABU DHABI, May 16 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan received today German Chancellor Olaf Scholz, who offered his condolences. '
    + 'His Highness also received yesterday Boris Johnson, Prime Minister of the United Kingdom, who offered his condolences.';
  const r = ex(text, '2022-05-16').engagements;
  assert.deepEqual(r.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')} ${e.outcomes.map((o) => `${o.kind}:${o.by}`).join(',')}`),
    ['2022-05-16 ARE+DEU condolence:DEU', '2022-05-15 ARE+GBR condolence:GBR']);
});

test('"took part in a trilateral meeting with A and B" is one meeting of three, not a visit; a meeting he will take part in, or a council session he took part in, is none', () => {
  const held = 'Summit\nASHGABAT, Aug 6 (Agency) – President Kassym-Jomart Tokayev, who is on a working visit to Turkmenistan, today took part in a trilateral meeting with President Serdar Berdimuhamedov of Turkmenistan and President Shavkat Mirziyoyev of Uzbekistan in Ashgabat.';
  const r = ex(held, '2025-08-06').engagements;
  assert.deepEqual(r.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['meeting 2025-08-06 KAZ+TKM+UZB']);
  const planned = 'Plans\nASTANA, Aug 1 (Agency) – President Tokayev will take part in a meeting with President Serdar Berdimuhamedov of Turkmenistan next week.';
  assert.equal(ex(planned, '2025-08-01').engagements.length, 0);
  const session = 'CIS\nDUSHANBE, Oct 10 (Agency) – President Tokayev of Kazakhstan took part in the meeting of the CIS Council of Heads of State in Dushanbe.';
  assert.equal(ex(session, '2025-10-10').engagements.length, 0);
});

test('"received in <city> a delegation of X led by its President Y": a meeting with the organisation\'s head', () => {
  const text = 'Talks\nULAANBAATAR, May 20 (Agency) – Prime Minister Luvsannamsrain Oyun-Erdene of Mongolia received in Ulaanbaatar a delegation of the Asian Development Bank led by its President Masatsugu Asakawa.';
  const r = ex(text, '2023-05-20').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => p.country ?? p.org).sort(), ['ADB', 'MNG']);
});

test('a title word that begins a listed official\'s own name is part of it ("Amir Khan Muttaqi"); an alias that begins with a title is not ("President Xi")', () => {
  const names = people('Talks\nDOHA, Jan 9 (Agency) – Qatar\'s Minister of State Mohammed Al-Khulaifi met Mawlawi Amir Khan Muttaqi in Doha.', '2025-01-09');
  assert.ok(names.some((n) => /Muttaqi\|Acting Foreign Minister\|AFG/.test(n)), names.join('; '));
  assert.ok(!names.some((n) => /\|Khan\|/.test(n)), names.join('; '));
  const xi = people('Talks\nBEIJING, April 7 (Agency) – Chinese President Xi Jinping met French President Emmanuel Macron.', '2023-04-07');
  assert.ok(xi.includes('Xi Jinping|President|CHN'), xi.join('; '));
});

test('"Consultations (BPC) between A and B were held", each side led by a named official, then "the Foreign Secretary also called on X": the consultations and one meeting per call', () => {
  const text = 'Consultations\nCOLOMBO, March 3 (Agency) – The Fourth Round of Bilateral Political Consultations (BPC) between Nepal and Sri Lanka was held in Colombo today. '
    + 'Foreign Secretary Amrit Bahadur Rai led the Nepalese delegation, while the Sri Lankan side was headed by Foreign Secretary Aruni Wijewardane. The talks covered tourism and aviation.\n'
    + 'Later, the Foreign Secretary called on Prime Minister Harini Amarasuriya. The Foreign Secretary also called on President Anura Kumara Dissanayake.';
  const r = ex(text, '2025-03-03').engagements;
  assert.deepEqual(r.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' + ')), [
    'Amrit Bahadur Rai|NPL + Aruni Wijewardane|LKA',
    'Amrit Bahadur Rai|NPL + Harini Amarasuriya|LKA',
    'Amrit Bahadur Rai|NPL + Anura Kumara Dissanayake|LKA',
  ]);
  assert.deepEqual(r[0].topics.sort(), ['tourism', 'transport_logistics']);
});

test('"The summit between the EU and Japan took place", each side "represented by" its leaders, under topical subheads: one meeting with all of it; "a summit with" many is not read so', () => {
  const text = 'EU-Japan summit\nBrussels, 13 July 2023\nThe 29th summit between the European Union and Japan took place in Brussels today. The EU was represented by Charles Michel, President of the European Council, and Ursula von der Leyen, President of the European Commission. Japan was represented by Prime Minister Fumio Kishida.\n'
    + 'Economic security\nLeaders agreed to launch a high-level economic dialogue.\nDigital\nThey also discussed cooperation on semiconductors and data flows.';
  const r = ex(text, '2023-07-13').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => `${p.name}|${p.country ?? p.org}`).sort(), ['Charles Michel|EU', 'Fumio Kishida|JPN', 'Ursula von der Leyen|EU']);
  assert.ok(r[0].topics.includes('digital_it'), r[0].topics.join(','));
  assert.ok(r[0].outcomes.some((o) => o.kind === 'agreement'));
  const many = 'Summit\nBRUSSELS, Feb 17 (Agency) – The EU summit with African Union leaders opened in Brussels on Thursday with speeches on vaccines.';
  assert.equal(ex(many, '2022-02-17').engagements.length, 0);
});

test('"witnessed the exchange of four memoranda" is a signing at the meeting; "witnessed the exchange of views" is not', () => {
  const text = 'Visit\nHANOI, Oct 6 (Agency) – Prime Minister Pham Minh Chinh and Malaysian Prime Minister Anwar Ibrahim witnessed the exchange of four memoranda of understanding in Hanoi on Thursday.';
  const r = ex(text, '2022-10-06').engagements;
  assert.deepEqual(r.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2022-10-06 MYS+VNM']);
  const outs = r.flatMap((e) => e.outcomes);
  assert.deepEqual(outs.filter((o) => o.kind === 'signing').map((o) => o.quantity?.value ?? null), [4]);
  const views = 'Forum\nHANOI, Oct 6 (Agency) – Vietnamese scholars witnessed the exchange of views between Malaysian and Thai delegates at a forum.';
  assert.equal(ex(views, '2022-10-06').engagements.length, 0);
});

test('"KARACHI: ..." is a dateline: a reception with no city of its own is there, not in a place the talks were about', () => {
  const text = 'Visit\nKARACHI: Turkish President Recep Tayyip Erdogan was received by Prime Minister Shehbaz Sharif at the Governor House on Thursday. Both leaders condemned the bombardment of Rafah.';
  const r = ex(text, '2025-02-14').engagements;
  assert.deepEqual(r.map((e) => `${e.date} ${e.location.place} ${e.location.country}`), ['2025-02-13 Karachi PAK']);
});

test('a meeting told in a when-clause takes the day of its main clause ("X yesterday raised ... when he sat down with Y"); "since the elections, was received by" is news', () => {
  const when = 'Talks\nKathmandu Post Correspondent\nPrime Minister Pushpa Kamal Dahal yesterday pressed for a new power-trade deal when he sat down with Indian Prime Minister Narendra Modi in New Delhi.';
  assert.deepEqual(ex(when, '2023-06-02').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2023-06-01 IND+NPL']);
  const since = 'Visit\nCOLOMBO, Feb 5 (Agency) – Mr Modi, the first foreign leader to visit Sri Lanka since the November elections, was received by President Anura Kumara Dissanayake on Saturday.';
  assert.equal(ex(since, '2025-02-05').engagements.length, 1);
  const history = 'Ties\nCOLOMBO, Feb 5 (Agency) – Relations improved when the two leaders met in Delhi.';
  assert.equal(ex(history, '2025-02-05').engagements.length, 0);
});

test('"A and B were also present" joins them to the meeting; "including Hindus, and called for ..., Misri said" does not join the speaker', () => {
  const text = 'Talks\nBANGKOK, April 5 (Agency) – Chief Adviser Muhammad Yunus met Indian Prime Minister Narendra Modi on Friday. Indian External Affairs Minister S Jaishankar and National Security Adviser Ajit Doval were also present.\n'
    + 'Modi voiced concern over the safety of minorities, including Hindus, and called for strict border controls, Indian Foreign Secretary Vikram Misri said.';
  const r = ex(text, '2025-04-05').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => p.name).sort(), ['Ajit Doval', 'Muhammad Yunus', 'Narendra Modi', 'S Jaishankar']);
});

test('what was said on another trip ("remarks he made during his visit to China, where he met Xi on March 28") is no meeting of the story; nor is "the first neighbour he visits"', () => {
  const remarks = 'Ties\nDHAKA, April 5 (Agency) – Ties came under strain last week over remarks Muhammad Yunus made during his visit to China, where he met President Xi Jinping on March 28.';
  assert.equal(ex(remarks, '2025-04-05').engagements.length, 0);
  const first = 'Trip\nKATHMANDU, Nov 30 (Agency) – Prime Minister KP Sharma Oli will fly to Beijing on Monday, making China the first neighbour he visits since returning to office.';
  assert.equal(ex(first, '2024-11-30').engagements.length, 0);
  const later = 'Trip\nKATHMANDU, Nov 30 (Agency) – Oli met Narendra Modi in New York in September. Later that week, also in New York, Oli met Chinese Foreign Minister Wang Yi.';
  assert.equal(ex(later, '2024-11-30').engagements.length, 0);
});

test('"was agreed upon at the meeting of A and B in Moscow on Wednesday" reports the meeting, "a number of provinces" notwithstanding; "a number of meetings" sums up several', () => {
  const text = 'Troops\nYEREVAN, May 9 (Agency) – The withdrawal of Russian border guards from a number of provinces of Armenia was agreed upon at the meeting of Prime Minister Nikol Pashinyan and President Vladimir Putin in Moscow on Wednesday.';
  assert.deepEqual(ex(text, '2024-05-09').engagements.map((e) => `${e.date} ${e.location.place}`), ['2024-05-08 Moscow']);
});

test('the officials list dates a president-elect: "Donald Trump" in November 2024', () => {
  assert.ok(people('Calls\nWASHINGTON, Nov 7 (Agency) – Foreign leaders called Donald Trump on Wednesday.', '2024-11-07').includes('Donald Trump|President-elect|USA'));
});

test('an official the text gives no country, met by a visitor in the city the lead sets the talks in, is of that city\'s country, though the lead names a later stop too', () => {
  const text = 'Visit\nADDIS ABABA, Oct 4 (Agency) – Prime Minister Abiy Ahmed of Ethiopia on Friday held talks in Mogadishu, stopping on his way to a summit in Nairobi. '
    + 'He then held a closed-door meeting with the transitional council, led by its President, Abdirahman Abdishakur.';
  const r = ex(text, '2024-10-04').engagements;
  assert.deepEqual(r.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')), ['Abdirahman Abdishakur|SOM + Abiy Ahmed|ETH']);
});

test('"had spoken separately with A and B", then "during the call": two phone calls; "followed up on Sunday with separate calls to X and to Y": a call with each; "are due in Malaysia on Monday" dates none of them', () => {
  const text = 'Calls\nKUALA LUMPUR, May 12 (Agency) – The foreign ministers of India and Pakistan are due in Kuala Lumpur on Monday for talks, after a weekend of telephone diplomacy.\n'
    + 'British Prime Minister Keir Starmer said he had spoken separately with Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif. Sharif said that during the call he had asked Britain to help keep the truce.\n'
    + 'British Foreign Secretary David Lammy followed up on Sunday with separate calls to Indian External Affairs Minister Subrahmanyam Jaishankar and to Pakistani Foreign Minister Ishaq Dar.';
  const r = ex(text, '2025-05-12').engagements;
  assert.deepEqual(r.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), [
    'phone_call null GBR+IND', 'phone_call null GBR+PAK', 'phone_call 2025-05-11 GBR+IND', 'phone_call 2025-05-11 GBR+PAK',
  ]);
});

test('no meeting in: "met NATO\'s guideline of spending 2%", "the day after he and X met in Brussels", "would meet ..., with talks between the two delegations", "seeking to arrange a first meeting between A and B", "in April this year" told in May', () => {
  const cases: [string, string][] = [
    ['Appointment\nBRUSSELS, June 26 (Agency) – Under his leadership the Netherlands this year met NATO\'s guideline of spending 2% of GDP on defence, Secretary General Jens Stoltenberg said.', '2024-06-26'],
    ['Support\nBRUSSELS, June 26 (Agency) – Slovak Prime Minister Robert Fico announced his support on 18 June, the day after he and Dutch Prime Minister Mark Rutte met in Brussels.', '2024-06-26'],
    ['Summit\nSEOUL, Sept 12 (Agency) – A Kremlin spokesman said on Tuesday that President Vladimir Putin and Kim Jong Un would meet in Vladivostok, with talks between the two delegations followed by a dinner.', '2023-09-12'],
    ['Minister\nBUENOS AIRES, Oct 31 (Agency) – The government is seeking to arrange a first meeting between President Javier Milei and Chinese President Xi Jinping in Rio de Janeiro.', '2024-10-31'],
    ['Ties\nMOSCOW, May 14 (Agency) – In April this year Chinese President Xi Jinping received Russian Foreign Minister Sergey Lavrov in Beijing.', '2024-05-14'],
  ];
  for (const [text, published] of cases) assert.deepEqual(ex(text, published).engagements.map((e) => e.evidence), [], text);
  // Still one: a meeting told with its day in the month of publication.
  assert.equal(ex('Ties\nMOSCOW, May 14 (Agency) – On May 13 Chinese President Xi Jinping received Russian Foreign Minister Sergey Lavrov in Beijing.', '2024-05-14').engagements.length, 1);
});

test('"met on Tuesday with A, B and C on the sidelines" is a meeting with each; a trilateral with all three is one', () => {
  const each = 'Sidelines\nNEW DELHI, Sept 10 (Agency) – Prime Minister Narendra Modi met on Saturday with British Prime Minister Rishi Sunak, Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni on the sidelines of the G20 summit.';
  assert.deepEqual(ex(each, '2023-09-10').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['GBR+IND', 'IND+JPN', 'IND+ITA']);
  const together = 'Sidelines\nNEW DELHI, Sept 10 (Agency) – Prime Minister Narendra Modi met on Saturday with British Prime Minister Rishi Sunak, Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni for a trilateral session together.';
  assert.equal(ex(together, '2023-09-10').engagements.length, 1);
});

test('"Several foreign leaders telephoned X": each paragraph a new caller opens ("Kazakh President Tokayev congratulated his Azerbaijani counterpart") is one of those calls; "the OSCE Minsk Group" names no side', () => {
  const text = 'Calls\nBAKU, Aug 11 (Agency) – Several foreign leaders telephoned President Ilham Aliyev over the weekend after the signing in Washington.\n'
    + 'On Saturday, Aliyev spoke with Turkish President Recep Tayyip Erdogan. They welcomed the call to dissolve the OSCE Minsk Group.\n'
    + 'Kazakh President Kassym-Jomart Tokayev warmly congratulated his Azerbaijani counterpart on the declaration, which he said served the interests of Azerbaijan and Armenia.\n'
    + 'Georgian Prime Minister Irakli Kobakhidze congratulated Aliyev and wished the peace process success.';
  const r = ex(text, '2025-08-11').engagements;
  assert.deepEqual(r.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), ['phone_call AZE+TUR', 'phone_call AZE+KAZ', 'phone_call AZE+GEO']);
});

test('"reaffirmed, in talks with X at the White House": the talks; "Y attended the talks" and "Z also took part" join them; "Crown Prince Al Hussein bin Abdullah II" keeps its "Al"', () => {
  const text = 'Talks\nAmman, April 12 (Agency) -- King Abdullah II reaffirmed, in talks with US President Joe Biden at the White House in Washington on Friday, the need for a ceasefire.\n'
    + 'Crown Prince Al Hussein bin Abdullah II attended the talks. US Secretary of State Antony Blinken also took part.';
  const r = ex(text, '2024-04-13').engagements;
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].participants.map((p) => `${p.name}|${p.country}`).sort(), ['Al Hussein bin Abdullah II|JOR', 'Antony Blinken|USA', 'Abdullah II|JOR', 'Joe Biden|USA'].sort());
});

test('"opened on Sunday with five hours of talks between A and his counterpart, State Councilor and Foreign Minister Q": talks held with Q; "received by X on Monday, a few hours after a separate round of talks with W": two meetings', () => {
  const text = 'Visit\nBEIJING, June 20 (Agency) – U.S. Secretary of State Antony Blinken was received by Chinese President Xi Jinping on Monday, a few hours after a separate round of talks with the top foreign policy official, Wang Yi.\n'
    + 'The visit had opened on Sunday with more than five hours of talks between Blinken and his Chinese counterpart, State Councilor and Foreign Minister Qin Gang.';
  const r = ex(text, '2023-06-20').engagements;
  assert.deepEqual(r.map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join('+')}`).sort(), [
    '2023-06-18 Antony Blinken+Qin Gang', '2023-06-19 Antony Blinken+Wang Yi', '2023-06-19 Antony Blinken+Xi Jinping',
  ]);
});

test('"Senior U.S. and Russian officials agreed ..., in the first talks between the two governments": a meeting of those two countries', () => {
  const text = 'Talks\nLONDON, Feb 19 (Agency) – Senior U.S. and Russian officials agreed in Riyadh on Tuesday to restore embassy staffing, in the first substantial talks between the two governments in three years.';
  assert.deepEqual(ex(text, '2025-02-19').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2025-02-18 RUS+USA']);
});

test('no signing in "a sign of Britain\'s support"; no support in "agreed to take back its nationals" or "a Washington-backed project"', () => {
  const text = 'Talks\nLONDON, March 2 (Agency) – Prime Minister Keir Starmer met President Volodymyr Zelensky in London on Saturday in what he called a sign of Britain\'s steadfast friendship. '
    + 'Zelensky agreed to take back its nationals held abroad and praised a Washington-backed project.';
  const outs = ex(text, '2025-03-02').engagements.flatMap((e) => e.outcomes.map((o) => o.kind));
  assert.ok(!outs.includes('signing') && !outs.includes('support'), outs.join(','));
});

test('"also meets Putin and Iran\'s Pezeshkian" and a subhead "Talks with Putin, Pezeshkian": one meeting with each; "holding talks with A before being received by B": two meetings', () => {
  const subhead = 'Modi meets Xi\nPrime Minister also meets Putin and Iran\'s Pezeshkian on the sidelines\nKAZAN, Oct 23 (Agency) – Prime Minister Narendra Modi and Chinese President Xi Jinping held a bilateral meeting in Kazan on Wednesday.\n'
    + 'Talks with Putin, Pezeshkian\nOn Tuesday Modi held talks with Russian President Vladimir Putin. Later that day, the Prime Minister met Iranian President Masoud Pezeshkian.';
  assert.deepEqual(ex(subhead, '2024-10-24').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), [
    '2024-10-23 CHN+IND', '2024-10-22 IND+RUS', '2024-10-22 IND+IRN',
  ]);
  const before = 'Visit\nASTANA – Turkish Foreign Minister Hakan Fidan paid an official visit to Kazakhstan on Monday, holding talks with Foreign Minister Murat Nurtleu before being received by President Kassym-Jomart Tokayev.';
  assert.deepEqual(ex(before, '2023-09-12').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), [
    'Hakan Fidan+Murat Nurtleu', 'Hakan Fidan+Kassym-Jomart Tokayev',
  ]);
});

test('none of these is a meeting: "will hold talks ..., before the three leaders sit down together", "called on President Putin to end it", "shuts door on talks with Japan", "In recent years Astana has received the leaders of A and B", a welcome at the airport', () => {
  const cases: [string, string][] = [
    ['Summit\nSEOUL, May 25 (Agency) – President Yoon Suk Yeol will hold talks with Chinese Premier Li Qiang on Sunday, before the leaders of the three countries sit down together on Monday.', '2024-05-25'],
    ['Call\nBERLIN, Nov 15 (Agency) – The Chancellor condemned the war and called on President Vladimir Putin to end it and withdraw his troops.', '2024-11-15'],
    ['North Korea shuts door on talks with Japan\nSEOUL, March 26 (Agency) – Pyongyang said Prime Minister Fumio Kishida had sought a summit.', '2024-03-26'],
    ['Africa\nASTANA, June 3 (Agency) – In recent years Astana has received the leaders of Togo and Rwanda, as well as several foreign ministers.', '2025-06-03'],
    ['Arrival\nASTANA, Nov 1 (Agency) – French President Emmanuel Macron was met at Astana International Airport by Prime Minister Alikhan Smailov on Wednesday.', '2023-11-01'],
  ];
  for (const [text, published] of cases) assert.deepEqual(ex(text, published).engagements.map((e) => e.evidence), [], text);
});

test('in a story datelined in a capital, a bare "the Head of State" is that country\'s leader, however often a guest was named', () => {
  const text = 'Summit\nASTANA, Oct 13 (Agency) – President Kassym-Jomart Tokayev held talks with Turkish President Recep Tayyip Erdogan on Wednesday. '
    + 'Erdogan praised the summit. Erdogan also thanked the hosts. Also on Wednesday, the Head of State received the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.';
  assert.deepEqual(ex(text, '2022-10-13').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['KAZ+TUR', 'KAZ+QAT']);
});

test('no meeting in "Nor did Modi hold talks with X", "have held no defence talks", "A meeting between X and Y ... was cancelled", "he had spoken several times by phone with"', () => {
  const cases: [string, string][] = [
    ['Forum\nSINGAPORE, June 1 (Agency) – Washington and Beijing have held no defence talks at ministerial level since January.', '2025-06-01'],
    ['G20\nBALI, Nov 17 (Agency) – A meeting between Chinese President Xi Jinping and British Prime Minister Rishi Sunak, confirmed only on Tuesday, was cancelled on Wednesday.', '2022-11-17'],
    ['Call\nNEW DELHI, April 12 (Agency) – Prime Minister Narendra Modi said he had spoken several times by phone with Russian President Vladimir Putin.', '2022-04-12'],
  ];
  for (const [text, published] of cases) assert.deepEqual(ex(text, published).engagements.map((e) => e.evidence), [], text);
  const nor = 'Summit\nNEW DELHI, Sept 17 (Agency) – Prime Minister Narendra Modi met Uzbek President Shavkat Mirziyoyev in Samarkand on Friday. Nor did Modi hold talks with Pakistani Prime Minister Shehbaz Sharif.';
  assert.deepEqual(ex(nor, '2022-09-17').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+UZB']);
});

test('"KAZAN" alone on its line is a dateline; "A and B on Wednesday (October 23, 2024) endorsed ..." is their meeting; a place the story gives only for a meeting five years back is not this one\'s', () => {
  const text = 'Modi, Xi endorse patrolling pact\nKAZAN\nPrime Minister Narendra Modi and Chinese President Xi Jinping on Wednesday (October 23, 2024) endorsed the understanding on patrolling along the border.\n'
    + 'The talks, held on the margins of the BRICS summit in this Russian city, lasted about 50 minutes.\n'
    + 'The last formal meeting between the two leaders was the informal summit at Mamallapuram in October 2019.';
  assert.deepEqual(ex(text, '2024-10-24').engagements.map((e) => `${e.date} ${e.location.place} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2024-10-23 Kazan CHN+IND']);
});

test('"received, in separate meetings, A, President of X; B, Prime Minister of Y; and C" is one meeting with each', () => {
  const text = 'Meetings\nABU DHABI, 14th January, 2025 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan today received, in separate meetings, H.E. Paul Kagame, President of the Republic of Rwanda; H.E. Anwar Ibrahim, Prime Minister of Malaysia; and H.E. Petteri Orpo, Prime Minister of the Republic of Finland.';
  assert.deepEqual(ex(text, '2025-01-14').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['ARE+RWA', 'ARE+MYS', 'ARE+FIN']);
});

test('no engagement of its own in: a ceremony joined "by video link" after talks, "Via videoconference, the two presidents then opened the checkpoints", a greeting at the station, "Also in April" told in June', () => {
  const video = 'Visit\nNAKHCHIVAN, Sept 25 (Agency) – President Recep Tayyip Erdogan held talks with President Ilham Aliyev in Nakhchivan on Monday. After the talks, Erdogan and Aliyev joined by video link the groundbreaking ceremony of a gas pipeline.';
  assert.deepEqual(ex(video, '2023-09-25').engagements.map((e) => e.kind === 'video_call'), [false]);
  const opened = 'Visit\nBISHKEK, March 13 (Agency) – President Sadyr Japarov held talks with President Emomali Rahmon in Bishkek on Thursday. Via videoconference, the two presidents then opened two road checkpoints.';
  assert.equal(ex(opened, '2025-03-13').engagements.length, 1);
  const station = 'Visit\nKYIV, Jan 16 (Agency) – Prime Minister Keir Starmer held talks with President Volodymyr Zelenskyy in Kyiv on Thursday. He had been greeted at the station by Ukraine\'s Ambassador to the UK, Valerii Zaluzhnyi.';
  assert.equal(ex(station, '2025-01-16').engagements.length, 1);
  const april = 'Speech\nSINGAPORE, June 1 (Agency) – Also in April, President Ferdinand Marcos Jr joined US President Joe Biden and Japanese Prime Minister Fumio Kishida in Washington for the first trilateral summit of the three countries.';
  assert.equal(ex(april, '2024-06-01').engagements.length, 0);
});

test('a summit day told one meeting at a time: "With his host, President X, Modi focused on ...", "In a shorter meeting with Y, the two leaders ...", "With Z, who was accompanied by ..., Putin went over ..."', () => {
  const text = 'Sidelines\nSAMARKAND, Sept 16 (Agency) – Prime Minister Narendra Modi met Russian President Vladimir Putin on Friday.\n'
    + 'With his host, President Shavkat Mirziyoyev, Modi focused on trade and connectivity.\n'
    + 'In a shorter meeting with Turkish President Recep Tayyip Erdogan, the two leaders noted the growth in trade.';
  assert.deepEqual(ex(text, '2022-09-16').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+RUS', 'IND+UZB', 'IND+TUR']);
  const arce = 'Kazan\nMOSCOW, Oct 24 (Agency) – President Vladimir Putin met UN Secretary-General Antonio Guterres in Kazan on Thursday.\n'
    + 'With Bolivian President Luis Arce, who was accompanied by Foreign Minister Celinda Sosa, Putin went over cooperation in energy.';
  // The foreign minister who came with him is one of the meeting's people too.
  assert.deepEqual(ex(arce, '2024-10-24').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['RUS+UN', 'BOL+BOL+RUS']);
});

test('"the Georgian PM" is the prime minister named before; a relative clause after a meeting\'s people tells of someone else ("exchange with Biden, who had met Xi the day before")', () => {
  const pm = 'Visit\nBAKU, March 16 (Agency) – Prime Minister Irakli Kobakhidze of Georgia met President Ilham Aliyev in Baku on Saturday. The Georgian PM also held talks with his Azerbaijani counterpart Ali Asadov.';
  assert.deepEqual(ex(pm, '2024-03-16').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Ilham Aliyev+Irakli Kobakhidze', 'Ali Asadov+Irakli Kobakhidze']);
  const rel = 'APEC\nTOKYO, Nov 17 (Agency) – On Thursday Prime Minister Fumio Kishida had a 15-minute exchange with U.S. President Joe Biden, who had met Xi Jinping for four hours the day before.';
  assert.ok(ex(rel, '2023-11-17').engagements.some((e) => e.participants.map((p) => p.country).sort().join('+') === 'JPN+USA'));
  assert.ok(!ex(rel, '2023-11-17').engagements.some((e) => e.participants.some((p) => p.country === 'CHN') && e.participants.some((p) => p.country === 'JPN')));
});

test('a relative clause dates the talks told in it ("X, who was in China last month ... and held talks with Wang, is due to fly"); "is expected to hold ..., including talks with A and B" plans them', () => {
  const rel = 'Visit\nNEW DELHI, Aug 20 (Agency) – External Affairs Minister Subrahmanyam Jaishankar, who was in China last month for a meeting of SCO ministers and held talks with Wang Yi in Beijing, is due to fly to Moscow on Thursday.';
  assert.equal(ex(rel, '2025-08-20').engagements.length, 0);
  const incl = 'G20\nNEW DELHI, Sept 9 (Agency) – Prime Minister Narendra Modi is expected to hold more than 15 bilateral meetings over the three days, including talks with British Prime Minister Rishi Sunak and Japanese Prime Minister Fumio Kishida.';
  assert.equal(ex(incl, '2023-09-09').engagements.length, 0);
});

test('"The Saudi and Iranian delegations held talks in Beijing": the two countries whose delegations met', () => {
  const text = 'Talks\nBEIJING, March 11 (Agency) – The Saudi and Iranian delegations held talks in Beijing on Friday and agreed to resume diplomatic relations.';
  assert.deepEqual(ex(text, '2023-03-11').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IRN+SAU']);
});

test('"Pezeshkian also received the IAEA chief" meets the organisation; a national agency\'s official who "held a meeting with the Russian leader" is of the dateline\'s country', () => {
  const iaea = 'Visit\nDUBAI, Nov 15 (Agency) – IAEA Director General Rafael Grossi held talks with Foreign Minister Abbas Araghchi in Tehran on Thursday. President Masoud Pezeshkian also received the IAEA chief on Thursday.';
  assert.deepEqual(ex(iaea, '2024-11-15').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['IAEA+IRN', 'IAEA+IRN']);
  const vna = 'Visit\nHanoi (VNA) – State President To Lam held talks with Russian President Vladimir Putin at the Presidential Palace on June 20.\n'
    + 'Chairman of the National Assembly Tran Thanh Man also held a meeting with the Russian leader on June 20.';
  assert.deepEqual(ex(vna, '2024-06-21').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')), [
    'To Lam|VNM + Vladimir Putin|RUS', 'Tran Thanh Man|VNM + Vladimir Putin|RUS',
  ]);
});

test('"spent Tuesday on the telephone with leaders": each section\'s "A and B wished each other", "In his call with X", "Speaking to Y, ...", "his conversation with Z" is one of the calls; "spent about an hour on the phone with X" is a call', () => {
  const text = 'Greetings\nANKARA, April 10 (Agency) – President Recep Tayyip Erdogan spent Tuesday on the telephone with leaders of Muslim countries, exchanging holiday greetings.\n'
    + 'Azerbaijan\nErdogan and Azerbaijani President Ilham Aliyev wished each other a happy holiday.\n'
    + 'Uzbekistan\nIn his call with Uzbek President Shavkat Mirziyoyev, the two leaders discussed bilateral ties.\n'
    + 'Pakistan\nSpeaking to Pakistani Prime Minister Shehbaz Sharif, Erdogan offered his condolences.\n'
    + 'Oman\nTrade dominated Erdogan\'s conversation with Sultan Haitham bin Tariq of Oman.';
  assert.deepEqual(ex(text, '2024-04-10').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), [
    'phone_call AZE+TUR', 'phone_call TUR+UZB', 'phone_call PAK+TUR', 'phone_call OMN+TUR',
  ]);
  const hour = 'Call\nWASHINGTON, March 20 (Agency) – On Wednesday, President Donald Trump spent about an hour on the phone with Ukrainian President Volodymyr Zelensky.';
  assert.deepEqual(ex(hour, '2025-03-20').engagements.map((e) => e.kind), ['phone_call']);
});

test('"Afterwards X met the outgoing Premier, Y, and the two spoke to reporters": a meeting with Y, not more of the one with the president', () => {
  const text = 'Visit\nBERLIN, Nov 4 (Agency) – Chancellor Olaf Scholz held talks with President Xi Jinping in Beijing on Friday.\n'
    + 'Afterwards Scholz met the outgoing Premier, Li Keqiang, and the two spoke to reporters together.';
  assert.deepEqual(ex(text, '2022-11-05').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Olaf Scholz+Xi Jinping', 'Li Keqiang+Olaf Scholz']);
});

test('"took a stream of condolence calls on Monday from world leaders, among them A, B and C": a call with each, not a courtesy call', () => {
  const text = 'Calls\nANKARA, Feb 7 (Agency) – Turkish President Recep Tayyip Erdogan took a stream of condolence calls on Monday from world leaders, among them U.S. President Joe Biden, Russian President Vladimir Putin and Greek Prime Minister Kyriakos Mitsotakis.';
  assert.deepEqual(ex(text, '2023-02-07').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), [
    'phone_call TUR+USA', 'phone_call RUS+TUR', 'phone_call GRC+TUR',
  ]);
});

test('"A quadrilateral meeting of President of X A, Prime Minister of Y B, ... took place" is their meeting; "was welcomed by his brother and counterpart, President Z" is a reception', () => {
  const four = 'Prague\nPrague, October 7, AZERTAC. A quadrilateral meeting of President of the Republic of Azerbaijan Ilham Aliyev, Prime Minister of Armenia Nikol Pashinyan, President of France Emmanuel Macron and President of the European Council Charles Michel took place in Prague on October 6.';
  assert.deepEqual(ex(four, '2022-10-07').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['ARM+AZE+EU+FRA']);
  const welcome = 'Visit\nDakar, 19 April 2024 – The President of Senegal, Bassirou Diomaye Faye, paid a working visit to Mauritania on Thursday. On his arrival in Nouakchott, he was welcomed by his brother and counterpart, President Mohamed Ould Cheikh El Ghazouani.';
  assert.deepEqual(ex(welcome, '2024-04-19').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['MRT+SEN']);
});

test('"is on an official visit to X at the invitation of Foreign Minister Y" meets Y; not an arrival at the invitation, nor "a state visit from 8 to 12 January at the invitation of"', () => {
  const visit = 'Ljubljana\nLjubljana, 3 May 2024 – Foreign Minister Tanja Fajon of Slovenia is today on an official visit to the Kingdom of Morocco at the invitation of the Moroccan Minister of Foreign Affairs, Nasser Bourita.';
  assert.deepEqual(ex(visit, '2024-05-03').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Nasser Bourita+Tanja Fajon']);
  const arrival = 'Astana\nASTANA, June 3 (Agency) – Chinese President Xi Jinping arrived in Astana on Monday at the invitation of Kazakh President Kassym-Jomart Tokayev.';
  assert.deepEqual(ex(arrival, '2025-06-03').engagements, []);
  const span = 'Beijing\nBEIJING, Jan 9 (Agency) – Maldivian President Mohamed Muizzu, who is on a state visit to China from 8 to 12 January at the invitation of Premier Li Qiang of China, toured a tech park on Tuesday.';
  assert.deepEqual(ex(span, '2024-01-09').engagements, []);
});

test('"the two leaders held talks" several sentences after the pair was last named, a recalled predecessor between: the pair; "The leaders signed ..." does not reach that far back', () => {
  const text = 'Tokyo summit\nTOKYO — Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol ate omurice in Ginza on Friday evening.\n'
    + 'Yoon is the first South Korean leader to come on a bilateral visit in twelve years.\n'
    + 'The previous one, Lee Myung-bak, came in 2011.\n'
    + 'Relations then soured over wartime labour.\n'
    + 'Export controls followed in 2019.\n'
    + 'Earlier on Friday, the two leaders held talks at the prime minister\'s office.';
  const r = ex(text, '2023-03-18');
  assert.ok(r.engagements.some((e) => e.participants.map((p) => p.name).sort().join('+') === 'Fumio Kishida+Yoon Suk Yeol'));
  assert.ok(!r.engagements.some((e) => e.participants.some((p) => p.name === 'Lee Myung-bak')));
  const summit = 'Summit\nTIANJIN, Sept 1 (Agency) – The SCO summit opened on Monday.\nXi Jinping chaired the session.\nVladimir Putin spoke first.\nThe hall was full.\nLunch followed.\nPhotos were taken.\nThe leaders signed a declaration.';
  assert.deepEqual(ex(summit, '2025-09-01').engagements, []);
});

test('"met Biden, in their last meeting before the change of administration in Washington on January 20": neither that day nor that city is the meeting\'s; a lead on a summit, filed from "Rio de Janeiro, Brazil, November 19", places the meetings there', () => {
  const text = 'Mexico at the G20\nRio de Janeiro, Brazil, November 19, 2024 (Government of Mexico) – On the opening day of the G20 Leaders\' Summit on Monday, President Claudia Sheinbaum held bilateral meetings.\n'
    + 'Minutes later, she met President Joseph R. Biden of the United States, in what is expected to be their last meeting before the change of administration in Washington on January 20.';
  const e = ex(text, '2024-11-19').engagements.find((x) => x.participants.some((p) => p.country === 'USA'));
  assert.ok(e);
  assert.equal(e.date, '2024-11-18');
  assert.deepEqual(e.location, { place: 'Rio de Janeiro', country: 'BRA' });
  const plain = 'Talks\nWASHINGTON, Nov 19 (Agency) – President Joe Biden met Mexican President Claudia Sheinbaum in Washington on Monday before the start of the session.';
  const p = ex(plain, '2024-11-19').engagements[0];
  assert.equal(p.date, '2024-11-18');
  assert.equal(p.location?.place, 'Washington');
});

test('"at the weekend" and "over the weekend" leave the day unsaid; "on Saturday" in the same story does not', () => {
  const weekend = 'Envoy\nSTATE HOUSE, NAIROBI, Monday 27 January 2025\nPresident William Ruto at the weekend hosted Algeria\'s Minister of Communication, Mohamed Meziane, at State House, Nairobi.';
  assert.equal(ex(weekend, '2025-01-27').engagements[0]?.date, null);
  const calls = 'Calls\n16 May 2023\nPresident Cyril Ramaphosa has held telephone conversations with President Vladimir Putin of Russia over the weekend.';
  assert.equal(ex(calls, '2023-05-16').engagements[0]?.date, null);
  const day = 'Envoy\nSTATE HOUSE, NAIROBI, Monday 27 January 2025\nPresident William Ruto on Saturday hosted Algeria\'s Minister of Communication, Mohamed Meziane, at State House, Nairobi, at the end of a busy weekend.';
  assert.equal(ex(day, '2025-01-27').engagements[0]?.date, '2025-01-25');
});

test('"Attending the talks on the Saudi side were A and B. On the Ukrainian side were C and D": each listed member joins the talks, on the side listed', () => {
  const text = 'Jeddah talks\nJeddah, March 11, 2025, SPA -- Crown Prince Mohammed bin Salman received President Volodymyr Zelensky of Ukraine at Al-Salam Palace in Jeddah on Monday.\n'
    + 'The Crown Prince and President Zelensky then held official talks on the war.\n'
    + 'Attending the talks on the Saudi side was Prince Faisal bin Farhan, Minister of Foreign Affairs. On the Ukrainian side were Andriy Yermak, Head of the Office of the President, and Defence Minister Rustem Umerov.';
  const e = ex(text, '2025-03-11').engagements[0];
  assert.deepEqual(e.participants.map((p) => `${p.name}|${p.country}`).sort(), [
    'Andriy Yermak|UKR', 'Faisal bin Farhan Al Saud|SAU', 'Mohammed bin Salman|SAU', 'Rustem Umerov|UKR', 'Volodymyr Zelensky|UKR',
  ]);
});

test('"invited Xi to the summit in November during their phone conversation on Tuesday" is Tuesday\'s call; "has already held phone talks with A and B since taking office" sums up a term; "held a call on Monday" calls on no one', () => {
  const call = 'Call\nSEOUL, June 10 (Agency) -- President Lee Jae-myung invited Chinese President Xi Jinping to the APEC summit in Gyeongju in November during their first phone conversation on Tuesday, the presidential office said.';
  const e = ex(call, '2025-06-10').engagements;
  assert.deepEqual(e.map((x) => `${x.kind} ${x.date} ${x.participants.map((p) => p.country).sort().join('+')}`), ['phone_call 2025-06-10 CHN+KOR']);
  const term = 'Calls\nSEOUL, June 10 (Agency) -- Lee has already held phone talks with U.S. President Donald Trump and Japanese Prime Minister Shigeru Ishiba since taking office.';
  assert.deepEqual(ex(term, '2025-06-10').engagements, []);
  const first = 'Visit\nLONDON, Jan 16 (Agency) -- Prime Minister Keir Starmer met President Volodymyr Zelenskyy in Kyiv today, on his first visit to Ukraine since taking office last July.';
  assert.equal(ex(first, '2025-01-16').engagements.length, 1);
  const held = 'Crisis\nBRUSSELS, Aug 13 (Agency) -- Chancellor Friedrich Merz has invited President Donald Trump to a video conference on Wednesday, and EU foreign ministers held a call on Monday.';
  assert.deepEqual(ex(held, '2025-08-13').engagements, []);
});

test('"Anwar Gargash, Diplomatic Adviser to the President of the UAE, met Araghchi": an Emirati; "a letter from President Trump had been received during the meeting" brings no American to it', () => {
  const text = 'Tehran\nABU DHABI, 13th March, 2025 (WAM) -- Dr. Anwar bin Mohammed Gargash, Diplomatic Adviser to the President of the UAE, met on Wednesday in Tehran with Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran.\n'
    + 'The Iranian minister said that, besides the talks on bilateral matters, a letter from US President Donald Trump had been received during the meeting.';
  assert.deepEqual(ex(text, '2025-03-13').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')), [
    'Abbas Araghchi|IRN + Anwar bin Mohammed Gargash|ARE',
  ]);
});

test('"landed at Rzeszow airport and held talks with Duda" on the way back to Kyiv: talks in Rzeszow after the landing, no airport welcome; "visited Damascus on December 23, where he met al-Sharaa": in Damascus, with Syria\'s leader of that month', () => {
  const landed = 'Talks\nWARSAW, Dec 22 (Agency) – On his way back to Kyiv on Thursday, Ukrainian President Volodymyr Zelenskyy landed at Rzeszow airport in south-eastern Poland and held talks with Polish President Andrzej Duda.';
  const e = ex(landed, '2022-12-22').engagements;
  assert.deepEqual(e.map((x) => `${x.location?.place} ${x.participants.map((p) => p.country).sort().join('+')}`), ['Rzeszow POL+UKR']);
  const welcome = 'Visit\nASTANA, June 3 (Agency) – Chinese President Xi Jinping landed in Astana on Monday and was met at the airport by Kazakh Prime Minister Olzhas Bektenov.';
  assert.ok(!ex(welcome, '2024-06-04').engagements.some((x) => x.participants.some((p) => p.name === 'Olzhas Bektenov')));
  const visited = 'Damascus\nAMMAN, Dec 24 (Agency) – Foreign Minister Ayman Safadi of Jordan visited Damascus on December 23, where he met Ahmed al-Sharaa.';
  const v = ex(visited, '2024-12-24').engagements[0];
  assert.equal(v.location?.place, 'Damascus');
  assert.ok(v.participants.some((p) => p.name === 'Ahmed al-Sharaa' && p.country === 'SYR'));
});

test('"The Deputy Prime Minister called on ..." in a release opened by "Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar" is Dar; "Mawlawi" is an honorific; a bare title no one was given stays no one', () => {
  const text = 'Kabul visit\nIslamabad, 19 April 2025\nDeputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar undertook a day-long visit to Kabul today at the invitation of the Acting Foreign Minister of Afghanistan, Mawlawi Amir Khan Muttaqi.\n'
    + 'The Deputy Prime Minister called on the Acting Prime Minister of Afghanistan, Mullah Mohammad Hassan Akhund.\n'
    + 'The Deputy Prime Minister/Foreign Minister then held delegation-level talks with Acting Foreign Minister Muttaqi.';
  const r = ex(text, '2025-04-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')), [
    'Mohammad Hassan Akhund + Mohammad Ishaq Dar', 'Amir Khan Muttaqi + Mohammad Ishaq Dar',
  ]);
  const none = 'Kabul\nIslamabad, 19 April 2025\nThe Deputy Prime Minister called on the Acting Prime Minister of Afghanistan, Mullah Mohammad Hassan Akhund.';
  assert.deepEqual(ex(none, '2025-04-19').engagements, []);
});

test('"went straight to the Elysee Palace for a working dinner with Macron" is a meeting; "will travel to Paris for a dinner with Macron" is not yet', () => {
  const done = 'Paris\nPARIS, May 15 (Agency) – On Sunday evening, Ukrainian President Volodymyr Zelenskyy landed outside Paris and went straight to the Elysee Palace for a working dinner with French President Emmanuel Macron.';
  assert.deepEqual(ex(done, '2023-05-15').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2023-05-14 FRA+UKR']);
  const plan = 'Paris\nKYIV, May 13 (Agency) – Ukrainian President Volodymyr Zelenskyy will travel to Paris for a dinner with French President Emmanuel Macron.';
  assert.deepEqual(ex(plan, '2023-05-13').engagements, []);
});

test('"arrived in Japan on Tuesday ahead of a summit with Ishiba" and "ahead of formal talks between the delegations" tell of what is still to come; "arrived in Tokyo and held talks with Ishiba" does not', () => {
  const arrival = 'Summit\nTOKYO, July 22 (Agency) – European Council President António Costa and European Commission President Ursula von der Leyen arrived in Japan on Tuesday ahead of a summit with Prime Minister Shigeru Ishiba on Wednesday.';
  assert.deepEqual(ex(arrival, '2025-07-22').engagements, []);
  const ahead = 'Alaska\nMOSCOW, Aug 11 (Agency) – Kremlin aide Yuri Ushakov said President Vladimir Putin would meet President Donald Trump on Friday, ahead of formal talks between the delegations of Russia and the United States.';
  assert.deepEqual(ex(ahead, '2025-08-11').engagements, []);
  const held = 'Summit\nTOKYO, July 23 (Agency) – European Council President António Costa arrived in Tokyo on Tuesday and held talks with Prime Minister Shigeru Ishiba on Wednesday.';
  assert.equal(ex(held, '2025-07-23').engagements.length, 1);
});

test('"...; in June he represented Iran at the BRICS meeting in Nizhny Novgorod, where he held talks with Lavrov", told in August, is history; the same where-clause after "on Tuesday" is news', () => {
  const history = 'Tehran\nTEHRAN, Aug 22 (Agency) – Iranian Foreign Minister Ali Bagheri Kani has run the ministry since May; in June he represented Iran at the BRICS foreign ministers\' meeting in the Russian city of Nizhny Novgorod, where he held talks with Russian Foreign Minister Sergei Lavrov.';
  assert.deepEqual(ex(history, '2024-08-22').engagements, []);
  const news = 'Tehran\nTEHRAN, Aug 22 (Agency) – On Tuesday Iranian Foreign Minister Ali Bagheri Kani went to the BRICS foreign ministers\' meeting in the Russian city of Nizhny Novgorod, where he held talks with Russian Foreign Minister Sergei Lavrov.';
  assert.equal(ex(news, '2024-08-22').engagements.length, 1);
});

test('a readout that opens "The Prime Minister spoke to ..." and names its own leader only later gives him the call; a bare title no one holds stays no one', () => {
  const call = 'PM call with President Lula: 3 March 2024\nThe Prime Minister spoke to President Luiz Inácio Lula da Silva of Brazil this afternoon and congratulated him on the G20 presidency.\nRishi Sunak said the United Kingdom would back Brazil\'s work on climate finance.';
  const r = ex(call, '2024-03-03');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')}`),
    ['phone_call Luiz Inácio Lula da Silva/BRA + Rishi Sunak/GBR']);
  assert.deepEqual(r.engagements[0].outcomes.filter((o) => o.kind === 'congratulation').map((o) => `${o.by}>${o.to}`), ['GBR>BRA']);
  const nobody = 'Call with President Lula\nThe Prime Minister spoke to President Luiz Inácio Lula da Silva of Brazil this afternoon.';
  assert.deepEqual(ex(nobody, '2024-03-03').engagements, []);
  // The UK government's readout headline says whose Prime Minister it is.
  const uk = ex('PM call with President Lula: 3 March 2024\nThe Prime Minister spoke to President Luiz Inácio Lula da Silva of Brazil this afternoon.', '2024-03-03');
  assert.deepEqual(uk.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['BRA+GBR']);
});

test('"received in audience this Tuesday, March 5, 2024, at the Presidential Palace in Dakar, the Minister ..." and "granted an audience to" are receptions; "welcomed in audience the decision" is not', () => {
  const long = 'Audience\nDakar - The President of the Republic, His Excellency Macky Sall, received in audience this Tuesday, March 5, 2024, at the Presidential Palace in Dakar, the Foreign Minister of Portugal, Mr. João Gomes Cravinho.';
  assert.deepEqual(ex(long, '2024-03-05').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2024-03-05 PRT+SEN']);
  const granted = 'Audience\nOSLO, 12 June (Agency) – King Harald V of Norway on Wednesday granted an audience to President Alexander Stubb of Finland at the Royal Palace.';
  const audience = ex(granted, '2024-06-13').engagements;
  assert.deepEqual(audience.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2024-06-12 FIN+NOR']);
  // The audience granted is the meeting itself, not support given.
  assert.deepEqual(audience[0].outcomes, []);
  const thing = 'Audience\nOSLO, 12 June (Agency) – King Harald V of Norway on Wednesday welcomed the decision of President Alexander Stubb of Finland.';
  assert.deepEqual(ex(thing, '2024-06-13').engagements, []);
});

test('"At a joint press conference, the Head of State thanked the United States" and "The head of our state thanked the guest" are the leader\'s thanks', () => {
  const text = 'Audience\nAbidjan - The President of the Republic, His Excellency Alassane Ouattara, received US Secretary of State Antony Blinken on Tuesday.\nThe talks focused on security.\nAt a joint press conference, the Head of State thanked the United States for its help against terrorism.';
  assert.deepEqual(ex(text, '2024-01-23').engagements[0].outcomes.map((o) => `${o.kind} ${o.by}>${o.to}`), ['gratitude CIV>USA']);
  const ours = 'Talks\nAstana, 3 May 2024 - President Kassym-Jomart Tokayev received Chinese Foreign Minister Wang Yi.\nThe head of our state thanked the guest for the visit.';
  assert.deepEqual(ex(ours, '2024-05-03').engagements[0].outcomes.map((o) => `${o.kind} ${o.by}>${o.to}`), ['gratitude KAZ>CHN']);
});

test('"arrived on Thursday from Bali, where he held talks with Biden on Monday" is the stop before; "went on Thursday to Bali, where he held talks with Biden" is the news', () => {
  const before = 'Audience\nBANGKOK, 19 November 2022 (Agency) – King Maha Vajiralongkorn granted an audience to Chinese President Xi Jinping on Friday evening. '
    + 'Xi arrived on Thursday from Bali, Indonesia, where he attended the G20 summit and held talks with US President Joe Biden on Monday.';
  assert.deepEqual(ex(before, '2022-11-19').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2022-11-18 CHN+THA']);
  const news = 'Talks\nBEIJING, 15 November 2022 (Agency) – Chinese President Xi Jinping went on Monday to Bali, Indonesia, where he attended the G20 summit and held talks with US President Joe Biden.';
  assert.deepEqual(ex(news, '2022-11-15').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2022-11-14 CHN+USA']);
});

test('a roundup of two trips: "welcomed at the airport by his counterpart ... After a tête-à-tête, the two Heads of State held talks" is one visit; "had already met on April 2" is history; "received him at the airport before a tête-à-tête" is a meeting', () => {
  const text = 'First trips abroad\nDakar - President Bassirou Diomaye Faye has made in the space of three days his first two visits abroad.\nNouakchott\n'
    + 'On Thursday, the Head of State travelled to Nouakchott, where he was welcomed at the airport by his Mauritanian counterpart, President Mohamed Ould Cheikh El Ghazouani. '
    + 'After a tête-à-tête, the two Heads of State held talks in the presence of their delegations. The two men had already met on April 2 in Diamniadio.\nBanjul\n'
    + 'This Saturday, President Faye was in Banjul, where Gambian President Adama Barrow received him at the airport before a tête-à-tête at State House.';
  const r = ex(text, '2024-04-20');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.location?.place} ${e.participants.map((p) => p.country).sort().join('+')} [${e.topics.join(',')}]`),
    ['2024-04-18 Nouakchott MRT+SEN []', '2024-04-20 Banjul GMB+SEN []']);
  // "had already met" a week or less before is part of the same stay.
  const same = 'Visit\nTASHKENT, 8 May (Agency) – The President of Uzbekistan Shavkat Mirziyoyev held talks with European Council President António Costa on Thursday. '
    + 'The two had already met informally on Wednesday evening, after Costa\'s arrival.';
  assert.equal(ex(same, '2025-05-08').engagements.length, 1);
});

test('"Talks between the two Presidents", a subhead after the party leader who invited the guest was named, are the two presidents\' talks', () => {
  const text = 'State visit\nHanoi (VNA) – State President To Lam held talks with Russian President Vladimir Putin at the Presidential Palace on June 20. '
    + 'Putin is paying a state visit at the invitation of Party General Secretary Nguyen Phu Trong.\nThe visit marks 30 years of the friendship treaty.\n'
    + 'Talks between the two Presidents\nAt the talks, the two Presidents agreed to expand cooperation in energy.';
  const r = ex(text, '2024-06-20');
  assert.deepEqual(r.engagements.map((e) => `${e.participants.map((p) => p.name).sort().join(' + ')} [${e.topics.join(',')}]`), ['To Lam + Vladimir Putin [energy]']);
});

test('talks "in the works", talks "to be held tomorrow" and "would ... seek early talks" are plans; "held talks ..., seeking to restore trade" is news', () => {
  const plans = [
    'Lee to attend G20 summit; trilateral talks with Trump, Ishiba in the works',
    'Trips\nCANBERRA, 19 Dec (Agency) – Senator Wong travels to Beijing today for talks with Foreign Minister Wang Yi, to be held tomorrow.',
    'Press conference\nTOKYO, Oct 2 (Agency) – New Foreign Minister Takeshi Iwaya said he would keep the alliance at the heart of Japan\'s diplomacy and seek early talks with Chinese Foreign Minister Wang Yi.',
  ];
  for (const text of plans) assert.deepEqual(ex(text, '2024-10-02').engagements, [], text);
  const news = 'Talks\nBEIJING, Dec 21 (Agency) – Australian Foreign Minister Penny Wong held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, seeking to restore trade.';
  assert.equal(ex(news, '2022-12-21').engagements.length, 1);
});

test('on summit sidelines: "Shortly after landing at Calgary International Airport, Lee met Ramaphosa" is a meeting; "sat down with Albanese, with whom he had spoken by phone on June 12" keeps the day of the story; a meeting that "fell through" is none; "an invited guest" is no invitation', () => {
  const text = 'G7\nCALGARY, June 17 (Agency) -- South Korean President Lee Jae-myung is attending the G7 summit as an invited guest.\n'
    + 'Shortly after landing at Calgary International Airport on Monday, Lee met South African President Cyril Ramaphosa.\n'
    + 'Lee then sat down with Australian Prime Minister Anthony Albanese, with whom he had spoken by phone on June 12.\n'
    + 'A much-anticipated first meeting between Lee and U.S. President Donald Trump, however, fell through after Trump left the summit early.';
  const r = ex(text, '2025-06-17');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2025-06-16 KOR+ZAF', '2025-06-16 AUS+KOR']);
  assert.deepEqual(r.engagements.flatMap((e) => e.outcomes.map((o) => o.kind)), []);
  const welcome = 'Visit\nASTANA, June 17 (Agency) -- President Emmanuel Macron of France was met at Astana airport on Monday by Prime Minister Alikhan Smailov of Kazakhstan.';
  assert.deepEqual(ex(welcome, '2025-06-17').engagements, []);
});

test('"Sultan Ibrahim, King of Malaysia" and "Prime Minister Anwar Ibrahim" are two people; Istana Negara is in Kuala Lumpur; "landed at the airport and was greeted by" is still a welcome', () => {
  const text = 'Xi holds talks with Anwar\nKUALA LUMPUR, April 16 (Bernama) -- Chinese President Xi Jinping was received by His Majesty Sultan Ibrahim at Istana Negara today.\n'
    + 'In the afternoon, Prime Minister Anwar Ibrahim held talks with Xi in Putrajaya.';
  const r = ex(text, '2025-04-16');
  assert.deepEqual(r.engagements.map((e) => `${e.location?.place} ${e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')}`),
    ['Kuala Lumpur Sultan Ibrahim/MYS + Xi Jinping/CHN', 'Putrajaya Anwar Ibrahim/MYS + Xi Jinping/CHN']);
  const greeted = 'Arrival\nKUALA LUMPUR, April 16 (Bernama) -- Chinese President Xi Jinping landed at Kuala Lumpur International Airport yesterday and was greeted by Malaysian Foreign Minister Mohamad Hasan.';
  assert.deepEqual(ex(greeted, '2025-04-16').engagements, []);
});

test('"on the sidelines of the Contact Group meeting in the Ramstein format at NATO headquarters in Brussels" took place in Brussels, not Ramstein', () => {
  const text = 'Defence\nBRUSSELS, February 12 (Agency) – Ukrainian Defence Minister Rustem Umerov met US Secretary of Defense Pete Hegseth on Wednesday on the sidelines of the Contact Group meeting in the Ramstein format at NATO headquarters in Brussels.';
  assert.deepEqual(ex(text, '2025-02-12').engagements.map((e) => `${e.location?.place}/${e.location?.country}`), ['Brussels/BEL']);
});

test('a readout filed from the Élysée or from PARIS that names no leader of its own: "The President of the Republic received ..." is the officials list\'s President of France; a story naming its own leader keeps him', () => {
  for (const head of ['Élysée, 16 February 2024\n', 'PARIS, 16 February 2024 (Agency) – ']) {
    const text = `Signing\n${head}The President of the Republic received the President of Ukraine, Volodymyr Zelensky, at the Élysée Palace this Friday evening.`;
    assert.deepEqual(ex(text, '2024-02-16').engagements.map((e) => e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')),
      ['Emmanuel Macron/FRA + Volodymyr Zelensky/UKR'], head);
  }
  const named = 'Signing\nPARIS, 16 February 2024 (Agency) – French President Emmanuel Macron met Zelensky. The President of the Republic received the President of Ukraine, Volodymyr Zelensky, on Friday.';
  assert.deepEqual(ex(named, '2024-02-16').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')), ['Emmanuel Macron + Volodymyr Zelensky']);
});

test('a papal audience: "received in audience in the Vatican Apostolic Palace the President of ..., who subsequently met with Cardinal Pietro Parolin" is two meetings; "was received by the pontiff" is the Pope; "Mattarella received him early in the afternoon" is a reception', () => {
  const vatican = 'Pope Francis receives the President of Argentina\nPope Francis on Monday morning, 12 February, received in audience in the Vatican Apostolic Palace the President of the Argentine Republic, Javier Milei, who subsequently met with Cardinal Pietro Parolin, Secretary of State.';
  assert.deepEqual(ex(vatican, '2024-02-12').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join(' + ')}`),
    ['2024-02-12 Francis + Javier Milei', '2024-02-12 Javier Milei + Pietro Parolin']);
  const rome = 'Milei in Rome\nROME – Argentine President Javier Milei met Pope Francis on Monday.\nOn Monday morning Milei was received by the pontiff in a private audience at the Apostolic Palace.\n'
    + 'From the Vatican, Milei was driven to the Quirinale Palace, where Italian President Sergio Mattarella received him early in the afternoon.';
  assert.deepEqual(ex(rome, '2024-02-13').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.name).sort().join(' + ')}`),
    ['2024-02-12 Francis + Javier Milei', '2024-02-12 Javier Milei + Sergio Mattarella']);
});

test('a minister\'s own media release: "Today in Beijing I met ... Wang Yi" and "I thanked him" are the author\'s, named in the header as "Senator the Hon Penny Wong"; "I" inside a quotation is not', () => {
  const text = 'Australia-China Dialogue\nMedia release\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n21 December 2022\n'
    + 'Today in Beijing I met the State Councilor and Minister of Foreign Affairs of the People\'s Republic of China, Wang Yi. I thanked State Councilor Wang for his invitation.';
  const r = ex(text, '2022-12-21');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')), ['Penny Wong/AUS + Wang Yi/CHN']);
  assert.deepEqual(r.engagements[0].outcomes.map((o) => `${o.kind} ${o.by}>${o.to}`), ['gratitude AUS>CHN']);
  const quoted = 'Australia-China Dialogue\nMedia release\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n21 December 2022\n'
    + 'Ambassador Graham Fletcher told reporters: "Yesterday, I met Foreign Minister Wang Yi of China."';
  assert.ok(!ex(quoted, '2022-12-21').engagements.some((e) => e.participants.some((p) => p.name === 'Penny Wong')));
});

test('"was welcomed by PM Abiy, who then held bilateral talks with her" is one visit with its host', () => {
  const text = 'Visit\nADDIS ABABA – Italian Prime Minister Giorgia Meloni arrived in the capital on Friday and was welcomed by Ethiopian Prime Minister Abiy Ahmed, who then held bilateral talks with her at the National Palace.';
  assert.equal(ex(text, '2023-04-16').engagements.length, 1);
});

test('"After talks with Erdogan that lasted several hours, Putin told reporters" is their meeting (not a summary, not a reporter); "had called on Mongolia, a state party to the Rome Statute, to execute the warrant" is an appeal', () => {
  const text = 'Grain\nANKARA -- Turkish President Recep Tayyip Erdogan flew to Sochi on Monday.\nAfter talks with Erdogan that lasted several hours, Russian President Vladimir Putin told reporters that Russia would not return to the grain deal.';
  assert.deepEqual(ex(text, '2023-09-05').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2023-09-04 RUS+TUR']);
  const appeal = 'Visit\nULAANBAATAR, Sept 3 (Agency) – Ahead of the visit, Ukraine and several human rights organisations had called on Mongolia, a state party to the Rome Statute, to execute the warrant against Russian President Vladimir Putin.';
  assert.deepEqual(ex(appeal, '2024-09-03').engagements, []);
});

test('"President Tinubu and the President of the UAE, Sheikh Mohamed bin Zayed, on Monday reached an agreement in Abu Dhabi" tells that they met; "reached an agreement" by one side alone does not', () => {
  const met = 'Visa ban lifted\nPresident Bola Tinubu of Nigeria and the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, on Monday reached an agreement in Abu Dhabi that ends the visa ban.';
  assert.deepEqual(ex(met, '2023-09-12').engagements.map((e) => `${e.date} ${e.location?.place} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2023-09-11 Abu Dhabi ARE+NGA']);
  const alone = 'Visa ban\nThe President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, on Monday reached an agreement with airlines on flights to Nigeria.';
  assert.deepEqual(ex(alone, '2023-09-12').engagements, []);
});

test('"The meeting between Putin and Trump in Alaska will begin at 11:30" is a plan; "met again on the sidelines of the G7 summit in Kananaskis, Canada, in June", told in September, is history; the same in September is news', () => {
  const plan = 'Alaska\nMOSCOW, Aug 14 (Agency) – The meeting between Russian President Vladimir Putin and US President Donald Trump in Alaska will begin at around 11:30 a.m. local time, aide Yury Ushakov said.';
  assert.deepEqual(ex(plan, '2025-08-14').engagements, []);
  const history = 'Ishiba\nTOKYO, Sept 8 (Agency) – Japanese Prime Minister Shigeru Ishiba and US President Donald Trump met again on the sidelines of the Group of Seven summit in Kananaskis, Canada, in June, without reaching a deal.';
  assert.deepEqual(ex(history, '2025-09-08').engagements, []);
  const news = 'Ishiba\nTOKYO, Sept 8 (Agency) – Japanese Prime Minister Shigeru Ishiba and US President Donald Trump met on the sidelines of a summit in Kananaskis, Canada, in September.';
  assert.equal(ex(news, '2025-09-08').engagements.length, 1);
});

test('"Russia launched its full-scale invasion", "launched about 150 drones" and "initialed the agreed text" are no agreements; "launched a joint investment platform" is one', () => {
  const text = 'Talks\nOTTAWA, Sept 23 (Agency) – Canadian Prime Minister Justin Trudeau met Ukrainian President Volodymyr Zelensky in Ottawa on Friday. '
    + 'Overnight Russia launched about 150 drones at Ukraine. Trudeau recalled that Russia launched its full-scale invasion in February 2022. The two foreign ministers initialed the agreed text of the treaty.';
  const kinds = ex(text, '2023-09-23').engagements.flatMap((e) => e.outcomes.map((o) => o.kind));
  assert.ok(!kinds.includes('agreement'), kinds.join(','));
  const launch = 'Talks\nOTTAWA, Sept 23 (Agency) – Canadian Prime Minister Justin Trudeau met Ukrainian President Volodymyr Zelensky in Ottawa on Friday. The two leaders launched a joint investment platform.';
  assert.ok(ex(launch, '2023-09-23').engagements.flatMap((e) => e.outcomes.map((o) => o.kind)).includes('agreement'));
});

test('aid "provided to the coastal countries of the region since 2022" or "provided since the start of the war" is history, not support given at the meeting; new funding announced is', () => {
  const text = 'Audience\nAbidjan - President Alassane Ouattara of Côte d\'Ivoire received US Secretary of State Antony Blinken on Tuesday. '
    + 'Blinken announced new funding of 45 million dollars for the coastal states. This brings the assistance provided to the coastal countries of the region since 2022 to 300 million dollars.';
  assert.deepEqual(ex(text, '2024-01-23').engagements[0].outcomes.map((o) => `${o.kind} ${o.by} ${o.quantity?.value ?? ''}`), ['support USA 45000000']);
});

test('"Hon. Sitiveni Ligamamada Rabuka" is the officials list\'s Sitiveni Rabuka of Fiji; "H.E. Smt. Droupadi Murmu" is one name, not a sentence ending at "Smt."; "During that visit, he called on ..." after a visit told as past is history', () => {
  const text = 'PM calls on President of India\nSuva, 7th August 2024 – The Prime Minister, Hon. Sitiveni Ligamamada Rabuka, yesterday called on the President of the Republic of India, H.E. Smt. Droupadi Murmu, who is in Fiji on a State Visit.';
  assert.deepEqual(ex(text, '2024-08-07').engagements.map((e) => `${e.date} ${e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')}`),
    ['2024-08-06 Droupadi Murmu/IND + Sitiveni Ligamamada Rabuka/FJI']);
  const history = 'Visit\nTHIMPHU, March 20 (Agency) – Indian Prime Minister Narendra Modi will visit Bhutan on Friday. Prime Minister Tshering Tobgay of Bhutan paid an official visit to India in January. '
    + 'During that visit, he called on President Smt. Droupadi Murmu and held talks with Prime Minister Narendra Modi.';
  assert.deepEqual(ex(history, '2024-03-20').engagements, []);
});

test('"on the third leg of a Pacific tour that began in Honiara on Thursday, where he met Sogavare" is an earlier stop, not this story\'s meeting', () => {
  const text = 'Apia\nPrime Minister Fiame Naomi Mata\'afa of Samoa held talks with Chinese Foreign Minister Wang Yi in Apia on Saturday. '
    + 'Mr Wang flew in from Tarawa on the third leg of a Pacific tour that began in Honiara on Thursday, where he met Solomon Islands Prime Minister Manasseh Sogavare.';
  assert.deepEqual(ex(text, '2022-05-29').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['CHN+WSM']);
});

test('"paid a courtesy call on the Head of State, His Highness Tuimalealiifano Va\'aletoa Sualauvi II", in a story set in Apia, is a call on Samoa\'s head of state', () => {
  const text = 'Apia\nPrime Minister Fiame Naomi Mata\'afa of Samoa held talks with Chinese Foreign Minister Wang Yi in Apia on Saturday.\n'
    + 'Before leaving, Mr Wang paid a courtesy call on the Head of State, His Highness Tuimalealiifano Va\'aletoa Sualauvi II, at his residence.';
  assert.deepEqual(ex(text, '2022-05-29').engagements.map((e) => e.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')),
    ['Fiame Naomi Mata\'afa/WSM + Wang Yi/CHN', 'Tuimalealiifano Va\'aletoa Sualauvi II/WSM + Wang Yi/CHN']);
});

const sides = (text: string, published: string) => ex(text, published).engagements.map((e) => `${e.date} ${e.participants.map((p) => `${p.name}/${p.country ?? p.org}`).sort().join(' + ')}`);

test('"Raksha Mantri Shri Rajnath Singh" (India\'s defence ministry) is India\'s Defence Minister, and "Raksha Mantri met ..." is his meeting', () => {
  const text = 'Bilateral talks\nPosted On: 27 JUN 2025 by PIB Delhi\nRaksha Mantri Shri Rajnath Singh held bilateral talks in Qingdao, China on June 26, 2025. '
    + 'Earlier in the day, Raksha Mantri met the Defence Minister of the Russian Federation, Mr Andrey Belousov.';
  const e = ex(text, '2025-06-27');
  assert.ok(e.actors.some((a) => a.name === 'Rajnath Singh' && a.country === 'IND' && a.role === 'Defence Minister'), JSON.stringify(e.actors));
  assert.deepEqual(sides(text, '2025-06-27'), ['2025-06-26 Andrey Belousov/RUS + Rajnath Singh/IND']);
  // A bare "Mantri" or another minister's Hindi title is not read as this one.
  assert.ok(!ex('Talks\nThe Mantri met the delegation on Monday.', '2025-06-27').actors.some((a) => a.country === 'IND'));
});

test('"talks with his counterpart of the United States of America, Joseph Robinette Biden Jr." names the counterpart and his country; "his counterpart of Ghana" alone names no one', () => {
  const text = 'Talks\nLuanda, 04/12/2024 – The President of the Republic, João Lourenço, held yesterday, Tuesday, in Luanda, talks with his counterpart of the United States of America, Joseph Robinette Biden Jr., who is visiting Angola.';
  assert.deepEqual(sides(text, '2024-12-04'), ['2024-12-03 Joseph Robinette Biden Jr/USA + João Lourenço/AGO']);
  const none = 'Talks\nAccra – President Nana Akufo-Addo held talks on Tuesday with his counterpart of Ghana.';
  assert.ok(!ex(none, '2024-12-04').actors.some((a) => a.country === 'GHA' && a.name !== 'Nana Akufo-Addo'));
});

test('"A and B announced today after talks at Camp Aguinaldo" reports their talks; "after talks in Geneva collapsed" and talks merely named do not', () => {
  const text = 'Bases\nMANILA, Philippines — The two countries will add four sites, U.S. Secretary of Defense Lloyd J. Austin III and Philippine Secretary of National Defense Carlito Galvez Jr. announced today after talks at Camp Aguinaldo in Quezon City.';
  assert.deepEqual(sides(text, '2023-02-02').map((s) => s.split(' ')[0]), ['2023-02-02']);
  const collapsed = 'Talks\nThe plan fell apart, U.S. Secretary of Defense Lloyd J. Austin III said today after talks in Geneva collapsed last year.';
  assert.deepEqual(ex(collapsed, '2023-02-02').engagements, []);
  const named = 'Talks\nAustin announced today that talks at Camp Aguinaldo with Galvez will begin next week.';
  assert.deepEqual(ex(named, '2023-02-02').engagements, []);
});

test('"Earlier in the morning, Austin paid a courtesy call on Marcos" is on the day of the talks told before it; a bare "Earlier, ..." is not dated so', () => {
  const text = 'Bases\nMANILA — U.S. Secretary of Defense Lloyd J. Austin III held talks with Philippine Secretary of National Defense Carlito Galvez Jr. in Quezon City on Thursday.\n'
    + 'Earlier in the morning, Austin paid a courtesy call on President Ferdinand R. Marcos Jr. at Malacañang Palace in Manila.';
  assert.deepEqual(ex(text, '2023-02-03').engagements.map((e) => e.date), ['2023-02-02', '2023-02-02']);
  const earlier = 'Bases\nMANILA — U.S. Secretary of Defense Lloyd J. Austin III held talks with Philippine Secretary of National Defense Carlito Galvez Jr. in Quezon City on Thursday.\n'
    + 'Earlier, Austin paid a courtesy call on President Ferdinand R. Marcos Jr. at Malacañang Palace in Manila.';
  assert.deepEqual(ex(earlier, '2023-02-03').engagements.map((e) => e.date), ['2023-02-02', null]);
});

test('EU commissioners, trade and finance ministers and speakers of parliament come from the officials list: "Commissioner for Neighbourhood and Enlargement Olivér Várhelyi" is the EU\'s, "Minister of Commerce Wang Wentao" China\'s', () => {
  const eu = 'Conference\nBrussels – Montenegro met the EU at an intergovernmental conference on Tuesday. Prime Minister Milojko Spajić met Commissioner for Neighbourhood and Enlargement Olivér Várhelyi.';
  assert.ok(ex(eu, '2024-06-26').actors.some((a) => a.name === 'Olivér Várhelyi' && a.org === 'EU'));
  const trade = 'Talks\nMinister of Commerce Wang Wentao met US Secretary of Commerce Gina Raimondo in Washington on Thursday.';
  assert.deepEqual(sides(trade, '2023-05-27'), ['2023-05-25 Gina Raimondo/USA + Wang Wentao/CHN']);
  const speaker = 'Beijing\nVietnam\'s top legislator, National Assembly Chairman Vuong Dinh Hue, held talks with his counterpart Zhao Leji in Beijing on Monday.';
  assert.deepEqual(sides(speaker, '2024-04-10'), ['2024-04-08 Vuong Dinh Hue/VNM + Zhao Leji/CHN']);
  // The list dates each tenure: Várhelyi was no commissioner in 2018.
  assert.ok(!ex(eu.replace('Prime Minister Milojko Spajić', 'Prime Minister Duško Marković'), '2018-06-26').actors.some((a) => a.name === 'Olivér Várhelyi' && a.org === 'EU'));
});

test('"Secretary of State for Business and Trade, Mr Jonathan Reynolds" and "Chancellor of the Exchequer Ms Rachel Reeves" are titles with their portfolios; "the APEC Ministers Responsible for Trade Meeting" is no person', () => {
  const text = 'London\nIndia\'s Minister of Commerce and Industry Piyush Goyal held a meeting with the UK Secretary of State for Business and Trade, Mr Jonathan Reynolds, in London on Monday. '
    + 'On Tuesday, the Minister met Chancellor of the Exchequer Ms Rachel Reeves at 10 Downing Street.';
  const e = ex(text, '2025-05-01');
  assert.ok(e.actors.some((a) => a.name === 'Jonathan Reynolds' && a.country === 'GBR' && /Business and Trade/.test(a.role ?? '')), JSON.stringify(e.actors));
  assert.ok(e.actors.some((a) => a.name === 'Rachel Reeves' && a.role === 'Chancellor of the Exchequer'), JSON.stringify(e.actors));
  const apec = 'Detroit\nWang held talks with US Trade Representative Katherine Tai at the APEC Ministers Responsible for Trade Meeting in Detroit on Friday.';
  assert.ok(!ex(apec, '2023-05-27').actors.some((a) => /Responsible/.test(a.name ?? '')));
});

test('"A travelled to Kyiv on Thursday, signing a memorandum with B, before being received by President C" is a meeting of A and C', () => {
  const text = 'Kyiv\nPARIS – The President of the National Assembly, Yaël Braun-Pivet, travelled to Ukraine on Thursday, signing a memorandum of understanding with the Chairman of the Verkhovna Rada, Ruslan Stefanchuk, before being received by President Volodymyr Zelensky.';
  assert.ok(sides(text, '2022-09-30').some((s) => /Volodymyr Zelensky\/UKR/.test(s) && /Yaël Braun-Pivet\/FRA/.test(s)), sides(text, '2022-09-30').join(' | '));
  // The one received is the sentence's subject only when the sentence opens with it.
  const other = 'Kyiv\nOn Thursday, as the Speaker Yaël Braun-Pivet left Paris, French Foreign Minister Catherine Colonna said the delegation would travel on before being received by President Volodymyr Zelensky.';
  assert.ok(!sides(other, '2022-09-30').some((s) => /Braun-Pivet/.test(s)));
});

test('the EU\'s institutions are one side: "At the end of the meeting the EU Neighbourhood Commissioner and Tunisia\'s Secretary of State signed" belongs to the meeting with the Commission\'s President', () => {
  const text = 'Tunis\nTUNIS – European Commission President Ursula von der Leyen held talks with President Kais Saied at Carthage Palace on Sunday. '
    + 'At the end of the meeting EU Neighbourhood Commissioner Olivér Várhelyi and Tunisia\'s Secretary of State for Foreign Affairs Mounir Ben Rjiba signed the memorandum.';
  const e = ex(text, '2023-07-17').engagements;
  assert.equal(e.length, 1);
  assert.deepEqual(e[0].participants.map((p) => p.country ?? p.org).sort(), ['EU', 'EU', 'TUN', 'TUN']);
});

test('"talks between A and B will be intensified" and "X will lead the US side at the next round" are plans, adding no meeting or participant', () => {
  const text = 'Call\nPrime Minister Mark Carney spoke by phone with President Donald Trump on Friday. In the meantime, talks between Canada\'s Minister of International Trade Dominic LeBlanc and U.S. Secretary of Commerce Howard Lutnick will be intensified.';
  assert.deepEqual(ex(text, '2025-03-29').engagements.map((e) => e.participants.length), [2]);
  const lead = 'Call\nPresident Donald Trump and Chinese leader Xi Jinping spoke by phone on Thursday. U.S. Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer will lead the US side at the next round.';
  assert.deepEqual(ex(lead, '2025-06-06').engagements.map((e) => e.participants.length), [2]);
  const led = 'Talks\nPrime Minister Shehbaz Sharif held talks with Premier Li Qiang in Beijing on Friday. Finance Minister Muhammad Aurangzeb led the Pakistani side.';
  assert.ok(ex(led, '2024-06-08').engagements[0].participants.some((p) => p.name === 'Muhammad Aurangzeb'));
});

test('"met his elder brother Nawaz Sharif" in London is family, no meeting and no British side; "the war in Ukraine" gives no minister his country', () => {
  const text = 'Paris\nPARIS, June 23 -- Prime Minister Shehbaz Sharif met Chinese Premier Li Qiang in Paris on Friday.\nIn London, where he is staying for three days, Shehbaz met his elder brother Nawaz Sharif, the leader of the ruling PML-N.';
  const e = ex(text, '2023-06-24');
  assert.deepEqual(e.engagements.map((x) => `${x.location.place} ${x.participants.map((p) => p.name).join('+')}`), ['Paris Shehbaz Sharif+Li Qiang']);
  assert.ok(!e.actors.some((a) => a.name === 'Nawaz Sharif' && a.country === 'GBR'));
  const war = 'Nicosia\nNICOSIA – Indian External Affairs Minister S. Jaishankar held talks with Foreign Minister Andreas Mavroyiannis covering bilateral ties and the war in Ukraine.';
  assert.ok(!ex(war, '2022-12-30').engagements.some((x) => x.participants.some((p) => p.country === 'UKR')));
});

test('"hosted the summit, which was attended by A, B and C" is one meeting of all of them; "hosted the summit" alone names no guest', () => {
  const text = 'Summit\nPrime Minister Bjarni Benediktsson hosted the summit, which was attended by President Volodymyr Zelenskyy, Prime Minister Mette Frederiksen of Denmark and Prime Minister Ulf Kristersson of Sweden.';
  assert.deepEqual(ex(text, '2024-10-29').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['DNK+ISL+SWE+UKR']);
  const alone = 'Summit\nPrime Minister Bjarni Benediktsson hosted the summit, which drew praise from President Volodymyr Zelenskyy.';
  assert.deepEqual(ex(alone, '2024-10-29').engagements, []);
});

test('"Imran Khan and Foreign Minister Qureshi" is two people ("Khan" is no title); "Amir Khan Muttaqi" after a title-like word is the listed minister', () => {
  const text = 'UNICEF Executive Director meets Prime Minister Imran Khan and Foreign Minister Qureshi on first visit to Pakistan\nISLAMABAD – UNICEF Executive Director Catherine Russell called on Prime Minister Imran Khan in Islamabad on Monday.';
  assert.ok(ex(text, '2022-02-22').actors.some((a) => a.name === 'Imran Khan' && a.country === 'PAK'));
  const muttaqi = 'Trilateral\nBEIJING – Foreign Minister Ishaq Dar, Chinese Foreign Minister Wang Yi and the acting foreign minister of Afghanistan, Amir Khan Muttaqi, held talks on Wednesday.';
  assert.ok(ex(muttaqi, '2025-05-22').engagements[0].participants.some((p) => p.name === 'Amir Khan Muttaqi' && p.country === 'AFG'));
});

test('"travelled to Berlin, Paris and Brussels for talks with A, B and C" is one meeting in each city, placed by its own paragraph', () => {
  const text = 'Tour\nPrime Minister Mette Frederiksen travelled to Berlin, Paris and Brussels on Tuesday for talks with German Chancellor Olaf Scholz, French President Emmanuel Macron and NATO Secretary General Mark Rutte.\n'
    + 'In Paris, the Prime Minister met President Macron at the Élysée Palace.';
  assert.deepEqual(ex(text, '2025-01-29').engagements.map((e) => `${e.participants.map((p) => p.country ?? p.org).sort().join('+')} ${e.location.place}`),
    ['DEU+DNK Berlin', 'DNK+FRA Paris', 'DNK+NATO Berlin']);
});

test('"held a series of meetings with visiting speakers" then a paragraph for each ("Birla thanked A, Speaker of ...", "With B, Speaker of ..., Birla noted", "In his meeting with C") is one meeting with each', () => {
  const text = 'Speakers\nNEW DELHI, Oct 13 (Agency) – Lok Sabha Speaker Om Birla held a series of meetings with visiting presiding officers in the capital on Thursday.\n'
    + 'Australia\nBirla thanked Milton Dick, Speaker of the Australian House of Representatives, for Canberra\'s support.\n'
    + 'Bangladesh\nWith Shirin Sharmin Chaudhury, Speaker of the Jatiya Sangsad of Bangladesh, Birla noted the growing links between the two neighbours.\n'
    + 'United Arab Emirates\nIn his meeting with Saqr Ghobash, Speaker of the UAE\'s Federal National Council, the Lok Sabha Speaker spoke of the new corridor.';
  assert.deepEqual(ex(text, '2023-10-13').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['AUS+IND', 'BGD+IND', 'ARE+IND']);
  // Without the announced series, thanks and a "with" phrase are no meetings.
  const plain = 'Speakers\nNEW DELHI, Oct 13 (Agency) – Lok Sabha Speaker Om Birla addressed parliament on Thursday.\n'
    + 'Birla thanked Milton Dick, Speaker of the Australian House of Representatives, for Canberra\'s support.\n'
    + 'With Shirin Sharmin Chaudhury, Speaker of the Jatiya Sangsad of Bangladesh, Birla shares a passion for cricket.';
  assert.deepEqual(ex(plain, '2023-10-13').engagements, []);
});

test('"Goyal signed the Agreement on behalf of India. It was signed for the EFTA states by A, ...; B, ...; and C" is one signing of all four; the portfolio list "Commerce and Industry, Consumer Affairs, Food and Public Distribution and Textiles" is one title', () => {
  const text = 'TEPA\nNew Delhi, 10 March 2024 (PIB)\nUnion Minister of Commerce and Industry, Consumer Affairs, Food and Public Distribution and Textiles Shri Piyush Goyal signed the Agreement on behalf of India. '
    + 'It was signed for the EFTA states by Mr Guy Parmelin, Federal Councillor and Head of the Federal Department of Economic Affairs, Education and Research of Switzerland; Mr Bjarni Benediktsson, Minister for Foreign Affairs of Iceland; and Mr Jan Christian Vestre, Minister of Trade and Industry of Norway.';
  const e = ex(text, '2024-03-10');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => p.country).sort().join('+')), ['CHE+IND+ISL+NOR']);
  assert.ok(!e.actors.some((a) => /^(?:Consumer Affairs|Education)$/.test(a.name ?? '')), e.actors.map((a) => a.name).join(', '));
});

test('"Later on Monday Hue held official talks with Zhao": the last word of Vuong Dinh Hue\'s name is him, not the city of Huế; "talks in Hue" is the city', () => {
  const text = 'Beijing\nBEIJING – National Assembly Chairman Vuong Dinh Hue was received by President Xi Jinping on Monday. Later on Monday Hue held official talks with Zhao Leji, chairman of the NPC Standing Committee.';
  assert.deepEqual(ex(text, '2024-04-10').engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Vuong Dinh Hue+Xi Jinping', 'Vuong Dinh Hue+Zhao Leji']);
  const city = 'Hue\nPrime Minister Pham Minh Chinh held talks in Hue with Lao Prime Minister Sonexay Siphandone on Monday.';
  assert.deepEqual(ex(city, '2024-04-10').engagements.map((e) => e.location.place), ['Hue']);
});

test('"He signed the agreement with Goyal at Chequers on 24 July", in a story of 5 September, is history however long the clause between the verb and the date', () => {
  const text = 'Appointment\nPeter Kyle has been appointed Business and Trade Secretary. Reynolds leaves the department after a busy year. '
    + 'He signed the UK-India Comprehensive Economic and Trade Agreement with India\'s Commerce and Industry Minister Piyush Goyal at Chequers on 24 July, in the presence of the Prime Minister.';
  assert.deepEqual(ex(text, '2025-09-05').engagements, []);
});

test('"condolences to the Iranian people after the crash that killed President Raisi, Foreign Minister Amir-Abdollahian and others": the dead are not met', () => {
  const text = 'Board\nVIENNA, 3 June 2024 – IAEA Director General Rafael Mariano Grossi again conveyed his deepest condolences to the Iranian people after the helicopter crash on 19 May that killed President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and other members of their delegation.';
  assert.deepEqual(ex(text, '2024-06-03').engagements, []);
  // Condolences conveyed in person to someone alive still tell of a meeting.
  const alive = 'Condolences\nTEHRAN – IAEA Director General Rafael Mariano Grossi conveyed his condolences in person to Foreign Minister Ali Bagheri Kani in Tehran on Monday after the crash that killed President Ebrahim Raisi.';
  assert.ok(ex(alive, '2024-06-03').engagements.every((e) => !e.participants.some((p) => p.name === 'Ebrahim Raisi')));
});

test('"Prime Minister Jakobsdóttir of Iceland, Prime Minister Marin and Prime Minister Støre": a surname the officials list knows keeps its own country, not the one before the "and"', () => {
  const text = 'Summit\nThe summit was attended by Prime Minister Katrín Jakobsdóttir of Iceland, Prime Minister Sanna Marin of Finland and Prime Minister Støre.';
  assert.ok(!people(text, '2022-05-04').some((p) => /Støre\|.*\|FIN$/.test(p)), people(text, '2022-05-04').join('; '));
  // A name the list does not know still shares the country before the "and".
  assert.ok(people('Summit\nThe summit was attended by Prime Minister Sanna Marin of Finland and Minister Anna Virtanen.', '2022-05-04').includes('Anna Virtanen|Minister|FIN'));
});

test('"Modi travels on to Paris this evening for talks with President Macron" plans talks; "travelled to Paris on Monday for talks with" reports them', () => {
  const plan = 'Summit\nCOPENHAGEN – Indian Prime Minister Narendra Modi met Danish Prime Minister Mette Frederiksen today. Prime Minister Modi travels on to Paris this evening for talks with President Emmanuel Macron.';
  assert.deepEqual(ex(plan, '2022-05-04').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['DNK+IND']);
  const done = 'Paris\nPARIS – Indian Prime Minister Narendra Modi travelled to Paris on Wednesday for talks with President Emmanuel Macron.';
  assert.deepEqual(ex(done, '2022-05-05').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['FRA+IND']);
});

test('"met President Zelenskyy and held talks with his Ukrainian counterpart, Defence Minister Rustem Umerov" is two meetings, the second with Umerov (no person "Defence"); "The Rt Hon John Healey" is John Healey', () => {
  const text = 'Odesa\nFrom: Ministry of Defence and The Rt Hon John Healey MP\nDefence Secretary John Healey visited Odesa on Saturday, where he met President Volodymyr Zelenskyy and held talks with his Ukrainian counterpart, Defence Minister Rustem Umerov.';
  const e = ex(text, '2024-07-07');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => p.name).join(' + ')), ['John Healey + Volodymyr Zelenskyy', 'John Healey + Rustem Umerov']);
  assert.ok(!e.actors.some((a) => a.name === 'Defence' || /Rt/.test(a.name ?? '')), e.actors.map((a) => a.name).join(', '));
  // "met X and held talks with him" is one meeting.
  const one = 'Odesa\nDefence Secretary John Healey visited Odesa on Saturday, where he met President Volodymyr Zelenskyy and held talks with him on air defence.';
  assert.equal(ex(one, '2024-07-07').engagements.length, 1);
});

test('"Borrell and Lajčák first received Kurti, then met Vučić" is two meetings of Borrell\'s, none of Kurti with Vučić', () => {
  const text = 'Brussels\nBRUSSELS – The EU\'s foreign policy chief Josep Borrell held crisis talks in Brussels on Thursday. Borrell first received Kosovo Prime Minister Albin Kurti, then met Serbian President Aleksandar Vučić, and afterwards saw Kurti once more.';
  const pairs = ex(text, '2023-06-23').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.ok(!pairs.includes('Albin Kurti + Aleksandar Vučić'), pairs.join(' | '));
  assert.ok(pairs.includes('Aleksandar Vučić + Josep Borrell'), pairs.join(' | '));
});

test('"At the European Political Community summit in Moldova on 1 June, Macron and Scholz met Vučić", told on 23 June, is history; a date in the opening phrase of this week is not', () => {
  const text = 'Tension\nAt the European Political Community summit in Moldova on 1 June, French President Emmanuel Macron and German Chancellor Olaf Scholz met Serbian President Aleksandar Vučić and Kosovo President Vjosa Osmani and urged them to calm tensions.';
  assert.deepEqual(ex(text, '2023-06-23').engagements, []);
  assert.ok(ex(text, '2023-06-02').engagements.length >= 1);
});

test('"told journalists he had signed no document", "refused on principle to sign anything" and "had again avoided signing" are no signings; "signed the memorandum" is one', () => {
  const none = 'Ohrid\nOHRID – Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti met EU foreign policy chief Josep Borrell in Ohrid on Saturday. '
    + 'Serbia had refused on principle to sign anything. Vučić told journalists that he had signed no document. Kurti complained that Vučić had again avoided signing.';
  assert.ok(!ex(none, '2023-03-19').engagements.flatMap((e) => e.outcomes).some((o) => o.kind === 'signing'));
  const signed = 'Ohrid\nOHRID – Serbian President Aleksandar Vučić met EU foreign policy chief Josep Borrell in Ohrid on Saturday. The two signed a memorandum on energy.';
  assert.ok(ex(signed, '2023-03-19').engagements.flatMap((e) => e.outcomes).some((o) => o.kind === 'signing'));
});

test('"received this morning H.E. Mahamat Ali Hassan, Ambassador of the Republic of Chad" is a reception; "The President of the ECOWAS Commission, H.E. Dr Omar Alieu Touray" is ECOWAS\'s', () => {
  const text = 'AUC\nAddis Ababa, 4 July 2025 – The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, received this morning H.E. Mahamat Ali Hassan, Ambassador of the Republic of Chad to Ethiopia.';
  assert.deepEqual(ex(text, '2025-07-04').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country ?? p.org).sort().join('+')}`), ['2025-07-04 AU+TCD']);
  const ecowas = 'Abuja\nAbuja, 4 October 2023 – The President of the ECOWAS Commission, H.E. Dr Omar Alieu Touray, on Tuesday received the Ambassador of Germany, Annett Günther.';
  assert.ok(ex(ecowas, '2023-10-04').actors.some((a) => a.name === 'Omar Alieu Touray' && a.org === 'ECOWAS'));
  // "received this morning's news" is no reception.
  assert.deepEqual(ex('AUC\nThe Chairperson of the African Union Commission received this morning\'s report.', '2025-07-04').engagements, []);
});

test('"received two guests at the Merdeka Palace, Jakarta: A and B" is one meeting with each; "Dato’ Seri Diraja" is an honorific and "Outgoing" no name', () => {
  const text = 'President Jokowi Receives Malaysian Foreign Minister, Outgoing ASEAN Secretary-General\nPresident Joko Widodo on Friday (12/30) received two guests at the Merdeka Palace, Jakarta: Malaysian Foreign Minister Dato’ Seri Diraja Zambry Abdul Kadir and the outgoing Secretary-General of ASEAN, Dato’ Lim Jock Hoi.';
  const e = ex(text, '2022-12-30');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => `${p.name}/${p.country ?? p.org}`).join(' + ')),
    ['Joko Widodo/IDN + Zambry Abdul Kadir/MYS', 'Joko Widodo/IDN + Lim Jock Hoi/ASEAN']);
  assert.ok(!e.actors.some((a) => a.name === 'Outgoing'));
  // Counted guests with no one listed give no meeting.
  assert.deepEqual(ex('Guests\nPresident Joko Widodo on Friday received two guests at the Merdeka Palace.', '2022-12-30').engagements, []);
});

test('"The tour brought the President to Brussels on Sunday (13/7). At the Berlaymont building he was received by ..." is in Brussels on that Sunday, not at the dateline on the day of publication', () => {
  const text = 'Tour\nJakarta (ANTARA) - President Prabowo Subianto returned to Jakarta on Wednesday.\nThe tour brought the President to Brussels on Sunday (13/7). At the Berlaymont building he was received by European Commission President Ursula von der Leyen.';
  assert.deepEqual(ex(text, '2025-07-16').engagements.map((e) => `${e.date} ${e.location.place}`), ['2025-07-13 Brussels']);
});

test('"the need to get humanitarian assistance into the Gaza Strip" places no meeting in Gaza; "flew into Kyiv" places one', () => {
  const text = 'Safadi\nAmman, Oct. 13 (Petra) -- Jordanian Foreign Minister Ayman Safadi held talks on Friday with US Secretary of State Antony Blinken that focused on the need to get humanitarian assistance into Gaza immediately.';
  assert.ok(!ex(text, '2023-10-13').engagements.some((e) => e.location.country === 'PSE'), JSON.stringify(ex(text, '2023-10-13').engagements.map((e) => e.location)));
  const kyiv = 'Kyiv\nLONDON – Prime Minister Rishi Sunak flew into Kyiv on Saturday and held talks with President Volodymyr Zelensky.';
  assert.deepEqual(ex(kyiv, '2022-11-20').engagements.map((e) => e.location.place), ['Kyiv']);
});

test('"Field Marshal Syed Asim Munir, NI (M), Chief of Army Staff (COAS), met President Trump" is Pakistan\'s army chief meeting Trump', () => {
  const text = 'Munir\nRAWALPINDI, Jun 19 (APP): Field Marshal Syed Asim Munir, NI (M), Chief of Army Staff (COAS), met President of the United States Donald J. Trump at the White House on Wednesday.';
  assert.deepEqual(ex(text, '2025-06-19').engagements.map((e) => e.participants.map((p) => `${p.name}/${p.country}`).join(' + ')), ['Syed Asim Munir/PAK + Donald J. Trump/USA']);
});

test('"Indian High Commissioner X" is India\'s envoy, and "High Commissioner of Canada to Ghana X" names X, not Ghana', () => {
  assert.ok(people('HC\nIndian High Commissioner Vikram Doraiswami called on Foreign Secretary David Lammy in London on Monday.', '2024-09-10').includes('Vikram Doraiswami|High Commissioner|IND'), 'see the case above');
  const e = ex('HC\nHigh Commissioner of Canada to Ghana Kyle Nunas met Foreign Minister Samuel Okudzeto Ablakwa in Accra on Tuesday.', '2025-03-12');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')), ['Kyle Nunas/CAN + Samuel Okudzeto Ablakwa/GHA']);
});

test('"Volker Türk" is the UN rights chief, not a Turk; "Türk said" later is he too', () => {
  const e = ex('Türk\nUN High Commissioner for Human Rights Volker Türk met President William Ruto in Nairobi on Monday. Türk said the talks were frank.', '2024-02-13');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => `${p.name}/${p.country ?? p.org}`).sort().join(' + ')), ['Volker Türk/UN + William Ruto/KEN']);
  assert.ok(!e.engagements[0].participants.some((p) => p.country === 'TUR'), 'see the case above');
});

test('an adviser "in the Interim Government of Bangladesh" is Bangladeshi; one "in the Government of Nepal" Nepali', () => {
  assert.ok(people('Adviser\nThe envoy met Syeda Rizwana Hasan, Adviser for Environment and for Water Resources in the Interim Government of Bangladesh, on Sunday.', '2024-10-06').some((x) => x.startsWith('Syeda Rizwana Hasan|Adviser') && x.endsWith('|BGD')), 'see the case above');
  assert.ok(people('Minister\nThe envoy met Ram Sharan Mahat, Minister for Finance in the Government of Nepal, on Sunday.', '2024-10-06').some((x) => x.startsWith('Ram Sharan Mahat|Minister') && x.endsWith('|NPL')), 'see the case above');
  // A capital after "in the" is no government.
  assert.ok(!people('Minister\nThe envoy met Ram Sharan Mahat, a minister in the Nepalese capital, on Sunday.', '2024-10-06').some((x) => x.endsWith('|NPL')), 'see the case above');
});

test('"the Governor of Gyeongsang Province, Name": a province the gazetteer lacks still gives the name; an envoy "to" a country meets its people', () => {
  const text = 'Envoy\nAmbassador of Uzbekistan to the Republic of Korea Alisher Abdusalomov held a meeting with the Governor of North Gyeongsang Province, Lee Cheol-woo, on Thursday.';
  assert.deepEqual(ex(text, '2024-05-10').engagements.map((x) => x.participants.map((p) => `${p.name}|${p.role}|${p.country}`).sort().join(' + ')),
    ['Alisher Abdusalomov|Ambassador|UZB + Lee Cheol-woo|Governor of North Gyeongsang Province|KOR']);
  // The province is in the subdivisions list; a governor of one that is not stays without a country.
  assert.ok(people('Gov\nThe Governor of North Gyeongsang Province, Lee Cheol-woo, opened a fair on Thursday.', '2024-05-10').includes('Lee Cheol-woo|Governor of North Gyeongsang Province|KOR'), 'a listed province');
  assert.ok(people('Gov\nThe Chairman of Khatlon Region, Davlatsho Gulmahmadzoda, opened a fair on Thursday.', '2024-05-10').includes('Davlatsho Gulmahmadzoda|Chairman of Khatlon Region|-'), 'an unlisted region');
});

test('"Lines of Credit" is no Senator Lines; "Power of Siberia" no one either', () => {
  assert.deepEqual(people('Credit\nIndia has extended Lines of Credit worth US$ 1 billion to Sri Lanka.', '2024-05-10'), []);
});

test('a mission\'s release ("Embassy of Japan, Hanoi" under the headline) sets its meetings in its city and its ambassador on its side', () => {
  const text = 'Ambassador calls on Deputy Prime Minister\nEmbassy of Japan, Hanoi\nPress Release, 14 March 2024\nDeputy Prime Minister Tran Luu Quang received the Ambassador yesterday at the Government Office. The Deputy Prime Minister was welcomed by Ambassador Ito Naoki, who congratulated him on the new rail link.';
  const e = ex(text, '2024-03-14');
  assert.deepEqual(e.engagements.map((x) => `${x.date} ${x.location.place}/${x.location.country} ${x.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')}`),
    ['2024-03-13 Hanoi/VNM Ito Naoki/JPN + Tran Luu Quang/VNM']);
  // "Embassy of X in <country>": the country, with no city.
  const inCountry = 'Ambassador meets Governor\nEmbassy of the Republic of Kazakhstan in the Republic of Korea\nAmbassador Nurgali Arystanov held a meeting with Governor Kim Tae-heum on Monday.';
  assert.deepEqual(ex(inCountry, '2024-04-09').engagements.map((x) => `${x.location.place}/${x.location.country} ${x.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')}`),
    ['null/KOR Kim Tae-heum/KOR + Nurgali Arystanov/KAZ']);
});

test('"Expressing his grief to the Ambassador, Prime Minister Sharif offered" names no one "Prime"', () => {
  assert.ok(!people('Grief\nExpressing his grief to the Ambassador, Prime Minister Shehbaz Sharif offered condolences.', '2023-02-14').some((x) => x.startsWith('Prime|')), 'see the case above');
});

test('"Qatar\'s Minister of State Sultan bin Saad Al-Muraikhi" is a person named Sultan; "Sultan Haitham bin Tarik" still a sultan', () => {
  assert.ok(people('QA\nMinister Misganu conferred today with Qatar\'s Minister of State for Foreign Affairs Sultan bin Saad Al-Muraikhi in Baku.', '2023-07-06').includes('Sultan bin Saad Al-Muraikhi|Minister of State for Foreign Affairs|QAT'), 'see the case above');
  assert.ok(people('OM\nBlinken met Sultan Haitham bin Tarik in Muscat on Monday.', '2023-07-06').includes('Haitham bin Tarik|Sultan|OMN'), 'see the case above');
});

test('"conferred today with" is a meeting; "the Maldives\' Minister" is the Maldives\'; a conference city is no one\'s home', () => {
  const text = 'NAM\nAddis Ababa, July 6, 2023 (FBC) – State Minister of Foreign Affairs Misganu Arga held talks with officials on the sidelines of the NAM Conference in Baku, Azerbaijan.\nMisganu conferred today with the Maldives\' Minister of State for Foreign Affairs Ahmed Khaleel.';
  assert.deepEqual(ex(text, '2023-07-06').engagements.map((x) => x.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')), ['Ahmed Khaleel/MDV + Misganu Arga/ETH']);
});

test('a release "– Ministry of Foreign Affairs of Chile" makes its untitled-country minister Chilean, and "the Foreign Minister" alone its own', () => {
  const text = 'Minister meets counterparts\nPress Release – Ministry of Foreign Affairs of Chile\nLima, 3 June 2024\nForeign Minister Alberto van Klaveren held bilateral meetings on Monday with the Foreign Minister of Peru, Javier González-Olaechea, and with the Foreign Minister of Ecuador, Gabriela Sommerfeld.\nLater in the day, the Foreign Minister was received by President Dina Boluarte.';
  const e = ex(text, '2024-06-04');
  assert.deepEqual(e.engagements.map((x) => x.participants.map((p) => `${p.name}/${p.country}`).sort().join(' + ')),
    ['Alberto van Klaveren/CHL + Javier González-Olaechea/PER', 'Alberto van Klaveren/CHL + Gabriela Sommerfeld/ECU', 'Alberto van Klaveren/CHL + Dina Boluarte/PER']);
  // A line naming a ministry's portfolio, not a country, issues nothing.
  assert.ok(people('Minister meets counterpart\nMinistry of Foreign Affairs of the Interior Desk\nForeign Minister Ana Pereira met the envoy on Monday.', '2024-06-04').includes('Ana Pereira|Foreign Minister|-'), 'see the case above');
  assert.ok(people('Minister meets counterpart\nMinistry of Foreign Affairs of Portugal\nForeign Minister Ana Pereira met the envoy on Monday.', '2024-06-04').includes('Ana Pereira|Foreign Minister|PRT'), 'see the case above');
});

test('"held a breakfast meeting with A, and a bilateral meeting with B" is two meetings', () => {
  const text = 'Day in Washington\nThe Taoiseach, Leo Varadkar, today held a breakfast meeting with Vice President Kamala Harris, and a bilateral meeting with President Joe Biden at the White House.';
  assert.deepEqual(ex(text, '2023-03-17').engagements.map((x) => x.participants.map((p) => p.name).sort().join(' + ')), ['Kamala Harris + Leo Varadkar', 'Joe Biden + Leo Varadkar']);
});

test('"will visit Washington, D.C. from 6 to 8 May and hold his first summit meeting with X" is planned; "visited ... and held" happened', () => {
  assert.deepEqual(ex('Trip\nPrime Minister Mark Carney will visit Washington, D.C. from 6 to 8 May and hold his first in-person summit meeting with President Donald Trump.', '2025-05-02').engagements, []);
  assert.equal(ex('Trip\nPrime Minister Mark Carney visited Washington, D.C. on 6 May and held his first in-person summit meeting with President Donald Trump.', '2025-05-08').engagements.length, 1);
});

test('"Minister Tsahkna" after "Foreign Minister Margus Tsahkna" keeps the fuller title', () => {
  assert.ok(people('Foreign Minister Tsahkna in Riga\nForeign Minister Margus Tsahkna arrived in Riga today.\nMinister Tsahkna announced new aid.', '2025-10-27').includes('Margus Tsahkna|Foreign Minister|EST'), 'see the case above');
});

test('subheads "Meeting with Brazil" and "Lunch at the Elysee" send what follows to the meeting they name', () => {
  const text = 'Minister meets counterparts\nForeign Minister Penny Wong held bilateral meetings on Monday with the Foreign Minister of Brazil, Mauro Vieira, and with the Foreign Minister of India, Subrahmanyam Jaishankar.\nMeeting with Brazil\nThe two ministers discussed climate change and the Amazon.\nMeeting with India\nThey discussed maritime security.';
  assert.deepEqual(ex(text, '2024-11-19').engagements.map((x) => `${x.participants.map((p) => p.country).sort().join('+')} ${[...x.topics].sort().join(',')}`),
    ['AUS+BRA climate_environment', 'AUS+IND security_defense']);
  const lunch = 'Day in Paris\nPrime Minister Rishi Sunak today held a lunch meeting with President Emmanuel Macron, and a bilateral meeting with Prime Minister Gabriel Attal.\nLunch at the Elysee\nOver lunch, the two leaders discussed nuclear energy.';
  const e = ex(lunch, '2024-03-05');
  assert.ok(e.engagements.some((x) => x.participants.some((p) => p.name === 'Emmanuel Macron') && x.topics.includes('energy')), JSON.stringify(e.engagements.map((x) => x.topics)));
  assert.ok(!e.engagements.some((x) => x.participants.some((p) => p.name === 'Gabriel Attal') && x.topics.includes('energy')), JSON.stringify(e.engagements.map((x) => x.topics)));
});

test('"A and B each held talks with C" is two meetings, each with C; "A and B held talks with C" stays one', () => {
  const each = 'Rio\nRIO DE JANEIRO, Nov 18 (Agency) – German Chancellor Olaf Scholz and Japanese Prime Minister Shigeru Ishiba each held talks with Chinese President Xi Jinping in Rio de Janeiro on Monday.';
  assert.deepEqual(ex(each, '2024-11-18').engagements.map((x) => x.participants.map((p) => p.name).sort().join(' + ')), ['Olaf Scholz + Xi Jinping', 'Shigeru Ishiba + Xi Jinping']);
  const together = 'Rio\nRIO DE JANEIRO, Nov 18 (Agency) – German Chancellor Olaf Scholz and Japanese Prime Minister Shigeru Ishiba held talks with Chinese President Xi Jinping in Rio de Janeiro on Monday.';
  assert.equal(ex(together, '2024-11-18').engagements.length, 1);
});

test('"then held a 65-minute one-on-one meeting" after the summit talks of a trip is more of those talks, not a second meeting', () => {
  const text = 'Visit\nWARSAW, July 16 (Agency) -- President Yoon Suk Yeol pledged a larger package of aid during a surprise trip to Kyiv, where he held summit talks with President Volodymyr Zelensky on Saturday.\nThe two leaders then held a 65-minute one-on-one meeting at the Mariinsky Palace, followed by expanded talks with senior officials.';
  assert.equal(ex(text, '2023-07-16').engagements.length, 1);
  // Words between "had" and "talks" that make it a plan do not make it a meeting.
  assert.deepEqual(ex('Rio\nHe had also been expected to hold talks in Rio with President Lula da Silva.', '2024-11-20').engagements, []);
});

test('"the forthcoming Forum of Interregional Cooperation in Kostanay" does not place an audience held at the dateline', () => {
  const text = 'Audience\nAstana, 14 March 2023 – President Kassym-Jomart Tokayev received Ambassador of the Russian Federation Alexey Borodavkin.\nDuring the meeting with the Russian diplomat, the Head of State noted the importance of holding the XIX Forum of Interregional Cooperation in Kostanay this autumn.';
  assert.deepEqual(ex(text, '2023-03-14').engagements.map((x) => x.location.place), ['Astana']);
});

test('"had held talks with A and had also called on B" is two meetings', () => {
  const text = 'Briefing\nThe spokesperson said that Foreign Secretary David Lammy had held talks with Foreign Minister Wang Yi in Beijing on Friday and had also called on Vice Premier Ding Xuexiang.';
  assert.deepEqual(ex(text, '2024-10-19').engagements.map((x) => x.participants.map((p) => p.name).sort().join(' + ')), ['David Lammy + Wang Yi', 'David Lammy + Ding Xuexiang']);
});

test('"received the party and government delegation of China headed by X": a reception of X, of China', () => {
  const text = 'Talks in Pyongyang\nPyongyang, July 29 (KCNA) -- Kim Jong Un on July 28 received the party and government delegation of the People\'s Republic of China headed by Li Hongzhong, member of the Political Bureau.';
  const e = ex(text, '2023-07-29').engagements;
  assert.equal(e.length, 1, JSON.stringify(e));
  assert.ok(e[0].participants.some((p) => p.name === 'Li Hongzhong' && p.country === 'CHN'), JSON.stringify(e[0].participants));
  assert.equal(e[0].date, '2023-07-28');
  // Not the delegation's own thing: "welcomed the delegation's proposal" receives no one.
  assert.deepEqual(ex('Plans\nThe minister welcomed the delegation\'s proposal on Monday.', '2023-07-29').engagements, []);
});

test('a day named right after the call is its own; "last month" in what was said there does not make it history', () => {
  const text = 'Call\nNEW DELHI, June 18 (PTI) - Prime Minister Narendra Modi told US President Donald Trump in a 35-minute telephone conversation on Tuesday that India had paused military action against Pakistan last month.';
  const e = ex(text, '2025-06-18').engagements;
  assert.equal(e.length, 1, JSON.stringify(e));
  assert.equal(e[0].date, '2025-06-17');
  // Still history: "spoke last month" with no day of its own.
  assert.deepEqual(ex('Call\nModi spoke with Trump by telephone last month about trade.', '2025-06-18').engagements, []);
});

test('"had never accepted mediation" is no acceptance', () => {
  const text = 'Call\nModi spoke with Trump by telephone on Tuesday. Modi stressed that India had never accepted mediation. Trump accepted an invitation to visit India.';
  const kinds = ex(text, '2025-06-18').engagements[0].outcomes.map((o) => `${o.kind}:${o.by}`);
  assert.deepEqual(kinds.filter((k) => k.startsWith('acceptance')), ['acceptance:USA'], kinds.join(', '));
});

test('"said the understanding was reached when he held a bilateral meeting with A ... here today": dated and placed today', () => {
  const text = 'Talks\nVIENTIANE, Oct 10 (Bernama) -- Prime Minister Anwar Ibrahim said the understanding was reached when he held a bilateral meeting with European Council President Charles Michel and his delegation on the sidelines of the 44th and 45th ASEAN Summits and Related Summits at the National Convention Centre here today.';
  const e = ex(text, '2024-10-10').engagements;
  assert.equal(e.length, 1, JSON.stringify(e));
  assert.equal(e[0].date, '2024-10-10');
  assert.equal(e[0].occasion, '44th and 45th ASEAN Summits and Related Summits');
});

test('"called on the President, the Prime Minister and the Senior Minister" is one courtesy call on each', () => {
  const text = 'Visit\nForeign Minister Mohamad Hasan called on President Tharman Shanmugaratnam, Prime Minister Lawrence Wong and Senior Minister Lee Hsien Loong at the Istana earlier today.\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n28 MAY 2024';
  const e = ex(text, '2024-05-28').engagements;
  assert.deepEqual(e.map((x) => x.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')).sort(),
    ['Lawrence Wong|SGP + Mohamad Hasan|MYS', 'Lee Hsien Loong|SGP + Mohamad Hasan|MYS', 'Mohamad Hasan|MYS + Tharman Shanmugaratnam|SGP']);
  // One "met" with two people of one side stays one meeting.
  assert.equal(ex('Visit\nForeign Minister Mohamad Hasan met President Tharman Shanmugaratnam and Prime Minister Lawrence Wong at the Istana on Monday.', '2024-05-28').engagements.length, 1);
});

test('calls "today from the leaders of A, B and C" are one call each, with the leader each paragraph names', () => {
  const text = `Calls
Prime Minister Lawrence Wong received congratulatory telephone calls today from the leaders of Australia, Bhutan and Indonesia on the outcome of the election.
Prime Minister Wong and Australian Prime Minister Anthony Albanese reaffirmed the excellent state of bilateral relations, and looked forward to meeting later this year.
Prime Minister Wong and Bhutanese Prime Minister Tshering Tobgay discussed how the two countries could work together.
Prime Minister Wong and Indonesian President Prabowo Subianto reaffirmed the close ties between Singapore and Indonesia.`;
  const e = ex(text, '2025-05-05').engagements;
  assert.deepEqual(e.map((x) => `${x.kind} ${x.date} ${x.participants.map((p) => p.country).sort().join('+')}`),
    ['phone_call 2025-05-05 AUS+SGP', 'phone_call 2025-05-05 BTN+SGP', 'phone_call 2025-05-05 IDN+SGP']);
});

test('"Dato\' Seri Utama" is an honorific, not part of the name', () => {
  assert.ok(people('Malaysian Minister of Foreign Affairs Dato\' Seri Utama Mohamad Hasan arrived.').some((p) => p.startsWith('Mohamad Hasan|')), 'name without the honorific');
});

test('national security advisers are known by the officials list', () => {
  assert.ok(people('National Security Adviser Ajit Doval called on Putin at the Kremlin.', '2025-08-08').includes('Ajit Doval|National Security Adviser|IND'), 'Doval');
  assert.ok(people('Security Council Secretary Sergei Shoigu was present.', '2025-08-08').some((p) => p.startsWith('Sergei Shoigu|') && p.endsWith('|RUS')), 'Shoigu');
});

test('the head of the Kurdistan Region is of Iraq, wherever he travels', () => {
  const text = 'Talks\nERBIL, Kurdistan Region – Kurdistan Region President Nechirvan Barzani met Syria\'s interim President Ahmed al-Sharaa on the sidelines of the Antalya Diplomacy Forum in Turkey on Friday.';
  const e = ex(text, '2025-04-14').engagements;
  assert.deepEqual(e.map((x) => x.participants.map((p) => p.country).sort().join('+')), ['IRQ+SYR']);
});

test('"conveyed his government\'s decision during a meeting with X" reports a meeting; "ambassador to Kabul, Name" names the envoy', () => {
  const text = 'Recognition\nKABUL -- Russia\'s ambassador to Kabul, Dmitry Zhirnov, formally conveyed his government\'s decision during a meeting with Acting Foreign Minister Amir Khan Muttaqi on Thursday.';
  const e = ex(text, '2025-07-04').engagements;
  assert.equal(e.length, 1, JSON.stringify(e));
  assert.deepEqual(e[0].participants.map((p) => `${p.name}|${p.country}`), ['Dmitry Zhirnov|RUS', 'Amir Khan Muttaqi|AFG']);
  // Not a meeting: "ahead of a meeting with" is still to come.
  assert.deepEqual(ex('Plans\nKABUL -- Dmitry Zhirnov prepared the documents ahead of a meeting with Acting Foreign Minister Amir Khan Muttaqi on Friday.', '2025-07-04').engagements, []);
});

test('"had spoken to A and B several times" tells of contacts over time, not a call', () => {
  const text = 'Call\nModi held a video call with Biden on Monday. He said he had spoken to Ukrainian President Volodymyr Zelenskyy and Russian President Vladimir Putin several times and urged them to talk.';
  assert.deepEqual(ex(text, '2022-04-12').engagements.map((x) => x.participants.map((p) => p.country).sort().join('+')), ['IND+USA']);
});

test('"hosted the first-ever summit between Moldova and the EU ... with A and B" is a meeting', () => {
  const text = 'Summit\nChisinau, 5 July /MOLDPRES/ - President Maia Sandu hosted the first-ever summit between the Republic of Moldova and the European Union in Chisinau on Friday, with the President of the European Council, Antonio Costa, and the President of the European Commission, Ursula von der Leyen.';
  const e = ex(text, '2025-07-05').engagements;
  assert.equal(e.length, 1, JSON.stringify(e));
  assert.deepEqual(e[0].participants.map((p) => p.country ?? p.org).sort(), ['EU', 'EU', 'MDA']);
  // The event hosted, with no one to meet: "hosted the first-ever summit of the region" names no counterpart.
  assert.deepEqual(ex('Summit\nKazakhstan hosted the first-ever summit of the Organization of Turkic States in 2024.', '2025-07-05').engagements, []);
});

test('a list under "The visit included:" tells what was done; under "will include:" what is planned', () => {
  const done = 'Visit\nBRUSSELS, July 19 (Agency) – European Commission President Ursula von der Leyen flew to Baku on Monday for a one-day visit devoted to gas.\nThe visit included:\n• talks with President Ilham Aliyev;\n• joint statements to the press.';
  const e = ex(done, '2022-07-19').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.participants.map((p) => p.country ?? p.org).sort().join('+')}`), ['2022-07-18 AZE+EU']);
  const plan = 'Visit\nBRUSSELS, July 19 (Agency) – European Commission President Ursula von der Leyen flies to Baku on Monday.\nThe programme will include:\n• talks with President Ilham Aliyev;\n• joint statements to the press.';
  assert.deepEqual(ex(plan, '2022-07-15').engagements, []);
});

test('"held meetings with:" then one bullet per counterpart is one meeting each', () => {
  const text = `Goa
ISLAMABAD, May 5 (Agency) – Foreign Minister Bilawal Bhutto Zardari spent Thursday in Goa on the margins of the SCO meeting. The minister held meetings with:
• Russian Foreign Minister Sergey Lavrov – the two reviewed bilateral matters;
• Uzbek Foreign Minister Bakhtiyor Saidov – the talks covered regional connectivity.
The ministers meet in plenary session today.`;
  const e = ex(text, '2023-05-05').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.participants.map((p) => p.country).sort().join('+')}`), ['2023-05-04 PAK+RUS', '2023-05-04 PAK+UZB']);
});

test('talks held at an airport are a meeting; a welcome at the airport alone is not', () => {
  const talks = 'Quake\nForeign Minister Nikos Dendias flew to southern Turkey on Sunday and was greeted at Adana airport by his Turkish counterpart Mevlut Cavusoglu. The two ministers held talks lasting about half an hour at the airport before boarding helicopters for Hatay.';
  const e = ex(talks, '2023-02-13').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.participants.map((p) => p.country).sort().join('+')}`), ['2023-02-12 GRC+TUR']);
  assert.deepEqual(ex('Arrival\nForeign Minister Nikos Dendias was greeted at Adana airport by his Turkish counterpart Mevlut Cavusoglu on Sunday.', '2023-02-13').engagements, []);
});

test('an itinerary\'s "Day 2 – Thursday, 22 August" dates the items under it; "Meeting with President X" is one of them', () => {
  const text = `Journey
NEW DELHI, Aug 24 (Agency) – Prime Minister Narendra Modi was back in Delhi on Saturday after a visit to Poland. How the trip unfolded:
Day 1 – Wednesday, 21 August (Warsaw)
Arrival in the evening.
Day 2 – Thursday, 22 August (Warsaw)
• Wreath-laying at the Tomb of the Unknown Soldier.
• Meeting with President Andrzej Duda at the Belweder Palace, where the war in Ukraine was among the subjects.
Six weeks earlier, he had been in Moscow for talks with President Vladimir Putin.`;
  const e = ex(text, '2024-08-24').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.participants.map((p) => p.country).sort().join('+')}`), ['2024-08-22 IND+POL']);
});

test('"held a video teleconference today with" is a video call; ranks like "Air Force Gen." are no part of the name', () => {
  const text = 'Call\nWASHINGTON — Chairman of the Joint Chiefs of Staff Air Force Gen. Charles Q. Brown, Jr. held a video teleconference today with People\'s Liberation Army Gen. Liu Zhenli, Chief of the Joint Staff Department of China\'s Central Military Commission.';
  const e = ex(text, '2023-12-21').engagements;
  assert.deepEqual(e.map((x) => `${x.kind} ${x.participants.map((p) => `${p.name}|${p.country}`).join(' + ')}`), ['video_call Charles Q. Brown|USA + Liu Zhenli|CHN']);
});

test('a title\'s acronym in brackets, or an envoy\'s courtesy rank after its comma, still leads to the name', () => {
  assert.ok(people('Chief of the Army Staff (COAS) General Upendra Dwivedi arrived.').some((p) => p.startsWith('Upendra Dwivedi|Chief of the Army Staff')), 'COAS');
  assert.ok(people('The Secretary General of SAARC, Ambassador Md. Golam Sarwar, arrived.').some((p) => p.endsWith('|Secretary General|SAARC')), 'SAARC');
  // An ambassador named as such stays one.
  assert.ok(people('He received Ambassador Md. Golam Sarwar.').some((p) => p.includes('|Ambassador|')), 'Ambassador');
});

test('"Chief of the Australian Army X" names X of Australia; "Chief Justice X" is no such title', () => {
  assert.ok(people('Chief of the Australian Army Lieutenant General Simon Stuart called on him.', '2024-11-11').includes('Simon Stuart|Chief of the Army|AUS'), 'Stuart');
  assert.ok(!people('Chief Justice John Roberts spoke.', '2024-11-11').some((p) => p.includes('|Chief|')), 'Chief Justice');
});

test('"so that Ishiba can meet Trump" and "Lai\'s planned visits to Paraguay" are plans', () => {
  assert.deepEqual(ex('Trip\nThe government is exploring a stopover so that Prime Minister Shigeru Ishiba can meet President-elect Donald Trump.', '2024-11-13').engagements, []);
  assert.deepEqual(ex('Trip\nA report said Taiwanese President Lai Ching-te\'s planned visits to Paraguay and Guatemala had been delayed.', '2025-07-29').engagements, []);
  // "As planned, ..." reports what happened.
  assert.equal(ex('Trip\nAs planned, Taiwanese President Lai Ching-te visited Paraguay on Monday and met President Santiago Peña.', '2025-07-29').engagements.length, 1);
});

test('the officials list knows the leaders of the smallest states, Kosovo and Taiwan', () => {
  assert.ok(people('Prime Minister Brigitte Haas paid a working visit to Bern.', '2025-08-11').includes('Brigitte Haas|Prime Minister|LIE'), 'Liechtenstein');
  assert.ok(people('Vice President Hsiao Bi-khim spoke.', '2024-06-01').includes('Hsiao Bi-khim|Vice President|TWN'), 'Taiwan');
  assert.ok(people('Prime Minister Albin Kurti spoke.', '2024-06-01').some((p) => p.startsWith('Albin Kurti|') && p.endsWith('|XKX')), 'Kosovo');
});

test('"spoke by phone with A and B", of two other countries, is a call with each; a conference call stays one', () => {
  const two = 'Calls\nBUDAPEST, Oct 17 (Agency) – Foreign Minister Péter Szijjártó spoke by phone on Thursday with US Deputy Secretary of State Christopher Landau and Russian Foreign Minister Sergey Lavrov.';
  assert.deepEqual(ex(two, '2025-10-17').engagements.map((x) => `${x.kind} ${x.participants.map((p) => p.country).sort().join('+')}`),
    ['phone_call HUN+USA', 'phone_call HUN+RUS']);
  const conference = 'Calls\nBUDAPEST, Oct 17 (Agency) – Foreign Minister Péter Szijjártó spoke by phone on Thursday in a joint call with US Deputy Secretary of State Christopher Landau and Russian Foreign Minister Sergey Lavrov.';
  assert.equal(ex(conference, '2025-10-17').engagements.length, 1);
});

test('"LIMA--Prime Minister ..." is a dateline; "their second meeting after one in Vientiane" does not place the meeting', () => {
  const text = 'APEC\nTHE ASAHI SHIMBUN\nLIMA--Prime Minister Shigeru Ishiba held talks with South Korean President Yoon Suk Yeol here on Nov. 16, their second meeting after one in Vientiane, Laos, in October.';
  const e = ex(text, '2024-11-17').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.location.place}/${x.location.country}`), ['2024-11-16 Lima/PER']);
});

test('"his first two weeks as Secretary General of the Pacific Islands Forum" gives the office, also to a name the headline gave first', () => {
  const text = `Secretary General Waqa's first fortnight
SUVA, 14 June 2024 (PIF Secretariat) – Baron Waqa rounded off his first two weeks as Secretary General of the Pacific Islands Forum with a ceremony in Suva on Thursday.
On 4 June, the Secretary General paid a courtesy call on the Prime Minister of Fiji, Sitiveni Rabuka, at the Prime Minister's Office in Suva.`;
  const e = ex(text, '2024-06-14').engagements;
  assert.deepEqual(e.map((x) => `${x.date} ${x.participants.map((p) => p.country ?? p.org).sort().join('+')}`), ['2024-06-04 FJI+PIF']);
});

test('"Later in the day" after an item with no day of its own counts from the last day told', () => {
  const text = `Samarkand
ASTANA - President Kassym-Jomart Tokayev held a series of meetings in Samarkand on April 3, on the eve of the summit, which opens today.
Talks with von der Leyen
Meeting European Commission President Ursula von der Leyen, Tokayev discussed the partnership agreement.
On April 2, geologists reported a deposit of rare earth metals.
European Council and EBRD
In his talks with EBRD President Odile Renaud-Basso, the President reviewed joint projects.
Meeting with Mirziyoyev
Later in the day, Tokayev met with President of Uzbekistan Shavkat Mirziyoyev, the summit host.`;
  const e = ex(text, '2025-04-04').engagements;
  const mirziyoyev = e.find((x) => x.participants.some((p) => p.country === 'UZB'));
  assert.equal(mirziyoyev?.date, '2025-04-03', JSON.stringify(e.map((x) => x.date)));
});

test('"The call on Monday" dates a call the lead told without a day; "later in the day, Trump said they had also talked" does not', () => {
  const text = `First call
New Delhi: US President Donald Trump pressed India to buy more American-made equipment during his first telephone conversation with Prime Minister Narendra Modi since returning to the White House.
The call on Monday, exactly a week after Trump was sworn in, also covered security in the Indo-Pacific.
Speaking to reporters aboard Air Force One later in the day, Trump said that he and Modi had also talked about immigration.`;
  assert.deepEqual(ex(text, '2025-01-28').engagements.map((x) => `${x.kind} ${x.date}`), ['phone_call 2025-01-27']);
});

test('portfolios the title words do not list: between the demonym and the head, and after "of"', () => {
  assert.ok(people('Philippine Migrant Workers Secretary Hans Cacdac flew to Kuwait on Monday.').includes('Hans Cacdac|Migrant Workers Secretary|PHL'), 'demonym, then a portfolio of two words, then the head');
  assert.ok(people('Indian Union Health Secretary Apurva Chandra spoke in Geneva.').some((p) => p.startsWith('Apurva Chandra|') && p.endsWith('|IND')), 'the demonym at the very start of the sentence');
  assert.ok(people('Saudi Minister of Human Resources and Social Development Ahmed Al-Rajhi opened the forum.').includes('Ahmed Al-Rajhi|Minister of Human Resources and Social Development|SAU'), '"Human Resources" is a portfolio, not the start of the name');
  const both = people('Chinese Premier Li Qiang and Prime Minister Anthony Albanese held talks in Canberra on Monday.', '2024-06-18');
  assert.ok(both.some((p) => p.startsWith('Anthony Albanese|Prime Minister|')), `a name and "and" are no portfolio: ${both.join('; ')}`);
  assert.ok(!both.some((p) => p.includes('Premier Li Qiang and')), `no role swallows the first person: ${both.join('; ')}`);
});

test('members of the US Congress: by the party and state after the name, and by the delegation they head', () => {
  assert.ok(people('Senator Roger Wicker (R-Miss.) arrived in Warsaw on Friday.').some((p) => p.startsWith('Roger Wicker|') && p.endsWith('|USA')), 'the party and state tag names a member of Congress');
  assert.ok(!people('Senator Imee Marcos spoke in Manila on Friday.').some((p) => p.endsWith('|USA')), 'a senator without the tag is of no country the text gives');
  const list = people('Crown Prince Mohammed bin Salman received Senators Ben Cardin (D-Md.) and Lindsey Graham (R-S.C.) in Riyadh on Saturday.', '2023-10-22');
  assert.ok(list.some((p) => p.startsWith('Ben Cardin|') && p.endsWith('|USA')), `"Senators" before a list is no part of the first name: ${list.join('; ')}`);
  const r = ex('President Kassym-Jomart Tokayev received in Astana a delegation of the United States Congress headed by Senator Gary Peters and Congressman Joe Wilson.', '2024-08-20');
  assert.equal(r.engagements.length, 1, 'the reception of the delegation is a meeting');
  const countries = r.engagements[0].participants.map((p) => `${p.name}|${p.country}`);
  assert.ok(countries.includes('Gary Peters|USA') && countries.includes('Joe Wilson|USA'), `both heads of the delegation are of its country: ${countries.join('; ')}`);
});

test('a delegation named only by its country is the other side of a reception', () => {
  const r = ex('NATO Secretary General Mark Rutte welcomed a delegation of the United States Congress to NATO Headquarters on Tuesday.', '2025-02-12');
  assert.equal(r.engagements.length, 1, 'a delegation of a country');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country ?? p.org).sort(), ['NATO', 'USA']);
  assert.equal(ex('President Shavkat Mirziyoyev welcomed a Chinese initiative on trade on Monday.', '2024-03-27').engagements.length, 0, 'not an initiative of a country');
  assert.equal(ex('President Shavkat Mirziyoyev received a delegation of businessmen on Monday.', '2024-03-27').engagements.length, 0, 'not a delegation of no country');
});

test('"his first summit with X" is a meeting of two; "an EU summit with African leaders" is none of theirs', () => {
  const r = ex('Prime Minister Shigeru Ishiba pledged more investment at his first summit with President Donald Trump at the White House on Friday.', '2025-02-08');
  assert.equal(r.engagements.length, 1, 'a leader\'s own summit with another');
  assert.equal(r.engagements[0].date, '2025-02-07');
  assert.equal(ex('President Emmanuel Macron attended an EU summit with African leaders on Friday.', '2025-02-08').engagements.length, 0, 'a summit of many');
});

test('"the bank\'s president, Jin Liqun": a lower-case title of the organisation named before', () => {
  const r = ex('Uzbek President Shavkat Mirziyoyev visited the Asian Infrastructure Investment Bank on Wednesday for talks with the bank\'s president, Jin Liqun.', '2024-01-25');
  const p = r.engagements[0]?.participants.find((x) => x.name === 'Jin Liqun');
  assert.equal(p?.org, 'AIIB', 'the organisation whose president he is');
});

test('a date before "following a meeting" dates what followed it, not the meeting', () => {
  const r = ex('ABUJA — The UAE has lifted the visa ban it imposed on Nigerians in October 2022, following a meeting between President Bola Tinubu and the UAE President, Sheikh Mohamed bin Zayed, in Abu Dhabi on Monday.', '2023-09-13');
  assert.equal(r.engagements.length, 1, 'not recalled for the date of the ban');
  assert.equal(r.engagements[0].date, '2023-09-11');
  assert.equal(ex('The two presidents met in March 2021, following the election.', '2023-09-13').engagements.length, 0, 'a date of the meeting itself still recalls it');
});

test('credentials: "presenting his credentials to", "a copy of the credentials of X as Ambassador of Y", a "City, AGENCY –" dateline', () => {
  const r = ex('Kamboj formally took up his post as India\'s Permanent Representative to the United Nations on Monday, presenting his credentials to Secretary-General Antonio Guterres in New York.', '2022-08-03');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['IND+UN'], 'the presentation is a meeting with the new envoy');
  const sana = ex('Damascus, SANA – Foreign and Expatriates Minister Bassam Sabbagh received on Sunday a copy of the credentials of Ahmed Salem as Ambassador of the Islamic Republic of Mauritania to the Syrian Arab Republic.', '2024-10-21');
  const sides = sana.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + '));
  assert.deepEqual(sides, ['Ahmed Salem|MRT + Bassam Sabbagh|SYR'], `the dateline's city gives the minister his country; "as Ambassador of" gives the envoy his: ${sides.join('; ')}`);
});

test('a state\'s office gives its holder the state\'s country: "Ontario Premier", "the Governor of Texas"', () => {
  assert.ok(people('TORONTO — Ontario Premier Doug Ford spoke to reporters on Tuesday.', '2025-03-12').includes('Doug Ford|Ontario Premier|CAN'), 'a province before the title');
  const r = ex('Governor of Texas Greg Abbott met the Governor of Nuevo Leon, Samuel Garcia, in Laredo on Wednesday.', '2022-04-16');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['MEX+USA'], 'two states\' governors of two countries met');
  assert.ok(!people('Punjab Chief Minister Bhagwant Mann spoke on Monday.', '2024-03-12').some((p) => p.endsWith('|PAK') || p.endsWith('|IND')), 'a state two countries share gives neither');
  assert.equal(ex('Texas and Ontario signed nothing on Monday.', '2024-03-12').engagements.length, 0, 'a state\'s name alone is no side');
});

test('a meeting a government denies is none; "diplomats from A and B met" is a meeting of A and B', () => {
  assert.equal(ex('Denial\nTEHRAN – Iran on Sunday denied a newspaper report that its foreign minister, Abbas Araghchi, had held a secret meeting in Oman with US envoy Steve Witkoff.', '2025-03-02').engagements.length, 0, 'a denied report');
  assert.equal(ex('Talks\nTEHRAN – Iran on Sunday denied the report, and Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat on Saturday.', '2025-03-02').engagements.length, 1, 'a meeting told beside a denial is still one');
  const r = ex('Border talks\nBEIJING, March 26 (Agency) – Senior diplomats from China and India met in Beijing on Tuesday for border consultations.', '2025-03-26');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['CHN+IND'], 'both countries the diplomats came from');
  assert.equal(ex('Arrivals\nBEIJING – Tourists from China and India met in Paris on Tuesday.', '2025-03-26').engagements.length, 0, 'tourists are no side');
});

test('intelligence chiefs: "CIA Director", "Mossad director" are of their countries', () => {
  const r = ex('Talks\nDOHA – Mossad director David Barnea met CIA Director William Burns in Doha on Sunday.', '2024-01-29');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')), ['David Barnea|ISR + William Burns|USA'], 'each agency names its country');
  assert.ok(!people('Film\nThe festival director Thierry Fremaux met reporters in Cannes on Sunday.', '2024-05-12').some((p) => p.startsWith('Thierry Fremaux|') && !p.endsWith('|-')), 'a director of no country stays of none');
});

test('"three days after visiting Kyiv, where he met Zelensky": the earlier trip\'s meeting is recalled', () => {
  const r = ex('Orban in Moscow\nMOSCOW, July 5 (Agency) – Hungarian Prime Minister Viktor Orban held talks with President Vladimir Putin in Moscow on Friday. Orban travelled to Moscow three days after visiting Kyiv, where he met Volodymyr Zelensky.', '2024-07-05');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['HUN+RUS'], 'only the Moscow talks');
});

test('a head of state who chairs an organisation for the year still sits for his country', () => {
  const r = ex('President Ghazouani receives FAO head\nNOUAKCHOTT, April 16 (Agency) – The President of the Republic and current Chairperson of the African Union, Mohamed Ould Cheikh El Ghazouani, received on Monday the Director-General of the FAO, Qu Dongyu.', '2024-04-16');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['FAO+MRT'], 'Mauritania, not the African Union');
  assert.ok(people('AU\nThe Chairperson of the African Union Commission, Moussa Faki Mahamat, spoke on Monday.', '2024-04-16').some((p) => p.startsWith('Moussa Faki Mahamat|') && p.endsWith('|AU')), 'the Commission\'s own chairperson is the organisation\'s');
});

test('"the summit was hosted by X" names the event\'s host, no guest received', () => {
  assert.equal(ex('Energy\nDAR ES SALAAM – The two-day Africa Energy Summit at the convention centre was hosted by Tanzanian President Samia Suluhu Hassan and co-organised by her government, the African Development Bank and the World Bank, whose president Ajay Banga attended.', '2025-01-29').engagements.length, 0, 'an event hosted');
  assert.equal(ex('Visit\nWASHINGTON – Indian Prime Minister Narendra Modi was hosted by US President Joe Biden at the White House on Thursday.', '2023-06-23').engagements.length, 1, 'a person hosted is received');
});

test('"head of the International Department of the Communist Party of China": a country inside a body within a body', () => {
  assert.ok(people('Party\nBEIJING – Liu Haixing, head of the International Department of the Communist Party of China Central Committee, spoke on Monday.', '2025-10-13').some((p) => p.startsWith('Liu Haixing|') && p.endsWith('|CHN')), 'the party names the country');
  assert.ok(!people('Party\nPARIS – Jean Dupont, head of the Research Department of the Institute of International Relations, spoke on Monday.', '2025-10-13').some((p) => p.startsWith('Jean Dupont|') && !p.endsWith('|-')), 'no country in the bodies, none given');
});

test('"the Chancellery" of another government is not Berlin\'s', () => {
  assert.equal(placeOf('Warsaw talks\nWARSAW – Indian Prime Minister Narendra Modi and his Polish counterpart Donald Tusk held talks at the Chancellery on Thursday.', '2024-08-24'), 'Warsaw', 'the dateline\'s city, not Berlin');
  assert.equal(placeOf('Berlin talks\nChancellor Olaf Scholz received Kenyan President William Ruto at the German Chancellery on Friday.', '2024-09-14'), 'Berlin', 'named as the German one, it is');
});

test('"before holding talks" reports talks; "spoke about holding a meeting" does not', () => {
  const r = ex('Kyiv\nKYIV – Prime Minister Narendra Modi and President Volodymyr Zelensky laid flowers at a memorial before holding talks at the Mariinsky Palace on Friday.', '2024-08-24');
  assert.equal(r.engagements.length, 1, 'the talks held after the memorial');
  assert.equal(ex('Idea\nASTANA – Prime Minister Nikol Pashinyan spoke on Monday about holding a bilateral meeting with President Ilham Aliyev in Almaty.', '2024-05-11').engagements.length, 0, 'talks spoken about');
});

test('"during President Putin\'s state visit to Tashkent in May last year for talks with X": the talks are as old as the visit', () => {
  const text = 'Nuclear plant\nTASHKENT, April 29 (Agency) – Work on the plant is on schedule. The two state companies signed the construction deal in May last year, during President Vladimir Putin\'s state visit to Tashkent for talks with President Shavkat Mirziyoyev.';
  assert.equal(ex(text, '2025-04-29').engagements.length, 0, 'a recalled visit and its talks');
  assert.equal(ex('Visit\nTASHKENT, April 29 (Agency) – President Vladimir Putin arrived in Tashkent on Monday for talks with President Shavkat Mirziyoyev.', '2025-04-29').engagements.length, 1, 'talks of a visit told as news');
});

test('"held their summit" with the leaders named before it is a meeting; a summit only spoken of is not', () => {
  const r = ex('Summit\nCANBERRA – Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon held their summit on Friday in Queenstown.', '2024-08-10');
  assert.equal(r.engagements.length, 1, 'the pair held their summit');
  assert.equal(r.engagements[0].date, '2024-08-09');
  assert.equal(ex('Forum\nSUVA – The host, Prime Minister Sitiveni Rabuka, said the summit held on Friday was a success for the region.', '2024-08-10').engagements.length, 0, 'a summit spoken of');
});

test('"held separate talks with each of his visitors" splits the three-way meeting into one with each, where it was held', () => {
  const text = 'Defence\nTOKYO – Japanese Defence Minister Minoru Kihara hosted Australian Defence Minister Richard Marles and Philippine Defence Secretary Gilberto Teodoro in Darwin on Sunday for a three-way meeting on maritime security. Kihara also held separate talks with each of his visitors on Sunday.';
  const r = ex(text, '2024-09-02');
  const pairs = r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')).sort();
  assert.deepEqual(pairs, ['AUS-JPN', 'AUS-JPN-PHL', 'JPN-PHL'], `engagements: ${pairs.join(', ')}`);
  assert.ok(r.engagements.every((e) => e.location.place === 'Darwin'), `places: ${r.engagements.map((e) => e.location.place).join(', ')}`);
  const one = ex('Defence\nTOKYO – Japanese Defence Minister Minoru Kihara hosted Australian Defence Minister Richard Marles and Philippine Defence Secretary Gilberto Teodoro in Darwin on Sunday for a three-way meeting on maritime security. Kihara also spoke with each of his visitors on Sunday.', '2024-09-02');
  assert.equal(one.engagements.length, 1, 'no word of separate talks: the one meeting');
});

test('"directed their negotiators to" in a lead naming two leaders tells that they met', () => {
  const r = ex('Trade\nNEW DELHI – Prime Minister Narendra Modi and British Prime Minister Keir Starmer on Thursday (July 24, 2025) directed their negotiators to finish the remaining chapters quickly.', '2025-07-24');
  assert.equal(r.engagements.length, 1, 'two leaders directing their negotiators');
  assert.equal(ex('Trade\nNEW DELHI – Prime Minister Narendra Modi on Thursday directed his ministers to finish the remaining chapters quickly.', '2025-07-24').engagements.length, 0, 'one leader and his own ministers');
});

test('a lead of "back-to-back meetings" makes each later "meeting with X" and "With X he ..." one of them, with the host only', () => {
  const text = `Funeral diplomacy
TOKYO – Prime Minister Fumio Kishida on Wednesday ended two days of back-to-back meetings with foreign dignitaries, seeing Vietnamese President Nguyen Xuan Phuc last.
On Tuesday, U.S. Vice President Kamala Harris paid a courtesy call on Kishida and the two agreed to keep in close touch.
With Singaporean Prime Minister Lee Hsien Loong he agreed to deepen trade ties.
Kishida's meeting with Phuc on Wednesday lasted about 30 minutes.`;
  const r = ex(text, '2022-09-28');
  const casts = r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')).sort();
  assert.deepEqual(casts, ['JPN-SGP', 'JPN-USA', 'JPN-VNM'], `engagements: ${casts.join(', ')}`);
  const planned = ex('Funeral diplomacy\nTOKYO – Prime Minister Fumio Kishida will hold back-to-back meetings with foreign dignitaries on Wednesday.\nWith Singaporean Prime Minister Lee Hsien Loong he will discuss trade.', '2022-09-26');
  assert.equal(planned.engagements.length, 0, 'meetings still to come');
});

test('"was expected in Nairobi for talks with X" is a plan, not a meeting', () => {
  assert.equal(ex('Tour\nADDIS ABABA – Mohamed Hamdan Dagalo was expected in Nairobi on Wednesday for talks with Kenyan President William Ruto.', '2024-01-03').engagements.length, 0, 'expected, past tense');
  assert.equal(ex('Tour\nNAIROBI – Mohamed Hamdan Dagalo arrived in Nairobi on Wednesday for talks with Kenyan President William Ruto.', '2024-01-04').engagements.length, 1, 'arrived for talks');
});

test('armed-force commanders in the officials list keep their country: Haftar, Hemedti', () => {
  assert.ok(people('Benghazi\nMOSCOW – Russian Deputy Defence Minister Yunus-Bek Yevkurov held talks with Khalifa Haftar in Benghazi on Tuesday.', '2023-08-23').includes('Khalifa Haftar|Commander of the Libyan National Army|LBY'));
  assert.ok(people('Kampala\nKAMPALA – Ugandan President Yoweri Museveni received Mohamed Hamdan Dagalo on Wednesday.', '2023-12-28').includes('Mohamed Hamdan Dagalo|Commander of the Rapid Support Forces|SDN'));
  assert.ok(people('Kigali\nLONDON – Home Secretary James Cleverly met Rwandan Foreign Minister Vincent Biruta in Kigali on Tuesday.', '2023-12-06').includes('James Cleverly|Home Secretary|GBR'), 'a Home Secretary by date');
});

test('"A day later" after a subhead counts from the day told before it, not from publication', () => {
  const text = `Tour ends
ADDIS ABABA, Jan 3 (Agency) – The Sudanese paramilitary commander has ended a week of visits to East African capitals.
Uganda
The tour began last Wednesday at Ugandan President Yoweri Museveni's country home.
Ethiopia
A day later Mohamed Hamdan Dagalo was in Addis Ababa, where Ethiopian Prime Minister Abiy Ahmed received him at his office.`;
  const r = ex(text, '2024-01-03');
  assert.equal(r.engagements.find((e) => e.participants.some((p) => p.country === 'ETH'))?.date, '2023-12-28', 'the day after last Wednesday');
  const near = ex('Quake\nISLAMABAD – The conference set for Thursday was postponed.\nA day earlier, Prime Minister Shehbaz Sharif telephoned Turkish President Recep Tayyip Erdogan.', '2023-02-07');
  assert.equal(near.engagements[0]?.date, '2023-02-06', 'a day before publication, as before');
  const same = ex('Munich\nMUNICH, Feb 18 (Agency) – Chancellor Olaf Scholz hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan on Saturday.\nU.S. Secretary of State Antony Blinken met Aliyev the same day.', '2024-02-19');
  assert.equal(same.engagements.find((e) => e.participants.some((p) => p.country === 'USA'))?.date, '2024-02-17', '"the same day" of the paragraph before');
});

test('"Monday\'s meeting with Biden ..., which began in the Oval Office" is the visiting leader\'s meeting; one still ahead is not', () => {
  const r = ex('Visit ends\nWASHINGTON – Philippine President Ferdinand R. Marcos Jr. on Thursday ended his four-day official visit to the United States.\nThe high point of the trip was Monday\'s meeting with Biden at the White House, which began in the Oval Office and went on over lunch.', '2023-05-05');
  assert.equal(r.engagements.length, 1, 'the meeting told by how it went');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country).sort(), ['PHL', 'USA']);
  assert.equal(r.engagements[0].date, '2023-05-01');
  const ahead = ex('Visit starts\nWASHINGTON – Philippine President Ferdinand R. Marcos Jr. on Sunday began his four-day official visit to the United States.\nThe high point of the trip will be Monday\'s meeting with Biden at the White House.', '2023-04-30');
  assert.equal(ahead.engagements.length, 0, 'a meeting still to come');
  const honours = ex('Pentagon\nWASHINGTON – Philippine President Ferdinand R. Marcos Jr. laid a wreath at Arlington National Cemetery on Wednesday before his meeting with Defense Secretary Lloyd Austin.', '2023-05-04');
  assert.equal(honours.engagements.length, 1, '"before his meeting with" after an act told as done');
});

test('"receiving nine foreign delegations" opens a roundup: "Prabowo thanked X ..." after it is one of those meetings', () => {
  const lead = 'Palace\nJAKARTA, Oct 21 (Agency) – Hours after he was sworn in on Sunday, Indonesian President Prabowo Subianto went to work at Merdeka Palace, receiving nine foreign delegations.\n';
  const r = ex(lead + 'Prabowo thanked Chinese Vice President Han Zheng for the congratulations he brought from Beijing.', '2024-10-21');
  assert.equal(r.engagements.length, 1, 'one of the nine');
  assert.equal(r.engagements[0].date, '2024-10-20');
  const alone = ex('Palace\nJAKARTA, Oct 21 (Agency) – Indonesian President Prabowo Subianto was sworn in on Sunday.\nPrabowo thanked Chinese Vice President Han Zheng for the congratulations he brought from Beijing.', '2024-10-21');
  assert.equal(alone.engagements.length, 0, 'thanks with no meeting told');
});

test('"used a hastily arranged Oval Office meeting with X" is a meeting in Washington; "arranged a meeting with X for Monday" is a plan', () => {
  const r = ex('Tariffs\nIsraeli Prime Minister Benjamin Netanyahu used a hastily arranged Oval Office meeting with President Trump on Monday to pledge an end to the trade gap.', '2025-04-08');
  assert.equal(r.engagements.length, 1, 'the meeting he used');
  assert.equal(r.engagements[0].location.place, 'Washington', 'the Oval Office as the meeting\'s own word');
  assert.equal(ex('Tariffs\nThe Israeli embassy arranged a meeting with President Trump for Monday, officials said.', '2025-04-05').engagements.length, 0, 'a meeting arranged');
});

test('a headline\'s "A confronts B in tense Oval Office meeting" reports the meeting; "A to confront B in Oval Office meeting" plans it', () => {
  const held = ex('Trump confronts Ramaphosa with video in tense Oval Office meeting\nWASHINGTON — President Donald Trump had the lights dimmed on Wednesday and played South African President Cyril Ramaphosa a video.', '2025-05-22');
  assert.equal(held.engagements.length, 1, 'the headline\'s meeting');
  assert.equal(held.engagements[0].location.place, 'Washington');
  const planned = ex('Trump to confront Ramaphosa in Oval Office meeting\nWASHINGTON — President Donald Trump plans to play South African President Cyril Ramaphosa a video on Wednesday.', '2025-05-20');
  assert.equal(planned.engagements.length, 0, 'a headline plan');
});

test('a lead\'s "X, named foreign minister only on Thursday, travelled to Kyiv on Saturday": the day of the trip, not of the appointment', () => {
  const r = ex('Kyiv trip\nStéphane Séjourné, named French foreign minister only on Thursday, travelled to Ukraine on Saturday.\nIn the afternoon, Séjourné was received by President Volodymyr Zelensky.', '2024-01-14');
  assert.equal(r.engagements[0]?.date, '2024-01-13', 'Saturday');
});

test('co-chairing a summit of many ("the AI Action Summit, which Macron co-chaired with Modi") is no meeting of the two; co-chairing their own summit is', () => {
  assert.equal(ex('AI\nPARIS – Addressing the AI Action Summit at the Grand Palais, which French President Emmanuel Macron co-chaired with Indian Prime Minister Narendra Modi, Vance said on Tuesday that America would lead.', '2025-02-11').engagements.length, 0, 'a summit of many, chaired by two');
  assert.equal(ex('AI\nPARIS – French President Emmanuel Macron and Indian Prime Minister Narendra Modi co-chaired the AI Action Summit in Paris on Tuesday.', '2025-02-11').engagements.length, 0, 'co-chaired, object after');
  assert.equal(ex('Summit\nNEW DELHI – Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi co-chaired the India-Japan Annual Summit in New Delhi on Monday.', '2022-03-22').engagements.length, 1, 'the pair\'s own summit');
});

test('"X is to travel with Y to Marseille on Wednesday and then on to Washington for talks with Z" plans the talks', () => {
  assert.equal(ex('Trip\nPARIS – Indian Prime Minister Narendra Modi is to travel to Marseille on Wednesday and then on to Washington for talks with President Donald Trump.', '2025-02-11').engagements.length, 0, 'a trip still to come');
  assert.equal(ex('Trip\nPARIS – Indian Prime Minister Narendra Modi travelled to Marseille on Wednesday and then on to Washington for talks with President Donald Trump.', '2025-02-14').engagements.length, 1, 'a trip made');
});

test('"Kim and Putin sat down at the guesthouse" and "The two ministers ... then sat down to discuss" are meetings; one man who "sat down to write" is not', () => {
  const pair = ex('Beijing\nSEOUL, Sept. 5 (Yonhap) -- North Korean leader Kim Jong Un and Russian President Vladimir Putin sat down at the Diaoyutai State Guesthouse on Wednesday afternoon.', '2025-09-05');
  assert.equal(pair.engagements.length, 1, 'a pair sat down');
  assert.equal(pair.engagements[0].date, '2025-09-03');
  const two = ex('Kyiv\nKYIV – French Foreign Minister Stéphane Séjourné arrived on Saturday to see his Ukrainian counterpart Dmytro Kuleba.\nThe two ministers laid flowers at the memorial wall, then sat down to discuss military aid.', '2024-01-14');
  assert.equal(two.engagements.length, 1, 'the two ministers sat down');
  assert.equal(ex('Memoirs\nLONDON – Former Prime Minister Boris Johnson sat down on Friday to write about his talks with President Volodymyr Zelensky in 2022.', '2024-01-14').engagements.length, 0, 'one man sat down to write');
});

test('"The ministerial meeting ... brought together A, B and C" is one meeting of them all, and a pair "on the sidelines" or "earlier in the day" is its own', () => {
  const text = `C5+1 in Astana
ASTANA – The C5+1 ministerial meeting, hosted by Kazakh Foreign Minister Mukhtar Tileuberdi, brought together U.S. Secretary of State Antony Blinken, Kyrgyz Foreign Minister Jeenbek Kulubaev and Tajik Foreign Minister Sirojiddin Muhriddin on Tuesday.
Earlier in the day Blinken held talks with Tileuberdi at the Foreign Ministry.
On the sidelines of the ministerial, Blinken also met Kulubaev.`;
  const r = ex(text, '2023-03-01');
  const casts = r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')).sort();
  assert.deepEqual(casts, ['KAZ-KGZ-TJK-USA', 'KAZ-USA', 'KGZ-USA'], `engagements: ${casts.join(', ')}`);
  assert.equal(ex('Forum\nASHGABAT – The forum, chaired by Turkmen President Serdar Berdimuhamedov, brought together Iranian President Masoud Pezeshkian and Armenian President Vahagn Khachaturyan on Friday.', '2024-10-12').engagements.length, 0, 'a forum of many');
  assert.equal(ex('Summit\nJEDDAH – The summit, convened by King Salman, brought together U.S. President Joe Biden and the leaders of Egypt, Jordan and Iraq on Saturday.', '2022-07-17').engagements.length, 0, 'a summit with the leaders of many');
});

test('"held a run of meetings with visiting leaders": "X congratulated his Azerbaijani counterpart" and "Y thanked Aliyev" are two of them, guests the headline named too', () => {
  const text = `Aliyev receives Erdogan and Fiala at COP29
BAKU, Nov 13 (Agency) – President Ilham Aliyev has held a run of meetings with visiting leaders since the COP29 conference opened in Baku on Monday.
On Tuesday, Turkish President Recep Tayyip Erdogan congratulated his Azerbaijani counterpart on hosting the conference.
Czech Prime Minister Petr Fiala thanked Aliyev for the invitation.`;
  const r = ex(text, '2024-11-13');
  const casts = r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')).sort();
  assert.deepEqual(casts, ['AZE-CZE', 'AZE-TUR'], `engagements: ${casts.join(', ')}`);
  const none = ex('Aliyev speaks at COP29\nBAKU, Nov 13 (Agency) – President Ilham Aliyev opened the COP29 conference in Baku on Monday.\nOn Tuesday, Turkish President Recep Tayyip Erdogan congratulated his Azerbaijani counterpart on hosting the conference.', '2024-11-13');
  assert.equal(none.engagements.length, 0, 'congratulations with no meetings told');
});

test('"Kerry, who serves as President Joe Biden\'s Special Presidential Envoy for Climate, was received by X": Kerry, not Biden, met X', () => {
  const r = ex('Beijing\nBEIJING, July 19 (Agency) – U.S. climate envoy John Kerry ended three days of talks in Beijing on Wednesday.\nKerry, who serves as President Joe Biden\'s Special Presidential Envoy for Climate, was received on Wednesday morning by Chinese Vice President Han Zheng.', '2023-07-19');
  const names = r.engagements.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('John Kerry') && names.includes('Han Zheng'), `participants: ${names.join(', ')}`);
  assert.ok(!names.includes('Joe Biden'), 'whose envoy he is was not there');
});

test('"went to the Great Hall on Tuesday to meet Wang Yi" reports the meeting; "will travel to Beijing to meet Wang Yi" plans it', () => {
  assert.equal(ex('Beijing\nBEIJING – U.S. climate envoy John Kerry went to the Great Hall of the People on Tuesday to meet Chinese Foreign Minister Wang Yi.', '2023-07-19').engagements.length, 1, 'a trip made to meet him');
  assert.equal(ex('Beijing\nWASHINGTON – U.S. climate envoy John Kerry will travel to Beijing on Tuesday to meet Chinese Foreign Minister Wang Yi.', '2023-07-14').engagements.length, 0, 'a trip planned');
});

test('"briefed him on ..., including his talks in Moscow with Witkoff": that meeting is what the call told of, and Witkoff was not on the call', () => {
  const r = ex('Calls\nBRASILIA – On Saturday, Brazilian President Luiz Inácio Lula da Silva received a call from Russian President Vladimir Putin. The Russian leader briefed him on recent peace efforts, including his talks in Moscow with U.S. special envoy Steve Witkoff, and thanked Brazil for its interest.', '2025-08-10');
  assert.equal(r.engagements.length, 1, `engagements: ${r.engagements.map((e) => e.participants.map((p) => p.name).join('+')).join('; ')}`);
  assert.ok(!r.engagements[0].participants.some((p) => p.name === 'Steve Witkoff'), 'Witkoff was not on the call');
});

test('"received a U.S. delegation led by X": the abbreviation\'s dots do not hide the delegation', () => {
  const r = ex('Mourning\nABU DHABI – On Monday UAE President Sheikh Mohamed bin Zayed Al Nahyan received a U.S. delegation led by Vice President Kamala Harris.', '2022-05-17');
  assert.equal(r.engagements.length, 1, 'a delegation received');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country).sort(), ['ARE', 'USA']);
  assert.equal(ex('Mourning\nABU DHABI – On Monday UAE President Sheikh Mohamed bin Zayed Al Nahyan received a U.S. letter of condolence.', '2022-05-17').engagements.length, 0, 'a letter received');
});

test('a lead\'s "X, who died on Friday" dates the death, not the meetings; "receiving a procession of foreign dignitaries" opens a roundup', () => {
  const text = `Mourning
DUBAI, May 17 (Agency) – UAE President Sheikh Mohamed bin Zayed Al Nahyan spent his first days in office receiving a procession of foreign dignitaries who came to mourn his half-brother, Sheikh Khalifa, who died on Friday.
French President Emmanuel Macron thanked Sheikh Mohamed for his welcome.`;
  const r = ex(text, '2022-05-17');
  assert.equal(r.engagements.length, 1, 'one of the procession');
  assert.notEqual(r.engagements[0].date, '2022-05-13', 'not the day of the death');
});

test('in a story\'s body, "Blinken meets his Quad counterparts ... on Friday" is still to come; "met ... on Friday" is done', () => {
  assert.equal(ex('G20\nNEW DELHI, March 2 (Agency) - The ministers failed to agree a joint statement. Blinken meets his Quad counterparts from Australia, India and Japan on Friday.', '2023-03-02').engagements.length, 0, 'the wire\'s present for what comes next');
  assert.equal(ex('G20\nNEW DELHI, March 4 (Agency) - The ministers failed to agree a joint statement. Blinken met his counterparts from Australia, India and Japan on Friday.', '2023-03-04').engagements.length, 1, 'the past');
});

test('"then crossed the square to the Chancellery for a meeting with X" reports the meeting; "is heading to Berlin for a meeting with X" does not', () => {
  assert.equal(ex('Vienna\nVIENNA – Ukrainian President Volodymyr Zelensky then crossed Ballhausplatz to the Federal Chancellery for a meeting with Austrian Chancellor Christian Stocker on Monday.', '2025-06-17').engagements.length, 1, 'a walk made for a meeting');
  assert.equal(ex('Vienna\nVIENNA – Ukrainian President Volodymyr Zelensky is heading to the Federal Chancellery for a meeting with Austrian Chancellor Christian Stocker.', '2025-06-16').engagements.length, 0, 'on his way');
});

test('"was received with military honours at the Élysée Palace by President Macron" is a reception', () => {
  const r = ex('Paris\nPARIS – German Chancellor Friedrich Merz was received with military honours at the Élysée Palace by President Emmanuel Macron on Wednesday.', '2025-05-08');
  assert.equal(r.engagements.length, 1, 'received with honours');
  assert.equal(r.engagements[0].location.place, 'Paris');
  assert.equal(ex('Paris\nPARIS – The German plan was received with scepticism by President Emmanuel Macron on Wednesday.', '2025-05-08').engagements.length, 0, 'a plan received');
});

test('Gulf style "received at his office in Riyadh today the President of X, Y" is a reception', () => {
  const r = ex('Riyadh\nRIYADH, Feb 2 (Agency) – His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, received at his office in Riyadh today the President of the Syrian Arab Republic, Ahmed al-Sharaa.', '2025-02-02');
  assert.equal(r.engagements.length, 1, 'received, after where and when');
  assert.equal(ex('Riyadh\nRIYADH, Feb 2 (Agency) – His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, received at his office in Riyadh today a message from the President of the Syrian Arab Republic.', '2025-02-02').engagements.length, 0, 'a message received');
});

test('"presented the package on Wednesday in talks in Damascus with X" and "Pedersen\'s talks in the capital with X were his first" report talks held', () => {
  const a = ex('Aid\nDAMASCUS, June 5 (Agency) – EU Commissioner Dubravka Suica presented the package on Wednesday in talks in Damascus with interim President Ahmed al-Sharaa.', '2025-06-05');
  assert.equal(a.engagements.length, 1, 'in talks with');
  const b = ex('Envoy\nDAMASCUS, Dec 16 (Agency) – UN special envoy Geir Pedersen arrived on Sunday. Geir Pedersen\'s talks in the Syrian capital with Ahmed al-Sharaa were the Norwegian diplomat\'s first with him.', '2024-12-16');
  assert.equal(b.engagements.length, 1, 'his talks were');
  assert.equal(ex('Envoy\nDAMASCUS, Dec 16 (Agency) – Geir Pedersen\'s talks in the Syrian capital with Ahmed al-Sharaa will focus on the transition.', '2024-12-16').engagements.length, 0, 'talks still ahead');
});

test('"the UN envoy Resolution 2254": a word before a number is a document, not a person', () => {
  assert.ok(!people('Envoy\nDAMASCUS – The leader told the UN envoy Resolution 2254 needs rethinking.', '2024-12-16').some((p) => p.startsWith('Resolution')), 'no person named Resolution');
  assert.ok(people('Envoy\nDAMASCUS – The leader told the UN envoy Geir Pedersen on Sunday that it needs rethinking.', '2024-12-16').some((p) => p.startsWith('Geir Pedersen|')), 'the envoy named');
});

test('Greenland\'s premier sits for Greenland (GRL), so his talks with the Danish prime minister in Nuuk are an engagement', () => {
  const r = ex('Nuuk\nNUUK – Danish Prime Minister Mette Frederiksen held talks with Greenland\'s premier Jens-Frederik Nielsen in Nuuk on Wednesday.', '2025-04-03');
  assert.equal(r.engagements.length, 1, 'two governments');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country).sort(), ['DNK', 'GRL']);
  assert.equal(r.engagements[0].location.country, 'GRL');
});

test('in a story about a prime minister, "The prime minister had a meeting with X" and "The prime minister also met X, with Y joining" are his meetings', () => {
  const text = `PM Shehbaz meets leaders
SHARM EL-SHEIKH, Oct 13 (Agency): Pakistani Prime Minister Muhammad Shehbaz Sharif on Monday met several world leaders on the sidelines of the summit.
The prime minister had a warm meeting with Palestinian President Mahmoud Abbas.
The prime minister also met Azerbaijani President Ilham Aliyev, with Armenian Prime Minister Nikol Pashinyan joining the discussion.`;
  const r = ex(text, '2025-10-13');
  assert.ok(r.engagements.length >= 2 && r.engagements.every((e) => e.participants.some((p) => p.country === 'PAK')), `engagements: ${r.engagements.map((e) => e.participants.map((p) => p.country).join('-')).join('; ')}`);
});

test('"the vice president was received by X" is the one vice president the story names; "Trump\'s plan" does not bring Trump to the table', () => {
  const text = `Jerusalem
JERUSALEM – US Vice President JD Vance met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday to prepare the second phase of President Donald Trump's plan.
Later in the day the vice president was received by President Isaac Herzog at the President's Residence.`;
  const r = ex(text, '2025-10-22');
  const casts = r.engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')).sort();
  assert.deepEqual(casts, ['Benjamin Netanyahu+JD Vance', 'Isaac Herzog+JD Vance'], `engagements: ${casts.join('; ')}`);
});

test('"endorsed Trump\'s plan after talks at the White House on Monday": talks the act followed, and the leader whose plan it is stands for his side when no one else does', () => {
  const r = ex('Plan\nWASHINGTON, Sept 30 (Agency) – Israeli Prime Minister Benjamin Netanyahu endorsed President Donald Trump\'s 20-point plan for Gaza after talks at the White House on Monday.', '2025-09-30');
  assert.equal(r.engagements.length, 1, 'the talks');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country).sort(), ['ISR', 'USA']);
  assert.equal(ex('Plan\nWASHINGTON, Sept 30 (Agency) – Israeli Prime Minister Benjamin Netanyahu said he would endorse the 20-point plan after talks at the White House.', '2025-09-30').engagements.length, 0, 'talks still to come');
});

test('"met X at a Geneva hotel" is placed in Geneva, not at the dateline or a city named later', () => {
  const r = ex('Geneva\nWASHINGTON, June 21 (Agency) – German Foreign Minister Johann Wadephul met Iranian Foreign Minister Abbas Araghchi at a Geneva hotel on Friday. Wadephul later flew back to Berlin.', '2025-06-21');
  assert.equal(r.engagements[0]?.location.place, 'Geneva');
});

test('"A and B talked for nearly three hours at a military base" is a meeting; "spoke for an hour at a rally" alone is not', () => {
  const r = ex('Alaska\nANCHORAGE, Alaska — President Donald Trump and Russian President Vladimir Putin talked for nearly three hours at a military base here on Friday.', '2025-08-16');
  assert.equal(r.engagements.length, 1, 'the two talked');
  assert.equal(r.engagements[0].date, '2025-08-15');
  assert.equal(ex('Rally\nPITTSBURGH — President Donald Trump spoke for an hour at a rally on Friday.', '2025-08-16').engagements.length, 0, 'one man spoke');
});

test('"video-conference", "videoconference" and "video conference" are one trigger', () => {
  for (const w of ['video-conference', 'videoconference', 'video conference']) {
    const r = ex(`Call\nMOSCOW – Russian President Vladimir Putin held a ${w} with Chinese President Xi Jinping on Tuesday.`, '2025-01-22');
    assert.equal(r.engagements[0]?.kind, 'video_call', w);
  }
});

test('"Yuri Ushakov, President Vladimir Putin\'s foreign policy aide" is Russia\'s, not a president of the country named next', () => {
  const p = people('Riyadh\nRIYADH — Across the table, Russian Foreign Minister Sergey Lavrov sat next to Yuri Ushakov, President Vladimir Putin\'s foreign policy aide. The Saudi hosts, Foreign Minister Prince Faisal bin Farhan, sat in.', '2025-02-18');
  assert.ok(p.some((x) => x.startsWith('Yuri Ushakov|') && x.endsWith('|RUS')), p.join('; '));
  assert.ok(!p.some((x) => x.startsWith('Yuri Ushakov|President|')), 'not a president');
});

test('"the catastrophe in Gaza", "hostages held in Gaza" and "a ceasefire in Gaza" are what was talked about, not where', () => {
  assert.notEqual(placeOf('Summit\nSHARM EL-SHEIKH – Qatar\'s Emir Sheikh Tamim bin Hamad Al Thani met British Prime Minister Keir Starmer on Monday. They discussed the catastrophe in Gaza and the hostages held in Gaza.', '2025-10-14'), 'Gaza', 'a subject, not the venue');
  assert.equal(placeOf('Visit\nGAZA – UN Secretary-General Antonio Guterres met Palestinian Prime Minister Mohammad Mustafa in Gaza on Monday.', '2025-10-14'), 'Gaza', 'met in Gaza');
});

test('"According to the Pentagon readout" and "had been due in Beijing" do not place a meeting held at the Munich Security Conference', () => {
  const r = ex('Munich\nMUNICH, Feb 19 (Agency) – U.S. Secretary of State Antony Blinken and China\'s top diplomat Wang Yi met late on Saturday on the sidelines of the Munich Security Conference. According to the State Department, Blinken raised the balloon. Blinken had been due in Beijing in early February.', '2023-02-19');
  assert.equal(r.engagements[0]?.location.place, 'Munich', `place: ${r.engagements[0]?.location.place}`);
});

test('"Leaders of the Organization of Turkic States wrapped up their summit ... The summit brought together A, B and C" is an organisation\'s summit, no meeting of those named', () => {
  const text = `Turkic summit
BISHKEK, Nov 7 (Agency) – Leaders of the Organization of Turkic States wrapped up their eleventh summit in the Kyrgyz capital.
The summit on Wednesday, chaired by Kyrgyz President Sadyr Japarov, brought together Ilham Aliyev of Azerbaijan, Kassym-Jomart Tokayev of Kazakhstan and Recep Tayyip Erdogan of Turkey.`;
  assert.equal(ex(text, '2024-11-07').engagements.length, 0, 'a summit of an organisation');
});

test('delegations: "A and B joined the President for the talks", "sat with Trump", "were also present at the meeting", "represented Indonesia" bring named ministers in', () => {
  const names = (text: string, pub: string) => ex(text, pub).engagements.flatMap((e) => e.participants.map((p) => p.name));
  const joined = names('Summit\nWOODSIDE, Calif. — U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday. Secretary of State Antony Blinken and Treasury Secretary Janet Yellen joined the President for the talks.', '2023-11-16');
  assert.ok(joined.includes('Janet Yellen') && joined.includes('Antony Blinken'), joined.join(', '));
  const present = names('Visit\nBEIJING – Chinese President Xi Jinping held talks with Sri Lankan President Anura Kumara Dissanayake on Wednesday. Sri Lankan Foreign Minister Vijitha Herath, Transport Minister Bimal Rathnayake and Chinese Foreign Minister Wang Yi were also present at the meeting.', '2025-01-16');
  assert.ok(present.includes('Vijitha Herath') && present.includes('Wang Yi'), present.join(', '));
  const represented = names('Talks\nBEIJING – Indonesia and China held their first two-plus-two ministerial meeting on Monday. Indonesian Foreign Minister Sugiono and Defense Minister Sjafrie Sjamsoeddin represented Indonesia at the talks with Chinese Foreign Minister Wang Yi.', '2025-04-22');
  assert.ok(represented.includes('Sjafrie Sjamsoeddin'), represented.join(', '));
  // Must not: people named beside a verb of saying, not of sitting at the table.
  const said = names('Summit\nWOODSIDE, Calif. — U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday. Secretary of State Antony Blinken and Treasury Secretary Janet Yellen said afterwards the talks were useful.', '2023-11-16');
  assert.ok(!said.includes('Janet Yellen'), said.join(', '));
});

test('"Rubio and Lavrov agreed ..., after the highest-level talks between Washington and Moscow": the two named are the talks\' people', () => {
  const r = ex('Riyadh talks\nRIYADH, Saudi Arabia — Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov agreed on Tuesday to restore their embassies, after the highest-level talks between Washington and Moscow in three years.', '2025-02-18');
  const names = r.engagements.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('Marco Rubio') && names.includes('Sergey Lavrov'), names.join(', '));
  // "too early to put a date on a meeting between Putin and Trump": none yet.
  const later = ex('Riyadh talks\nRIYADH — Ushakov told reporters it was too early to put a date on a meeting between Vladimir Putin and President Donald Trump.', '2025-02-18');
  assert.equal(later.engagements.length, 0, 'a meeting not yet dated');
});

test('"Later in the day, the Minister met his Norwegian counterpart, Minister ... Myrseth" is the minister\'s second meeting there', () => {
  const r = ex(`Goyal in Oslo
Union Minister of Commerce and Industry Piyush Goyal held a bilateral meeting with Norway's Minister of Foreign Affairs, Mr Espen Barth Eide, in Oslo on Wednesday. The two Ministers discussed trade.
Later in the day, the Minister met his Norwegian counterpart, Minister of Trade and Industry Ms Cecilie Myrseth.`, '2025-05-01');
  assert.equal(r.engagements.length, 2, r.engagements.map((e) => e.participants.map((p) => p.name).join('+')).join(' | '));
  assert.ok(r.engagements[1].participants.some((p) => p.name === 'Piyush Goyal'), 'the minister is Goyal');
});

test('meetings told by what was done at them: "using his first face-to-face meeting with", "after about an hour of talks at", "after hosting a meeting of the Turkish leader and ..."', () => {
  const used = ex('Summit\nTOKYO, Feb 8 (Agency) – Japanese Prime Minister Shigeru Ishiba told President Donald Trump on Friday that Japan would lift its investment in the United States to $1 trillion, using his first face-to-face meeting with the U.S. leader to present Tokyo as a partner.', '2025-02-08');
  assert.equal(used.engagements.length, 1, 'the meeting he used');
  const hour = ex('Deal\nBRUSSELS, July 28 (Agency) – Trump and European Commission President Ursula von der Leyen sealed the deal after about an hour of talks at Trump\'s golf resort on Sunday.', '2025-07-28');
  assert.equal(hour.engagements.length, 1, 'the talks the deal followed');
  const hosted = ex('NATO\nVILNIUS, July 11 (Agency) – Turkish President Recep Tayyip Erdogan agreed to forward Sweden\'s bid to parliament, NATO Secretary General Jens Stoltenberg announced on Monday after hosting a meeting of the Turkish leader and Swedish Prime Minister Ulf Kristersson in the Lithuanian capital.', '2023-07-11');
  assert.equal(hosted.engagements.length, 1, 'the meeting he hosted');
  assert.equal(hosted.engagements[0].participants.length, 3);
  // Must not: a meeting looked forward to, or one of the whole alliance.
  assert.equal(ex('NATO\nVILNIUS – Erdogan will use his first meeting with the Swedish leader to press his demands.', '2023-07-11').engagements.length, 0, 'planned');
});

test('"Rutte arrived in Kyiv ..., two days after succeeding Stoltenberg, and held talks with Zelensky" and "..., by meeting Gabbard": the subject of the sentence', () => {
  const rutte = ex('Kyiv\nKYIV, Oct 4 (Agency) – NATO Secretary General Mark Rutte arrived in Kyiv on Thursday on his first trip in the job, two days after succeeding Jens Stoltenberg, and held talks with President Volodymyr Zelensky.', '2024-10-04');
  assert.deepEqual(rutte.engagements[0]?.participants.map((p) => p.name), ['Mark Rutte', 'Volodymyr Zelensky']);
  const modi = ex('Washington\nNEW DELHI, Feb 14 (Agency) – Prime Minister Narendra Modi is on a two-day trip to the United States.\nModi began his programme on Wednesday evening, shortly after landing in Washington, by meeting Director of National Intelligence Tulsi Gabbard at Blair House.', '2025-02-14');
  assert.deepEqual(modi.engagements[0]?.participants.map((p) => `${p.name}|${p.country}`), ['Narendra Modi|IND', 'Tulsi Gabbard|USA']);
  const pair = ex('Kyiv\nNEW DELHI – Prime Minister Narendra Modi arrived in Kyiv on Friday. The two leaders first paid tribute at an exhibition, before holding talks with President Volodymyr Zelenskyy at the Mariinskyi Palace.', '2024-08-24');
  assert.equal(pair.engagements.length, 1, 'the pair held talks');
});

test('"Blair House" and "Director of National Intelligence" are a building and an office, not a Canadian minister and a name', () => {
  const p = people('Talks\nWASHINGTON – U.S. President Donald Trump met Director of National Intelligence Tulsi Gabbard and Secretary of Homeland Security Kristi Noem at Blair House.', '2025-02-14');
  assert.ok(p.some((x) => x.startsWith('Tulsi Gabbard|Director of National Intelligence|')), p.join('; '));
  assert.ok(p.some((x) => x.startsWith('Kristi Noem|Secretary of Homeland Security|')), p.join('; '));
  assert.ok(!p.some((x) => x.startsWith('Blair|')), p.join('; '));
});

test('not meetings: "Milei, who clashed with the pontiff but later met him at the Vatican, declared ...", "in his phone conversations with Putin he had urged", "co-chaired an AI summit with Macron"', () => {
  assert.equal(ex('Mourning\nROME, April 21 (Agency) – In Argentina, President Javier Milei, who clashed with the pontiff before taking office but later met Pope Francis at the Vatican, declared seven days of mourning.', '2025-04-21').engagements.length, 0, 'a life told in passing');
  assert.equal(ex('Call\nNEW DELHI – Modi said India had condemned the killings, and that in his phone conversations with Russian President Vladimir Putin he had urged him to talk to Ukraine.', '2022-04-12').engagements.length, 0, 'calls summed up');
  assert.equal(ex('Trip\nNEW DELHI – Prime Minister Narendra Modi flew to Washington from France, where he co-chaired an artificial intelligence summit with President Emmanuel Macron.', '2025-02-14').engagements.length, 0, 'a summit of many');
  // Must still find: a co-chaired annual summit of two, and one met later in the day.
  assert.equal(ex('Summit\nTOKYO – Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida co-chaired the India-Japan Annual Summit on Saturday.', '2022-03-20').engagements.length, 1, 'a summit of two');
});

test('"held the 2+2 dialogue ... with" is a meeting; "agreed to set up a forum ..., and to hold a 2+2 meeting" keeps the decision as an outcome', () => {
  const r = ex('2+2\nWASHINGTON – External Affairs Minister Subrahmanyam Jaishankar and Defence Minister Rajnath Singh held the 2+2 dialogue at the State Department in Washington on Monday with Secretary of State Antony Blinken and Defense Secretary Lloyd Austin.', '2022-04-12');
  assert.equal(r.engagements.length, 1, 'the dialogue held');
  const j = ex('Visit\nBOGOR – Japanese Prime Minister Shigeru Ishiba held talks with Indonesian President Prabowo Subianto on Saturday. The two leaders also agreed to set up a practitioner-level forum on maritime security, including cooperation on defense equipment and technology, and to hold a "2+2" meeting of their foreign and defense ministers before the end of the year.', '2025-01-11');
  assert.ok(j.engagements[0]?.outcomes.some((o) => o.kind === 'agreement'), JSON.stringify(j.engagements[0]?.outcomes.map((o) => o.kind)));
});

test('"the three EU officials held a separate exchange with Xi": the EU is a side', () => {
  const r = ex('Summit\nBRUSSELS, April 2 (Agency) – European Council President Charles Michel spoke with Chinese Premier Li Keqiang by video link on Friday. In the afternoon the three EU officials held a separate exchange with President Xi Jinping.', '2022-04-02');
  assert.ok(r.engagements.some((e) => e.participants.some((p) => p.name === 'Xi Jinping') && e.participants.some((p) => p.org === 'EU')), JSON.stringify(r.engagements.map((e) => e.participants)));
});

test('numbered paragraphs: "1. External Affairs Minister ... held bilateral meetings yesterday with the Foreign Ministers of A, B and C", then one paragraph a meeting', () => {
  const r = ex(`EAM's meetings on the sidelines of the SCO Council of Foreign Ministers in Goa
Goa, 5 May 2023
1. External Affairs Minister Dr. S. Jaishankar held bilateral meetings yesterday with the Foreign Ministers of China, Russia and Uzbekistan, who are in Goa for the SCO Council of Foreign Ministers.
2. EAM had a detailed discussion with State Councillor and Foreign Minister Qin Gang of China on the bilateral relationship.
3. With Foreign Minister Sergey Lavrov of the Russian Federation, EAM carried out a comprehensive review of bilateral cooperation.
4. EAM also received Foreign Minister Bakhtiyor Saidov of Uzbekistan.`, '2023-05-05');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')), ['CHN-IND', 'IND-RUS', 'IND-UZB']);
  assert.deepEqual(r.engagements.map((e) => e.date), ['2023-05-04', '2023-05-04', '2023-05-04'], 'the day of the lead, not of the dateline');
  assert.ok(!r.engagements.some((e) => e.evidence.startsWith('2.')), 'the number is no part of the sentence');
});

test('a numbered list of documents exchanged gives one signing per document', () => {
  const r = ex(`List of Outcomes
The Prime Minister of Bangladesh, Sheikh Hasina, held talks with Prime Minister Narendra Modi in New Delhi on Saturday.
The following documents were exchanged in the presence of the two Prime Ministers:
1. India-Bangladesh Shared Vision for Digital Partnership
2. MoU on Maritime Cooperation and Blue Economy
3. MoU on railway connectivity`, '2024-06-22');
  assert.equal(r.engagements[0]?.outcomes.filter((o) => o.kind === 'signing').length, 3, JSON.stringify(r.engagements[0]?.outcomes));
});

test('a roundup of "four bilateral meetings": "the first sit-down ... was with A", "then met B", "In his talks with C", "wrapped up the day\'s bilaterals with D"', () => {
  const r = ex(`PBBM meets leaders at KL summit
KUALA LUMPUR, Malaysia – President Ferdinand R. Marcos Jr. packed four bilateral meetings into Sunday as the ASEAN Summit opened in the Malaysian capital.
The President's first sit-down at the Kuala Lumpur Convention Centre was with Cambodian Prime Minister Hun Manet.
Marcos then met Thai Prime Minister Anutin Charnvirakul and conveyed the sympathy of the Filipino people over the death of Her Majesty Queen Sirikit, the Queen Mother.
In his talks with Canadian Prime Minister Mark Carney, the Chief Executive thanked Ottawa for its steady support.
Marcos wrapped up the day's bilaterals with European Council President António Costa, who assured him of the bloc's support.`, '2025-10-27');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' + ')), [
    'Ferdinand R. Marcos Jr + Hun Manet', 'Ferdinand R. Marcos Jr + Anutin Charnvirakul', 'Ferdinand R. Marcos Jr + Mark Carney', 'Ferdinand R. Marcos Jr + António Costa']);
});

test('"The Custodian of the Two Holy Mosques\' Ambassador to Iran" is Saudi Arabia\'s ambassador', () => {
  const r = ex('Credentials\nTehran, September 11, 2023, SPA -- The Custodian of the Two Holy Mosques\' Ambassador to the Islamic Republic of Iran, Abdullah bin Saud Al-Anzi, presented a copy of his credentials on Sunday to Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran.', '2023-09-11');
  assert.deepEqual(r.engagements[0]?.participants.map((p) => p.country), ['SAU', 'IRN']);
});

test('"In Berlin on Wednesday, Starmer and Scholz said ..." tells that the two met there; "Starmer and Scholz said" alone does not', () => {
  const text = (opening: string) => `Starmer in Europe
LONDON, Aug 29 (Agency) – Prime Minister Keir Starmer met French President Emmanuel Macron at the Elysee Palace in Paris on Thursday.
${opening}Starmer and German Chancellor Olaf Scholz said a treaty would deepen cooperation in defence and trade.`;
  const r = ex(text('In Berlin on Wednesday, '), '2024-08-29');
  const berlin = r.engagements.find((e) => e.participants.some((p) => p.name === 'Olaf Scholz'));
  assert.ok(berlin, JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
  assert.equal(berlin!.date, '2024-08-28');
  assert.equal(berlin!.location.place, 'Berlin');
  assert.ok(!ex(text(''), '2024-08-29').engagements.some((e) => e.participants.some((p) => p.name === 'Olaf Scholz')), 'two who said the same thing, nowhere in particular');
});

test('"Before being received by Xi, Lavrov held talks with Wang Yi": two meetings, each with its own host', () => {
  const r = ex(`Lavrov in Beijing
BEIJING – Chinese President Xi Jinping met Russian Foreign Minister Sergey Lavrov at the Great Hall of the People in Beijing on Tuesday.
Before being received by Xi, Lavrov held talks with Chinese Foreign Minister Wang Yi.`, '2024-04-09');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')), ['Sergey Lavrov + Xi Jinping', 'Sergey Lavrov + Wang Yi']);
});

test('a welcome at the airport that led into talks ("..., the current Chairperson of the African Union, before a tête-à-tête") is the meeting, and the host\'s other office is no side', () => {
  const r = ex(`Faye abroad
Dakar, 21 April – President Bassirou Diomaye Faye of Senegal travelled to Nouakchott on Thursday. He was met at the airport by President Mohamed Ould Cheikh El Ghazouani of Mauritania, the current Chairperson of the African Union, before a tête-à-tête at the Presidential Palace.`, '2024-04-21');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country ?? p.org).join('-')), ['SEN-MRT']);
});

test('not meetings: "plans to travel to Paris ... and to go on to Warsaw for talks with Tusk"; "In their messages, the leaders expressed their sympathy to the Thai Royal Family"', () => {
  assert.equal(ex('Merz\nBERLIN, May 6 (Agency) – The new chancellor plans to travel to Paris on Wednesday to meet French President Emmanuel Macron and to go on to Warsaw later the same day for talks with Prime Minister Donald Tusk.', '2025-05-06').engagements.length, 0, 'a trip planned');
  assert.equal(ex('Condolences\nHanoi (VNA) – State President Luong Cuong sent a message of condolences to King Maha Vajiralongkorn of Thailand. In their messages, the Vietnamese leaders expressed their deep sympathy to the Thai King and the people of Thailand.', '2025-10-28').engagements.length, 0, 'written, not said in person');
  // Must still find: sympathy expressed in person.
  assert.equal(ex('Visit\nBANGKOK – Vietnamese Prime Minister Pham Minh Chinh expressed his deep sympathy to Thai Prime Minister Anutin Charnvirakul at Government House on Monday.', '2025-10-28').engagements.length, 1, 'in person');
});

test('a "KUWAIT, May 12 (KUNA)" dateline is Kuwait City', () => {
  const r = ex('Amir\nKUWAIT, May 12 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received United Nations Secretary-General Antonio Guterres at Bayan Palace on Sunday.', '2024-05-12');
  assert.deepEqual(r.engagements[0]?.location, { place: 'Kuwait City', country: 'KWT' });
});

test('"accompanied President Boric to a bilateral meeting with the President of Paraguay" is that meeting; "A bilateral meeting between Boric and Arce ... could not take place" is none', () => {
  const r = ex(`Van Klaveren in Montevideo
Santiago, 2 March 2025. Foreign Minister Alberto van Klaveren of Chile held a bilateral meeting in Montevideo on Saturday with the Foreign Minister of Costa Rica, Arnoldo André Tinoco.
The Minister then accompanied President Gabriel Boric to a bilateral meeting with the President of Paraguay, Santiago Peña.
A bilateral meeting between President Boric and the President of Bolivia, Luis Arce, which had been scheduled for the same day, could not take place.`, '2025-03-02');
  const pairs = r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-'));
  assert.ok(pairs.includes('CHL-CHL-PRY') || pairs.includes('CHL-PRY'), pairs.join(' | '));
  assert.ok(!pairs.some((x) => x.includes('BOL')), 'called off');
});

test('"the momentum created by the phone call between Trong and Biden on 29 March" is an earlier call, not one told', () => {
  const r = ex(`Hanoi talks
Hanoi, 16 April 2023 – Minister of Foreign Affairs Bui Thanh Son held talks yesterday with U.S. Secretary of State Antony Blinken.
The ministers reviewed ten years of the Viet Nam–U.S. Comprehensive Partnership and discussed how to build on the momentum created by the phone call between General Secretary Nguyen Phu Trong and President Joe Biden on 29 March.`, '2023-04-16');
  assert.deepEqual(r.engagements.map((e) => e.kind), ['meeting'], JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('"conveyed the greetings of President Pezeshkian to President El-Sisi" and "arrived ... after stops in Lebanon, Syria, Saudi Arabia, Qatar and Jordan" add no one', () => {
  const r = ex(`El-Sisi receives Araghchi
Cairo, 17 October 2024 — President Abdel Fattah El-Sisi received today Dr. Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran.
The minister conveyed the greetings of Iranian President Masoud Pezeshkian to President El-Sisi.
Araghchi arrived in the Egyptian capital late on Wednesday after stops in Lebanon, Syria, Saudi Arabia, Qatar, Iraq, Oman and Jordan.`, '2024-10-17');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' + ')), ['Abdel Fattah El-Sisi + Abbas Araghchi']);
});

test('"received at the winter camp in AlUla today His Excellency Antony Blinken" is a reception', () => {
  const r = ex('Crown Prince\nAlUla, January 8, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at the winter camp in AlUla today His Excellency Antony Blinken, Secretary of State of the United States of America.', '2024-01-08');
  assert.equal(r.engagements.length, 1);
  assert.equal(r.engagements[0].location.place, 'AlUla');
});

test('"held talks with him in the Kremlin" places the talks in Moscow, not in the city the talks were about; "the two men met one-on-one" is the same meeting', () => {
  const r = ex(`Guterres in Moscow
UNITED NATIONS, April 27 (Agency) – Russian President Vladimir Putin has agreed in principle that the United Nations and the International Committee of the Red Cross should be involved in getting civilians out of the Azovstal steel plant in Mariupol, the UN said after Secretary-General António Guterres held talks with him in the Kremlin on Tuesday.
The two men met one-on-one, according to a readout.`, '2022-04-27');
  assert.equal(r.engagements.length, 1, r.engagements.map((e) => e.evidence.slice(0, 40)).join(' | '));
  assert.equal(r.engagements[0].location.place, 'Moscow');
});

test('a "RIYADH:" dateline names no side: "Senior US and Russian officials held talks" are the two countries\' officials', () => {
  const r = ex('Talks\nRIYADH: Senior US and Russian officials held talks at Diriyah Palace on Tuesday.', '2025-02-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')), ['RUS-USA']);
  assert.equal(ex('Talks\nRIYADH: Senior US and Russian officials held more than four hours of talks on Tuesday.', '2025-02-19').engagements.length, 1, 'hours of talks held');
});

test('"Before his talks with President Zelenskyy, he laid flowers ...", "before sitting down with Albanese for talks" and "flew to Paris for a working dinner with Macron" report meetings', () => {
  const cases: [string, string, number, string][] = [
    ['TOKYO, March 22 — Prime Minister Fumio Kishida of Japan arrived in Kyiv on Tuesday. Before his talks with President Volodymyr Zelenskyy, he laid flowers at a church in Bucha.', '2023-03-22', 1, 'the talks he went on to'],
    ['Prime Minister Christopher Luxon of New Zealand flew to Sydney on Wednesday and was greeted with a ceremony before sitting down with Australian Prime Minister Anthony Albanese for talks.', '2023-12-20', 1, 'sitting down with'],
    ['LONDON – President Volodymyr Zelensky of Ukraine flew to Paris on Sunday for a working dinner with President Emmanuel Macron.', '2023-05-15', 1, 'a trip made for a dinner'],
    // Must not: talks still ahead, and a dinner someone is to fly to.
    ['TOKYO – Before his talks with President Volodymyr Zelenskyy, Prime Minister Fumio Kishida will lay flowers in Bucha.', '2023-03-21', 0, 'ahead'],
    ['LONDON – President Volodymyr Zelensky of Ukraine is to fly to Paris for a working dinner with President Emmanuel Macron.', '2023-05-14', 0, 'planned'],
  ];
  for (const [body, published, n, why] of cases) assert.equal(ex(`Story\n${body}`, published).engagements.length, n, why);
});

test('"One of his last major trips was a July visit to China, where he held talks with Wang Yi", told in September, is history', () => {
  const r = ex('Reshuffle\nKYIV, 5 September – The Verkhovna Rada on Thursday appointed Andrii Sybiha as Minister of Foreign Affairs. One of Dmytro Kuleba\'s last major trips was a July visit to China, where he held talks with Foreign Minister Wang Yi in Guangzhou.', '2024-09-05');
  assert.equal(r.engagements.length, 0, JSON.stringify(r.engagements.map((e) => e.evidence)));
});

test('"the first contact between the two leaders since Russia launched its war" adds no side; "since Xi\'s state visit to Moscow in March, where he held talks with Putin" is history', () => {
  const r = ex(`Call
KYIV, 27 April – President Volodymyr Zelensky held a telephone conversation with Chinese President Xi Jinping on Wednesday, the first contact between the two leaders since Russia launched its full-scale war.
Kyiv had been seeking the conversation since Xi's state visit to Moscow in March, where he held talks with Vladimir Putin.`, '2023-04-27');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('-')), ['CHN-UKR']);
});

test('who thanks after a fronted "When they met again on Friday," or as "The Senior General" is the one the clause or the title names', () => {
  const cases: [string, string, string, string][] = [
    ['Fund talks\nPARIS – Prime Minister Shehbaz Sharif of Pakistan met IMF Managing Director Kristalina Georgieva on Thursday. When they met again on Friday, Shehbaz repeated Pakistan\'s resolve to finish the programme and thanked the Fund for standing by the country.', '2023-06-23', 'PAK', 'the subject after a fronted when-clause'],
    ['Call\nNAY PYI TAW – Senior General Min Aung Hlaing held a telephone conversation with Indian Prime Minister Narendra Modi on Saturday. The Senior General thanked the Indian Prime Minister for the quick assistance.', '2025-03-29', 'MMR', 'a title only one participant holds'],
    // Must not: a title no participant holds names no side.
    ['Call\nNAY PYI TAW – Senior General Min Aung Hlaing held a telephone conversation with Indian Prime Minister Narendra Modi on Saturday. The Deputy Speaker thanked the Indian Prime Minister for the quick assistance.', '2025-03-29', 'null', 'a title no participant holds'],
  ];
  for (const [text, published, by, why] of cases) {
    const thanks = ex(text, published).engagements.flatMap((e) => e.outcomes).filter((o) => o.kind === 'gratitude');
    assert.deepEqual(thanks.map((o) => String(o.by)), [by], `${why}: ${JSON.stringify(thanks)}`);
  }
});

test('support pledged as "commitment to supporting", "would extend all possible support" and "will always support" is read; a support merely mentioned is not', () => {
  const cases: [string, string, string][] = [
    ['Prime Minister Modi reaffirmed India\'s commitment to supporting Sri Lanka\'s economic recovery.', 'support:IND', 'commitment to supporting'],
    ['He assured the President that India would extend all possible support to the relief effort.', 'support:IND', 'would extend all possible support'],
    ['Modi said India will always support Sri Lanka\'s territorial integrity.', 'support:IND', 'will always support'],
    // Must not: support asked of a third party, or support as a thing discussed.
    ['The two leaders discussed how to win support for the plan among lenders.', '', 'support discussed, not given'],
  ];
  for (const [said, want, why] of cases) {
    const r = ex(`Visit\nCOLOMBO – Prime Minister Narendra Modi of India held talks with President Anura Kumara Dissanayake of Sri Lanka on Saturday. ${said}`, '2025-04-05');
    const got = r.engagements.flatMap((e) => e.outcomes).filter((o) => o.kind === 'support').map((o) => `support:${o.by}`).join(',');
    assert.equal(got, want, why);
  }
});

test('a visitor\'s further hosts: "Speaker of Parliament Nabih Berri", and "also met Defence Minister X" in the country the lead says the visitor is in', () => {
  const beirut = ex('Saudi minister in Beirut\nBEIRUT – President Joseph Aoun received Saudi Foreign Minister Prince Faisal bin Farhan on Thursday.\nPrince Faisal later held talks with Speaker of Parliament Nabih Berri on the situation in the region.', '2025-01-23');
  assert.deepEqual(beirut.engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' + ')).sort(),
    ['Faisal bin Farhan Al Saud|SAU + Joseph Aoun|LBN', 'Faisal bin Farhan Al Saud|SAU + Nabih Berri|LBN'].sort());
  const male = ex('Muizzu receives Jaishankar\nPresident Mohamed Muizzu on Saturday received the External Affairs Minister of India, Subrahmanyam Jaishankar, who is in the Maldives on a three-day official visit.\nDuring his stay the External Affairs Minister also met Defence Minister Mohamed Ghassan Maumoon, discussing maritime security.', '2024-08-10');
  const maumoon = male.actors.find((a) => a.name.endsWith('Maumoon'));
  assert.equal(maumoon?.country, 'MDV', 'the host country of the visit the lead tells');
  // Must not: with no visit told, the lead gives no host to a minister named without a country.
  const none = ex('Talks\nPresident Mohamed Muizzu on Saturday received the External Affairs Minister of India, Subrahmanyam Jaishankar.\nThe External Affairs Minister also met Defence Minister Mohamed Ghassan Maumoon.', '2024-08-10');
  assert.equal(none.actors.find((a) => a.name.endsWith('Maumoon'))?.country ?? null, null, 'no visit, no host');
});

test('not meetings: "did not hold a bilateral meeting with Xi during the two-day summit"; "will later attend ... before flying on to Belize for talks with Briceño"', () => {
  const cases: [string, string, number, string][] = [
    ['Summit\nSAMARKAND – Prime Minister Narendra Modi of India met President Vladimir Putin of Russia on Friday.\nModi did not hold a bilateral meeting with Chinese President Xi Jinping during the two-day summit.', '2022-09-16', 1, 'a meeting denied; the two-day summit names no pair'],
    ['Visit\nGUATEMALA CITY – President Tsai Ing-wen of Taiwan met President Alejandro Giammattei of Guatemala on Friday.\nTsai will later attend a ceremony in Chimaltenango before flying on to Belize for talks with Prime Minister Johnny Briceño.', '2023-04-01', 1, 'talks a trip still ahead is for'],
    // Must: a trip made for talks, told in the past.
    ['Visit\nGUATEMALA CITY – President Tsai Ing-wen of Taiwan met President Alejandro Giammattei of Guatemala on Friday.\nOn Saturday Tsai flew on to Belize for talks with Prime Minister Johnny Briceño.', '2023-04-02', 2, 'talks a past trip was for'],
  ];
  for (const [text, published, n, why] of cases) assert.equal(ex(text, published).engagements.length, n, why);
});

test('"the two" after a sentence that names another pair ("a day after Lee\'s first conversation with Ishiba. On Monday, the two spoke") are that pair; "the two were joined by Guterres for a three-way meeting" is a meeting of three', () => {
  const calls = ex(`Calls
SEOUL – President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday.
The call came a day after Lee's first conversation with Japanese Prime Minister Shigeru Ishiba. On Monday, the two spoke for about 25 minutes.`, '2025-06-10');
  assert.deepEqual(calls.engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('-')}`), ['2025-06-10 CHN-KOR', '2025-06-09 JPN-KOR']);
  // Must not: "The two presidents" are not a president and a foreign minister named just before.
  const presidents = ex(`Visit
PRETORIA – Ukrainian President Volodymyr Zelensky held talks with President Cyril Ramaphosa on Thursday.
He said he would fly home after meeting Ramaphosa, leaving his foreign minister, Andrii Sybiha, to hold the rest of the meetings. The two presidents met for more than two hours.`, '2025-04-25');
  assert.ok(!presidents.engagements.some((e) => e.participants.some((p) => p.name === 'Andrii Sybiha')), JSON.stringify(presidents.engagements.map((e) => e.participants.map((p) => p.name))));
  const lviv = ex('Lviv\nANKARA, Aug 19 – Turkish President Recep Tayyip Erdogan held talks with Ukrainian President Volodymyr Zelensky in Lviv on Thursday, before the two were joined by UN Secretary-General Antonio Guterres for a three-way meeting.', '2022-08-19');
  assert.deepEqual(lviv.engagements.map((e) => e.participants.length).sort(), [2, 3]);
});

test('"spent roughly three hours with Wang Yi" and "spent about four hours together" are meetings; Carthage Palace stands in Tunis; a call still ahead makes no call of a lead\'s joint outcome', () => {
  const beijing = ex('Blinken in Beijing\nBEIJING, June 19 (Agency) – U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday.\nEarlier on Monday, Blinken spent roughly three hours at the Diaoyutai State Guesthouse with Wang Yi, China\'s top diplomat.', '2023-06-19');
  assert.deepEqual(beijing.engagements.map((e) => e.participants.map((p) => (p.name ?? '').split(' ').pop()).sort().join('+')).sort(), ['Blinken+Jinping', 'Blinken+Yi']);
  const together = ex('Summit\nUS President Joe Biden and Chinese President Xi Jinping spent about four hours together at Filoli, an estate in Woodside, on Wednesday.', '2023-11-16');
  assert.deepEqual(together.engagements.map((e) => `${e.kind} ${e.location?.place}`), ['meeting Woodside']);
  assert.equal(placeOf('Visit\nTUNIS, July 16 (TAP) - President Kais Saied on Sunday received Ursula von der Leyen at Carthage Palace.', '2023-07-17'), 'Tunis');
  const lead = ex(`Biden and Xi agree to restore military contacts
SAN FRANCISCO, Nov 16 (Agency) - U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to reopen communication between their armed forces, the main result of their first in-person talks in a year.
Under the understanding, commanders in the region will again be able to speak by telephone, officials said.`, '2023-11-16');
  assert.deepEqual(lead.engagements.map((e) => e.kind), ['meeting'], 'talks in person, with a call only planned');
});

test('"The visiting minister then called on Prime Minister Dahal and conveyed the good wishes of Modi" is the visitor; "Damascus, SANA - " is a dateline', () => {
  const r = ex(`Jaishankar in Kathmandu
KATHMANDU, Jan 5 – External Affairs Minister S Jaishankar held talks with Foreign Minister Narayan Prakash Saud on Thursday.
The visiting minister then called on Prime Minister Pushpa Kamal Dahal at Singha Durbar and conveyed the good wishes of Prime Minister Narendra Modi.`, '2024-01-05');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => (p.name ?? '').split(' ').pop()).sort().join('+')), ['Jaishankar+Saud', 'Dahal+Jaishankar']);
  for (const dateline of ['Damascus, SANA - ', 'Damascus - ']) {
    assert.equal(placeOf(`Assad receives Saudi minister\n${dateline}President Bashar al-Assad received on Tuesday Saudi Foreign Minister Prince Faisal bin Farhan Al Saud.\nThe visit follows talks in Jeddah earlier this month.`, '2023-04-18'), 'Damascus', dateline);
  }
});

test('"Lai called on Governor-General Tofiga Vaevalu Falani" is a meeting of its own with the host country\'s Governor-General', () => {
  const r = ex('Visit\nFUNAFUTI – President Lai Ching-te of Taiwan held talks with Tuvaluan Prime Minister Feleti Teo on Wednesday.\nLai called on Governor-General Tofiga Vaevalu Falani in the afternoon.', '2024-12-05');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.role}|${p.country}`).sort().join(' + ')),
    ['President|TWN + Prime Minister|TUV', 'Governor-General|TUV + President|TWN']);
  // Must not: the one a visitor calls on at home is of the visitor's country, not given the dateline's.
  const home = ex('Visit\nTAIPEI – President Lai Ching-te of Taiwan held talks with Tuvaluan Prime Minister Feleti Teo on Wednesday.\nTeo called on Speaker Han Kuo-yu in the afternoon.', '2024-12-05');
  assert.ok(!home.actors.some((a) => a.name === 'Han Kuo-yu' && a.country === 'TUV'), JSON.stringify(home.actors.map((a) => [a.name, a.country])));
});

test('"went into talks with his Russian host" names the host the story named; "after a visit to Moscow in July" is not where the talks were', () => {
  const r = ex(`Kazan
The BRICS summit hosted by Vladimir Putin in the Russian city of Kazan ended on Thursday.
Indian Prime Minister Narendra Modi went into talks with his Russian host in Kazan on Tuesday, his second trip to Russia in three months after a visit to Moscow in July.`, '2024-10-25');
  assert.deepEqual(r.engagements.map((e) => `${e.location?.place} ${e.participants.map((p) => p.name).sort().join('+')}`), ['Kazan Narendra Modi+Vladimir Putin']);
  // Must not: a host of a country the story names no one of stays unnamed.
  assert.equal(ex('Talks\nIndian Prime Minister Narendra Modi went into talks with his Brazilian host on Tuesday.', '2024-10-25').engagements.length, 0);
});

test('"Rahmon arrived at Manas airport on Wednesday, where Japarov met him" opens the state visit told, no meeting of its own', () => {
  const text = (welcome: string) => `Border treaty\nBISHKEK, March 14 – President Sadyr Japarov and President of Tajikistan Emomali Rahmon, who is in Kyrgyzstan on a state visit, signed the border treaty on Thursday.\n${welcome}`;
  assert.equal(ex(text('Rahmon arrived at Manas airport on Wednesday, where Japarov met him.'), '2025-03-14').engagements.length, 1, 'the welcome at the airport');
  // Must: talks held where he arrived are a meeting wherever that was.
  assert.equal(ex(text('Rahmon arrived in Osh on Wednesday, where Japarov held talks with him.'), '2025-03-14').engagements.length, 2, 'talks elsewhere the day before');
});

test('"Uz." is an honorific, not a sentence end; the Speaker of the People\'s Majlis is the Maldives\'', () => {
  const r = ex(`Modi in Male
MALE, July 26 – President Mohamed Muizzu held talks with Prime Minister Narendra Modi of India on Friday.
This morning, Prime Minister Modi met Vice President Uz. Hussain Mohamed Latheef. The Indian Prime Minister also met the Speaker of the People's Majlis, Abdul Raheem Abdulla.`, '2025-07-26');
  assert.ok(r.actors.some((a) => a.name === 'Hussain Mohamed Latheef'), JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(r.actors.find((a) => a.name === 'Abdul Raheem Abdulla')?.country, 'MDV');
});

test('"His Royal Highness also met President Pezeshkian and conveyed to him the greetings of A and of His Royal Highness B": a meeting of its own, and neither sender is there', () => {
  const r = ex(`Saudi defence minister in Tehran
Tehran, April 17, 2025, SPA -- The Supreme Leader of Iran, Ayatollah Ali Khamenei, today received His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of Defense.
His Royal Highness also met Iranian President Masoud Pezeshkian and conveyed to him the greetings of the Custodian of the Two Holy Mosques and of His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister.`, '2025-04-17');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => (p.name ?? '').split(' ').pop()).sort().join('+')), ['Abdulaziz+Khamenei', 'Abdulaziz+Pezeshkian']);
  assert.ok(r.engagements.every((e) => e.participants.length === 2), JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('"the document met the strategic interests of both countries" is no meeting', () => {
  const text = (verb: string) => `Statement\nASTANA – President Kassym-Jomart Tokayev noted on Monday that the document complied with international law and UN resolutions and ${verb} of both countries.`;
  assert.equal(ex(text('met the strategic interests'), '2024-05-06').engagements.length, 0, 'interests met');
  assert.equal(ex(text('met the needs'), '2024-05-06').engagements.length, 0, 'needs met');
  // Must: a person met.
  assert.equal(ex('Talks\nASTANA – President Kassym-Jomart Tokayev met the President of Uzbekistan, Shavkat Mirziyoyev, on Monday.', '2024-05-06').engagements.length, 1, 'a person met');
});

test('"held similar calls the same afternoon with A and B": one call with each, on the day told before', () => {
  const r = ex(`Kamikawa calls
TOKYO, April 4 – Japanese Foreign Minister Yoko Kamikawa held talks by phone with Jordanian Foreign Minister Ayman Safadi on Thursday. Kamikawa held similar calls the same afternoon with Egyptian Foreign Minister Sameh Shoukry and Lebanese Foreign Minister Abdallah Bou Habib on the situation in Gaza.`, '2024-04-05');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`).sort(),
    ['phone_call 2024-04-04 EGY+JPN', 'phone_call 2024-04-04 JOR+JPN', 'phone_call 2024-04-04 JPN+LBN']);
});

test('"landed on Monday afternoon and went into talks the same evening" is dated by its own sentence\'s Monday', () => {
  const r = ex(`Wang Yi in Delhi
NEW DELHI, Aug 20 – Chinese Foreign Minister Wang Yi wrapped up a two-day visit to India on Tuesday.
Wang landed on Monday afternoon and went into talks with External Affairs Minister S. Jaishankar the same evening.`, '2025-08-20');
  assert.deepEqual(r.engagements.map((e) => e.date), ['2025-08-18']);
});

test('"meeting the costs", "met those demands": standards met, no meeting', () => {
  const text = (verb: string) => `Statement\nASTANA – President Kassym-Jomart Tokayev said on Monday that the plan ${verb} of the partners.`;
  for (const v of ['was meeting the costs', 'met those demands', 'met any challenges']) assert.equal(ex(text(v), '2024-05-06').engagements.length, 0, v);
  assert.equal(ex(text('was meeting Prime Minister Olzhas Bektenov and the delegations'), '2024-05-06').engagements.length, 0, 'one side only');
});

test('a bare "The Prime Minister" is the leader the lead opened with, not a guest the headings named more often, nor one the sentence names with the same title', () => {
  const r = ex(`PM calls with Prime Minister Modi, Prime Minister Kishida and Prime Minister Albanese: 6 July 2024
Prime Minister Keir Starmer spoke to the leaders of India, Japan and Australia today, his first full day in office.

PM call with Prime Minister Modi of India
The Prime Minister spoke to the Prime Minister of India, Narendra Modi, this morning. The two leaders congratulated each other on their election victories.`, '2024-07-06');
  assert.ok(r.engagements.some((e) => e.participants.map((p) => p.name).sort().join('+') === 'Keir Starmer+Narendra Modi'), JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
  // Must stay: "the Office of the Prime Minister" is the office of the one just named; "Mr Albanese" later in
  // the sentence is the bare title's own holder, named again.
  const kingston = ex(`Rubio in Kingston
KINGSTON, March 27 – US Secretary of State Marco Rubio held talks in Kingston on Wednesday, among them with the Prime Minister of Barbados, Mia Amor Mottley.
Rubio was hosted by Prime Minister Andrew Holness, and the two held bilateral talks at the Office of the Prime Minister.`, '2025-03-27');
  assert.ok(kingston.engagements.every((e) => e.participants.length === 2), JSON.stringify(kingston.engagements.map((e) => e.participants.map((p) => p.name))));
  const bali = ex(`Albanese in Bali
CANBERRA, 17 November 2022 – Prime Minister Anthony Albanese leaves Bali today after talks with British Prime Minister Rishi Sunak on Tuesday.
On Wednesday, the Prime Minister sat down with French President Emmanuel Macron, their second meeting since Mr Albanese travelled to Paris in July.`, '2022-11-17');
  const paris = bali.engagements.find((e) => e.participants.some((p) => p.country === 'FRA'));
  assert.deepEqual(paris?.participants.map((p) => p.country).sort(), ['AUS', 'FRA']);
});

test('"greetings on their National Day tomorrow" dates the holiday, not a second call', () => {
  const r = ex(`PM speaks with Prime Minister of Nepal
Prime Minister Narendra Modi had a telephone conversation today with Sushila Karki, Prime Minister of the Interim Government of Nepal.
Prime Minister Karki thanked Prime Minister for India's firm support.
Prime Minister also extended warm greetings to Mrs. Karki and the people of Nepal on their National Day tomorrow.`, '2025-09-18');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2025-09-18 IND+NPL']);
});

test('"Minister of State for External Affairs" and "External Affairs Minister" are titles only India has', () => {
  const r = ex(`MoS in Kuala Lumpur
KUALA LUMPUR, Jun 3 – Minister of State for External Affairs V Muraleedharan on Friday called on Malaysia's Minister of Human Resources V Sivakumar.`, '2023-06-03');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+MYS']);
  assert.equal(people('Talks\nExternal Affairs Minister Vikram Misri met the Finance Minister of Nepal on Monday.')[0], 'Vikram Misri|External Affairs Minister|IND');
});

test('"The call came a day after / less than 24 hours after X called on Putin" tells a meeting of its own; "three days", "weeks" and "a month after" recall one', () => {
  const text = (gap: string) => `Modi calls Putin
NEW DELHI, Aug 9 – Prime Minister Narendra Modi spoke to Russian President Vladimir Putin over the phone on Friday.
The conversation came ${gap} after National Security Adviser Ajit Doval called on Putin at the Kremlin.`;
  for (const gap of ['a day', 'less than 24 hours']) assert.equal(ex(text(gap), '2025-08-09').engagements.length, 2, gap);
  for (const gap of ['three days', 'six days', 'two weeks', 'a month']) assert.equal(ex(text(gap), '2025-08-09').engagements.length, 1, gap);
});

test('a ministry\'s "the Minister met X" is its own minister, named with the pilgrim\'s title and "bin" as Malaysian releases write it', () => {
  const r = ex(`Foreign Minister holds bilateral meetings in Vientiane
The Minister of Foreign Affairs, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, held a series of bilateral meetings in Vientiane, Lao PDR.
On 26 July 2024, the Minister met the Rt. Hon. David Lammy MP, Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom.`, '2024-07-27');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2024-07-26 GBR+MYS']);
  // Must NOT: a bare "the Minister" is never the one the sentence names.
  const one = ex(`Talks\nForeign Minister Mohamad Hasan arrived in Vientiane on Friday.\nThe Minister of Energy, Ahmad Zahid, said the Minister had not met him.`, '2024-07-27');
  assert.equal(one.engagements.length, 0, JSON.stringify(one.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('"dropped his objections last July after talks with X" is history; "on Tuesday after talks with X" is news', () => {
  const text = (when: string) => `Sweden welcomes vote\nSTOCKHOLM, Jan 24 – Erdogan dropped his objections ${when} after talks with Swedish Prime Minister Ulf Kristersson in Vilnius.`;
  assert.equal(ex(text('last July'), '2024-01-24').engagements.length, 0, 'last July');
  assert.equal(ex(text('in July'), '2024-01-24').engagements.length, 0, 'in July');
  assert.deepEqual(ex(text('on Tuesday'), '2024-01-24').engagements.map((e) => e.date), ['2024-01-23']);
});

test('"called Colombia \\"the cornerstone\\"" names, no call; "as Maduro meets an electoral timetable" is no meeting', () => {
  const r = ex(`Petro and Biden
BOGOTÁ, April 21 – Colombian President Gustavo Petro met U.S. President Joe Biden at the White House on Thursday.
Biden opened by wishing his guest a happy birthday and called Colombia "the cornerstone" of the hemisphere.
Sanctions on Caracas could be lifted as Venezuelan President Nicolás Maduro meets an electoral timetable.`, '2023-04-21');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).sort().join('+')}`), ['meeting COL+USA']);
  // Must: a call with the one called.
  assert.equal(ex('Calls\nBOGOTÁ, April 21 – Colombian President Gustavo Petro called Joe Biden on Thursday.', '2023-04-21').engagements[0]?.kind, 'phone_call');
});

test('"had an audience with the Pope" is a meeting; "an audience with A at the Vatican and meetings in Rome with B and C" is one with each', () => {
  const r = ex(`Milei in Rome
BUENOS AIRES, Feb 13 – President Javier Milei wrapped up his trip to Italy on Monday with a private audience with Pope Francis at the Vatican and meetings in Rome with the President of the Italian Republic, Sergio Mattarella, and the President of the Council of Ministers, Giorgia Meloni.`, '2024-02-13');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')).sort(), ['ARG+ITA', 'ARG+ITA', 'ARG+VAT']);
  assert.equal(ex('Milei in Rome\nBUENOS AIRES, Feb 13 – President Javier Milei had an audience with Pope Francis at the Vatican on Monday.', '2024-02-13').engagements.length, 1, 'had an audience');
  // Must NOT: an audience spoken to.
  assert.equal(ex('Milei in Rome\nBUENOS AIRES, Feb 13 – President Javier Milei addressed a large audience at the Vatican on Monday with Pope Francis present.', '2024-02-13').engagements.length, 0, 'addressed an audience');
});

test('"The meeting on Thursday, their second ... after talks in Astana on July 4" dates the meeting the lead told without a day', () => {
  const r = ex(`Jaishankar, Wang Yi agree
VIENTIANE, Jul 27 – External Affairs Minister S Jaishankar and Chinese Foreign Minister Wang Yi have agreed on the need to achieve complete disengagement, the MEA said after the two met here on the sidelines of the ASEAN meetings.
The meeting on Thursday, their second in less than a month after talks in Astana on July 4, focused on the border.`, '2024-07-27');
  assert.deepEqual(r.engagements.map((e) => e.date), ['2024-07-25']);
});

test('places: "at the Istana Nurul Iman in Bandar Seri Begawan" is Brunei\'s palace, not Singapore\'s Istana; "returned to Bogotá from a visit to Caracas, where ..." is Caracas', () => {
  assert.equal(placeOf(`Modi in Brunei
SINGAPORE, Sep 5 – Prime Minister Narendra Modi held talks with Sultan Haji Hassanal Bolkiah at the Istana Nurul Iman in Bandar Seri Begawan on Wednesday.`, '2024-09-05'), 'Bandar Seri Begawan');
  assert.equal(placeOf(`Petro in Caracas
Bogotá, November 2, 2022 (Presidency of the Republic). President Gustavo Petro returned to Bogotá late on Tuesday from an official visit to Caracas, where he and the President of Venezuela, Nicolás Maduro, signed a joint declaration.`, '2022-11-02'), 'Caracas');
  // Must stay: Singapore's own Istana.
  assert.equal(placeOf('Talks\nPrime Minister Lawrence Wong met Prime Minister Anwar Ibrahim at the Istana on Monday.', '2024-06-11'), 'Singapore');
});

test('"called separately on A, B and C" is a courtesy call on each, not a phone call', () => {
  const r = ex(`Official visit
Malaysian Minister of Foreign Affairs Mohamad Hasan is in Singapore on an Official Visit from 27 to 28 May 2024.
Foreign Minister Mohamad Hasan called separately on President Tharman Shanmugaratnam and Prime Minister Lawrence Wong earlier today.`, '2024-05-28');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.location.place}`), ['meeting Singapore', 'meeting Singapore']);
  // Must stay a call: "called him separately on Monday".
  assert.equal(ex('Calls\nPresident Tharman Shanmugaratnam called Prime Minister Anwar Ibrahim on Monday.', '2024-05-28').engagements[0]?.kind, 'phone_call');
});

test('"the four visitors" are the four just named', () => {
  const r = ex(`Kyiv trip
KYIV, June 17 – French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi rode into the Ukrainian capital on Thursday and were joined there by Romanian President Klaus Iohannis.
The four visitors held talks with Ukrainian President Volodymyr Zelenskiy at the Mariinsky Palace.`, '2022-06-17');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['DEU+FRA+ITA+ROU+UKR']);
});

test('"X flew in with A and B for the meeting" brings A and B to it, whatever their country', () => {
  const text = (tail: string) => `EU and Tunisia
TUNIS, June 11 – The European Union is ready to help Tunisia, European Commission President Ursula von der Leyen said on Sunday after talks with President Kais Saied.
Von der Leyen flew in with Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte${tail}`;
  assert.deepEqual(ex(text(' for the meeting at the presidential palace.'), '2023-06-11').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['EU+ITA+NLD+TUN']);
  // Must NOT: companions of a trip the sentence does not tie to the meeting.
  assert.deepEqual(ex(text(', who left for Rome in the evening.'), '2023-06-11').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['EU+TUN']);
});

test('with no city in the lead, the minister an organisation\'s chief "also met" is of the dateline\'s country', () => {
  const r = ex(`Grossi in Kazakhstan
ASTANA. April 18. (Agency) – President Kassym-Jomart Tokayev today received Director General of the International Atomic Energy Agency Rafael Mariano Grossi at the Akorda.
Grossi also met Minister of Healthcare Azhar Giniyat to discuss cooperation on cancer care.`, '2023-04-18');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['IAEA+KAZ', 'IAEA+KAZ']);
  // Must NOT: a guest of the dateline's own country makes no host of the one he meets.
  const home = ex(`Talks\nASTANA. April 18. (Agency) – Foreign Minister Murat Nurtleu also met Minister of Healthcare Azhar Giniyat.`, '2023-04-18');
  assert.equal(home.engagements.length, 0, JSON.stringify(home.engagements.map((e) => e.participants)));
});

test('beside two named sides, a country or body named without a title is what was talked about, not a side', () => {
  const r = ex(`Araghchi calls
TEHRAN, June 14 – Iranian Foreign Minister Abbas Araghchi spoke by phone with European Union foreign policy chief Kaja Kallas on Saturday, telling her that the resolution adopted by the IAEA Board of Governors at the initiative of three European countries and the United States had served as a pretext for the Israeli attack.`, '2025-06-14');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['EU+IRN']);
  // Must stay: a side the sentence gives only by its country, beside one named person.
  const one = ex('Talks\nKYIV – President Volodymyr Zelenskyy received a delegation of the Japanese parliament on Monday.', '2024-10-08');
  assert.deepEqual(one.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['JPN+UKR']);
});

test('"a visit in July 2023 ..., during which he was received by Kim" is history; "Talks with A, B and C are planned for Wednesday" are ahead', () => {
  const recalled = ex(`Shoigu moves
MOSCOW, May 13 – As defense minister, Shoigu made a number of foreign trips, including a visit to Pyongyang in July 2023 for the 70th anniversary of the Korean War armistice, during which he was received by Kim Jong Un.`, '2024-05-13');
  assert.equal(recalled.engagements.length, 0, JSON.stringify(recalled.engagements.map((e) => e.evidence)));
  // Must: a visit of the day before.
  assert.equal(ex(`Shoigu in Pyongyang
MOSCOW, May 13 – Russian Security Council Secretary Sergei Shoigu paid a visit to Pyongyang on Sunday, during which he was received by Kim Jong Un.`, '2024-05-13').engagements.length, 1, 'a visit of the day before');
  const planned = ex(`Putin to hold meetings
MOSCOW, Oct 21 – Putin held talks with Indian Prime Minister Narendra Modi on Monday. Talks with Turkish President Recep Tayyip Erdogan, Iranian President Masoud Pezeshkian and Ethiopian Prime Minister Abiy Ahmed are planned for Wednesday.`, '2024-10-21');
  assert.deepEqual(planned.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+RUS']);
});

test('"held a working lunch with A on July 4 and later that afternoon paid a courtesy call on B" is two meetings; "including at the Zaporizhzhia plant" is a topic\'s place', () => {
  const r = ex(`Visit to Japan by the IAEA Director General
Mr. Rafael Mariano Grossi, Director General of the International Atomic Energy Agency (IAEA), who is visiting Japan, held a working lunch with Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, on July 4 and later that afternoon paid a courtesy call on Mr. KISHIDA Fumio, Prime Minister of Japan, at the Prime Minister's Office.
The two also exchanged views on nuclear safety in Ukraine, including at the Zaporizhzhia Nuclear Power Plant.`, '2023-07-05');
  assert.equal(r.engagements.length, 2, JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
  assert.ok(r.engagements.every((e) => e.location.country !== 'UKR'), JSON.stringify(r.engagements.map((e) => e.location)));
});

test('"Lavrov was accompanied by Presidential Aide Ushakov, while Rubio brought Waltz and Witkoff": each side\'s own people, the aide among them', () => {
  const r = ex(`Lavrov, Rubio in Riyadh
RIYADH, February 18 – Russian and US delegations headed by Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio held talks at the Diriyah Palace in the Saudi capital on Tuesday.
Lavrov was accompanied by Presidential Aide Yury Ushakov, while Rubio brought National Security Adviser Mike Waltz and Special Envoy Steve Witkoff.`, '2025-02-18');
  const ps = r.engagements[0]?.participants.map((p) => `${p.name}|${p.country}`) ?? [];
  for (const want of ['Yury Ushakov|RUS', 'Mike Waltz|USA', 'Steve Witkoff|USA']) assert.ok(ps.includes(want), `${want} in ${JSON.stringify(ps)}`);
});

test('"took part in the first trilateral meeting ... together with X" is held; "On the same day" five sentences on counts from "On July 25"', () => {
  const r = ex(`Lavrov's meetings in Vientiane
On July 25, on the sidelines of the ASEAN ministerial events in Vientiane, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov took part in the first trilateral meeting of the foreign ministers of Russia, China and Laos, together with Minister of Foreign Affairs of the People's Republic of China Wang Yi.
The ministers had a detailed exchange of views on the situation in the region. They agreed to step up coordination. They discussed the preparations for the East Asia Summit. The Russian and Chinese ministers expressed their support for Laos as it chairs ASEAN in 2024.
On the same day, Sergey Lavrov held a bilateral meeting with Kenyan Foreign Minister Musalia Mudavadi.`, '2024-07-27');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`), ['2024-07-25 CHN+RUS', '2024-07-25 KEN+RUS']);
  // Must NOT: "attended the meeting" after a hyphenated name is no meeting of its own.
  const att = ex(`Talks\nRIYADH – Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa on Sunday. Foreign Minister Prince Faisal bin Farhan and Syrian Foreign Minister Asaad al-Shaibani attended the meeting.`, '2025-02-03');
  assert.equal(att.engagements.length, 1, JSON.stringify(att.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('"summing up the results of Putin\'s talks with Witkoff" recalls the talks told next; "Ushakov also took part" puts the aide at the table', () => {
  const r = ex(`Russia, US agree in principle on summit
MOSCOW, August 7 – Russia and the United States have agreed in principle to hold a meeting between Presidents Vladimir Putin and Donald Trump, Presidential Aide Yury Ushakov told reporters on Thursday, summing up the results of Putin's talks with US Special Presidential Envoy Steve Witkoff.
Putin received Witkoff in the Kremlin on Wednesday for a conversation that lasted about three hours. Ushakov also took part.`, '2025-08-07');
  assert.equal(r.engagements.length, 1, JSON.stringify(r.engagements.map((e) => e.evidence)));
  assert.deepEqual(r.engagements[0].participants.map((p) => p.name).sort(), ['Steve Witkoff', 'Vladimir Putin', 'Yury Ushakov']);
});

test('"implement the understandings reached by Xi and Trump in their phone conversation on Friday" recalls that call', () => {
  const r = ex(`Han meets Vance
WASHINGTON, Jan. 19 – Chinese Vice President Han Zheng met with U.S. Vice President-elect JD Vance here on Sunday.
Han said China is ready to implement the important common understandings reached by President Xi Jinping and President-elect Donald Trump in their phone conversation on Friday.`, '2025-01-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['CHN+USA']);
  assert.equal(r.engagements[0].kind, 'meeting');
});

test('"special representative for the inauguration of President-elect Donald Trump" names the one sworn in, no participant', () => {
  const r = ex(`Han meets Vance
WASHINGTON, Jan. 19 – Chinese Vice President Han Zheng, who is in Washington as President Xi Jinping's special representative for the inauguration of U.S. President-elect Donald Trump, met with U.S. Vice President-elect JD Vance here on Sunday.`, '2025-01-19');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Han Zheng+JD Vance']);
});

test('a leader "visiting Ukraine" who "held a summit meeting" with the host, "followed by a joint press conference", is on a visit', () => {
  const r = ex(`Japan-Ukraine Summit Meeting
On March 21, Mr. KISHIDA Fumio, Prime Minister of Japan, who was visiting Ukraine at the invitation of H.E. Mr. Volodymyr Zelenskyy, President of Ukraine, held a summit meeting with President Zelenskyy in Kyiv, followed by a joint press conference.`, '2023-03-22');
  assert.deepEqual(r.engagements.map((e) => e.kind), ['visit']);
  // Must stay a meeting: talks on the sidelines of a summit.
  assert.deepEqual(ex(`Talks\nOn March 21, Prime Minister Kishida, who was visiting India for the G20 summit, held talks with Prime Minister Modi in New Delhi.`, '2023-03-22').engagements.map((e) => e.kind), ['meeting']);
});

test('"Mumbai, July 30: ..." is a dateline: its day is the filing, "on Tuesday" the meeting', () => {
  const r = ex(`Japanese Ambassador calls on Chief Minister
Mumbai, July 30: The Ambassador of Japan to India, Ono Keiichi, paid a courtesy call on Chief Minister Devendra Fadnavis at his official residence, Varsha, on Tuesday.`, '2025-07-30');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.location.place}`), ['2025-07-29 Mumbai']);
});

test('"Qingdao [China], June 27 (ANI):" is a dateline too', () => {
  const r = ex(`Rajnath in Qingdao
Qingdao [China], June 27 (ANI): Defence Minister Rajnath Singh held talks with his Chinese counterpart Admiral Dong Jun on the sidelines of the SCO Defence Ministers' Meeting here on Thursday evening.`, '2025-06-27');
  assert.deepEqual(r.engagements.map((e) => `${e.date} ${e.location.place}`), ['2025-06-26 Qingdao']);
});

test('a visit to a country of the meeting that names no city ("paid an official visit to Nepal", "who is visiting Japan") is in its capital', () => {
  assert.equal(placeOf(`Visit to Nepal
External Affairs Minister Dr. S. Jaishankar paid an official visit to Nepal on 4-5 January 2024 at the invitation of Foreign Minister N. P. Saud. The two ministers co-chaired the Joint Commission meeting.`, '2024-01-06'), 'Kathmandu');
  assert.equal(placeOf(`Visit to Japan
Mr. Rafael Mariano Grossi, Director General of the IAEA, who is visiting Japan, held a working lunch with Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, on July 4.`, '2023-07-05'), 'Tokyo');
  // Must NOT: a call; and a city the text names wins.
  assert.equal(placeOf(`Call\nPrime Minister Kishida, who is visiting India, spoke by phone with President Yoon Suk Yeol on Monday.`, '2023-03-21'), null);
  assert.equal(placeOf(`Visit\nPrime Minister Modi, who is visiting Japan, held talks with Prime Minister Kishida in Hiroshima on Saturday.`, '2023-05-21'), 'Hiroshima');
});

test('"on the South Lawn of the White House" is Washington, whatever the dateline', () => {
  assert.equal(placeOf(`Modi in Washington
NEW DELHI, June 24 – Prime Minister Narendra Modi flew from Washington to Cairo on Saturday at the end of a state visit to the United States.
President Joe Biden welcomed Modi with a military arrival ceremony on the South Lawn of the White House on Thursday morning.`, '2023-06-24'), 'Washington');
});

test('a UK readout\'s bare "The Prime Minister" is the UK\'s; "spoke by telephone last night with A and B" is a call with each', () => {
  const uk = ex(`PM call with President-elect Trump: 6 November 2024
From: Prime Minister's Office, 10 Downing Street
Published 6 November 2024
The Prime Minister spoke with President-elect Donald Trump this evening to congratulate him on his historic election victory.`, '2024-11-06');
  assert.deepEqual(uk.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['GBR+USA']);
  const r = ex(`Anwar calls
ALOR SETAR, July 25 (Agency) -- Prime Minister Anwar Ibrahim spoke by telephone last night with Cambodian Prime Minister Hun Manet and Thailand's Acting Prime Minister Phumtham Wechayachai.`, '2025-07-25');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['KHM+MYS', 'MYS+THA']);
});

test('"Li met with Opposition Leader Peter Dutton" in a story filed from Canberra: the leader of the opposition is of the host country', () => {
  const r = ex(`Li Qiang in Canberra
CANBERRA, June 17 – Chinese Premier Li Qiang held talks with Prime Minister Anthony Albanese at Parliament House on Monday.
Later on Monday, Li met with Opposition Leader Peter Dutton, telling him that stable relations serve both peoples.`, '2024-06-18');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['AUS+CHN', 'AUS+CHN']);
});

test('"In his meeting with Madbouly, who is attending on behalf of President Sisi, Xi said": "his" is Xi\'s, and the one stood in for is not there', () => {
  const r = ex(`Xi meets leaders
TIANJIN, Aug. 30 – Chinese President Xi Jinping on Saturday met with UN Secretary-General Antonio Guterres, Egyptian Prime Minister Mostafa Madbouly and Cambodian Prime Minister Hun Manet.
Meeting with Guterres, Xi said multilateralism is the right answer. Earlier in the day, Guterres held a separate meeting with Foreign Minister Wang Yi.
In his meeting with Madbouly, who is attending the summit on behalf of President Abdel Fattah al-Sisi, Xi said China-Egypt relations are at their best in history.`, '2025-08-30');
  const egypt = r.engagements.filter((e) => e.participants.some((p) => p.country === 'EGY'));
  assert.deepEqual(egypt.map((e) => e.participants.map((p) => p.name).sort().join('+')), ['Mostafa Madbouly+Xi Jinping']);
});

test('"Foreign Minister Wang Yi was present at the three meetings" seats him at each meeting of the roundup', () => {
  const r = ex(`Xi meets leaders
TIANJIN, Aug. 30 – Chinese President Xi Jinping on Saturday met with UN Secretary-General Antonio Guterres, Egyptian Prime Minister Mostafa Madbouly and Cambodian Prime Minister Hun Manet.
Meeting with Guterres, Xi said multilateralism is the right answer. In his meeting with Madbouly, Xi said relations are at their best. During the meeting with Hun Manet, Xi said China supports Cambodia.
Foreign Minister Wang Yi was present at the three meetings.`, '2025-08-30');
  assert.equal(r.engagements.length, 3, JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
  assert.ok(r.engagements.every((e) => e.participants.some((p) => p.name === 'Wang Yi')), JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
});

test('"The two heads of state first met privately and then led an expanded meeting, with A and B" is the visit told before, with their ministers', () => {
  const r = ex(`Boric and Lula
SANTIAGO, August 5, 2024 — President Gabriel Boric received the President of Brazil, Luiz Inácio Lula da Silva, at La Moneda Palace on Monday, the centrepiece of the Brazilian leader's official visit to Chile.
The two heads of state first met privately and then led an expanded meeting of their teams, with Foreign Minister Alberto van Klaveren on the Chilean side and Foreign Minister Mauro Vieira among the 14 ministers travelling with the Brazilian president.`, '2024-08-05');
  assert.equal(r.engagements.length, 1, JSON.stringify(r.engagements.map((e) => e.participants.map((p) => p.name))));
  assert.deepEqual(r.engagements[0].participants.map((p) => p.name).sort(), ['Alberto van Klaveren', 'Gabriel Boric', 'Luiz Inácio Lula da Silva', 'Mauro Vieira']);
});

test('in a piece headlined "Statement from ...", condolences "extended to King Charles III" were written, not said in person', () => {
  const text = (title: string) => `${title}
THE WHITE HOUSE
SEPTEMBER 8, 2022
President Joseph R. Biden, Jr. paid tribute today to Her Majesty Queen Elizabeth II.
The President and the First Lady extended their condolences to King Charles III and the entire royal family.`;
  assert.equal(ex(text('Statement from President Biden on the Death of Queen Elizabeth II'), '2022-09-08').engagements.length, 0, 'a statement');
  // Must stay: the same words in a story of a visit.
  assert.equal(ex(text('Biden at Buckingham Palace'), '2022-09-08').engagements.length, 1, 'a story');
});

test('condolences extended to a leader are sent, unless a call, a meeting or a visit is told beside them', () => {
  const body = (title: string, before = '') => `${title}

${before}President Bola Ahmed Tinubu has extended his condolences to President John Dramani Mahama, the Government and the people of Ghana following Wednesday's military helicopter crash.

President Tinubu assures his Ghanaian counterpart that Nigeria stands with Ghana in prayer.`;
  assert.equal(ex(body('President Tinubu condoles with President Mahama over helicopter crash'), '2025-08-06').engagements.length, 0, 'a message');
  // Must stay: said in a call, or on a visit the story tells.
  assert.equal(ex(body('Tinubu phones Mahama over helicopter crash'), '2025-08-06').engagements.length, 1, 'a call in the headline');
  assert.equal(ex(body('Tinubu in Accra', 'President Tinubu arrived in Accra on Thursday. '), '2025-08-06').engagements.length, 1, 'a visit told before');
});

test('"met Trump\'s Middle East envoy Steve Witkoff": the envoy, of the leader\'s country, is met; the leader is not there', () => {
  const r = ex(`Qatar's emir meets Witkoff

DOHA, Jan 14 (Agency) – Qatar's Emir Sheikh Tamim bin Hamad Al Thani met U.S. President-elect Donald Trump's Middle East envoy Steve Witkoff late on Monday.`, '2025-01-14');
  assert.equal(r.engagements.length, 1);
  assert.deepEqual(r.engagements[0].participants.map((p) => `${p.name} ${p.country}`), ['Tamim bin Hamad Al Thani QAT', 'Steve Witkoff USA']);
  // Must stay: an aide whose title the titles do not know is stood for by the leader he serves.
  const aide = ex(`Qatar's emir meets adviser

DOHA, Jan 14 (Agency) – Qatar's Emir Sheikh Tamim bin Hamad Al Thani met U.S. President Joe Biden's top Middle East adviser Brett McGurk on Monday.`, '2025-01-14');
  assert.deepEqual(aide.engagements[0]?.participants.map((p) => p.name), ['Tamim bin Hamad Al Thani', 'Joe Biden']);
});

test('"spoke on Sunday after a bilateral meeting with Mr X, a member of Haiti\'s Transitional Presidential Council, on the sidelines of the Summit at the African Union headquarters in Addis Ababa"', () => {
  const r = ex(`Ruto calls for UN backing for Haiti mission

The President spoke on Sunday after a bilateral meeting with Mr Edgard Leblanc Fils, a member of Haiti's Transitional Presidential Council, on the sidelines of the Second Africa-CARICOM Summit at the African Union headquarters in Addis Ababa, Ethiopia.

The Addis Ababa summit, the first in-person meeting of the two regions, was held under the theme of reparatory justice. It was co-chaired by Angola's President João Lourenço and Prime Minister Terrance Drew of St Kitts and Nevis.`, '2025-09-08');
  assert.equal(r.engagements.length, 1, 'the summit\'s two chairs held no meeting of their own');
  const e = r.engagements[0];
  assert.deepEqual(e.participants.map((p) => `${p.name} ${p.country}`), ['Ruto KEN', 'Edgard Leblanc Fils HTI']);
  assert.equal(e.participants[1].role, 'Member of the Transitional Presidential Council');
  assert.equal(e.location?.place, 'Addis Ababa');
  assert.equal(e.date, '2025-09-07');
  // Must stay: a meeting still to come, and a party's seat that is no venue.
  assert.equal(ex(`Ruto to meet Haitian leader

President William Ruto will speak after a meeting with Prime Minister Philip Davis of the Bahamas.`, '2025-09-08').engagements.length, 0);
  assert.equal(ex(`Ruto meets Davis

President William Ruto held talks in Nairobi with Prime Minister Philip Davis of the Bahamas, whose party has its headquarters in Nassau.`, '2025-09-08').engagements[0]?.location?.place, 'Nairobi');
});

test('"looked forward to meeting the Chinese president in Tianjin" places a meeting still ahead, not the one told', () => {
  const text = (city: string) => `Modi meets Wang Yi

NEW DELHI, Aug. 19 -- Indian Prime Minister Narendra Modi met with visiting Chinese Foreign Minister Wang Yi on Tuesday.

Modi thanked Xi for the invitation and said he looked forward to meeting the Chinese president in ${city}.

Modi said relations had made steady progress since his meeting with Xi in Kazan last October.`;
  assert.equal(ex(text('Tianjin'), '2025-08-19').engagements[0]?.location?.place, 'New Delhi');
});

test('"The day before, on July 8, Putin and Modi had an informal conversation at Novo-Ogaryovo" is a meeting of its own beside the talks', () => {
  const text = (opening: string) => `Talks with Prime Minister of India Narendra Modi

Vladimir Putin held talks in the Kremlin with Prime Minister of the Republic of India Narendra Modi, who is in Russia on an official visit.

The sides discussed trade, energy and transport.

${opening} Vladimir Putin and Narendra Modi had an informal conversation at the Novo-Ogaryovo residence outside Moscow.`;
  const r = ex(text('The day before, on July 8,'), '2024-07-09');
  assert.equal(r.engagements.length, 2);
  assert.equal(r.engagements[1].date, '2024-07-08');
  // Must stay: the same pair's conversation told without another day is the talks told.
  assert.equal(ex(text('During the talks,'), '2024-07-09').engagements.length, 1);
});

test('"the first such talks since President Donald Trump returned to office" names a time, not a participant', () => {
  const r = ex(`Xi meets Albanese

BEIJING – Chinese President Xi Jinping met Australian Prime Minister Anthony Albanese in Beijing on Tuesday, the first such talks since President Donald Trump returned to office.`, '2025-07-15');
  assert.deepEqual(r.engagements[0]?.participants.map((p) => p.name).sort(), ['Anthony Albanese', 'Xi Jinping']);
  // Must stay: one who took part, named with his office's start elsewhere in the sentence.
  const s = ex(`Xi meets Trump

BEIJING – Chinese President Xi Jinping met President Donald Trump, who returned to office in January, in Busan on Thursday.`, '2025-10-30');
  assert.deepEqual(s.engagements[0]?.participants.map((p) => p.name).sort(), ['Donald Trump', 'Xi Jinping']);
});

test('"The Chancellor first received President Macron" before the third leader joined: the pair\'s meeting beside the three\'s', () => {
  const text = (verb: string) => `Weimar Triangle in Berlin

Federal Chancellor Olaf Scholz hosted the President of the French Republic, Emmanuel Macron, and the Prime Minister of the Republic of Poland, Donald Tusk, at the Federal Chancellery on Friday for a meeting in the Weimar Triangle format.

The Chancellor ${verb} President Macron at the Chancellery.`;
  assert.deepEqual(ex(text('first received'), '2024-03-15').engagements.map((e) => e.participants.length), [3, 2]);
  // Must stay: a reception told again is the meeting told.
  assert.deepEqual(ex(text('received'), '2024-03-15').engagements.map((e) => e.participants.length), [3]);
});

test('"Jaishankar called on her at her hotel": "her" as an object is the guest, not the woman of his side named just before', () => {
  const text = (tail: string) => `Hasina visit

NEW DELHI: Prime Minister Narendra Modi held talks with Bangladesh Prime Minister Sheikh Hasina on Tuesday.

The visit began on Monday, when Ms. Hasina was received at the airport by Minister of State Darshana Jardosh. External Affairs Minister S. Jaishankar ${tail}`;
  const r = ex(text('called on her at her hotel that evening.'), '2022-09-07');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['BGD+IND', 'BGD+IND']);
  assert.ok(r.engagements[1].participants.some((p) => /Jaishankar/.test(p.name ?? "")));
});

test('a meeting only the headline reports takes its topics and outcomes from the lead that tells it in other words', () => {
  const r = ex(`Jaishankar presses Wang Yi on full disengagement in eastern Ladakh at Bali meeting

NUSA DUA (BALI): External Affairs Minister S. Jaishankar on Thursday urged China to complete the disengagement of troops from all the remaining friction points in eastern Ladakh, telling Chinese Foreign Minister Wang Yi that this was essential to restore peace in the border areas. The two Ministers agreed to maintain regular contact through military and diplomatic channels.`, '2022-07-08');
  assert.equal(r.engagements.length, 1);
  assert.ok(r.engagements[0].outcomes.some((o) => o.kind === 'proposal' && o.by === 'IND'), JSON.stringify(r.engagements[0].outcomes));
  assert.ok(r.engagements[0].topics.includes('security_defense'), r.engagements[0].topics.join());
});

test('"ended his ninth tour since the Gaza war began with talks in Egypt and Qatar on Tuesday": the since-clause closes at its verb, and Tuesday dates the talks', () => {
  const text = (lead: string) => `Blinken presses mediators

DOHA, Aug 21 (Agency) – U.S. Secretary of State Antony Blinken ${lead}, urging the two mediators to get Hamas to accept a U.S. proposal.

In the Mediterranean city of El Alamein, Blinken held talks with Egyptian President Abdel Fattah al-Sisi at his summer residence.`;
  assert.equal(ex(text('ended his ninth Middle East tour since the Gaza war began with talks in Egypt and Qatar on Tuesday'), '2024-08-21').engagements[0]?.date, '2024-08-20');
  // Must stay: a day inside the since-clause is where a span of time starts.
  assert.equal(ex(text('made his ninth Middle East tour since the war began on Tuesday a year ago'), '2024-08-21').engagements[0]?.date, null);
});

test('"spoke for about 15 minutes with President Yoon": a length of time in figures is no topic, and Yoon is the other side', () => {
  const r = ex(`Ishiba talks

TOKYO, Oct. 2 (Kyodo) -- Prime Minister Shigeru Ishiba spoke for about 15 minutes with South Korean President Yoon Suk Yeol on Wednesday.`, '2024-10-02');
  assert.deepEqual(r.engagements[0]?.participants.map((p) => p.name).sort(), ['Shigeru Ishiba', 'Yoon Suk Yeol']);
  // Must stay: what they talked about is no side.
  assert.equal(ex(`Ishiba talks

TOKYO, Oct. 2 (Kyodo) -- Prime Minister Shigeru Ishiba talked about the summit of South Korean President Yoon Suk Yeol on Wednesday.`, '2024-10-02').engagements.length, 0);
});

test('"held meetings with Vice President Han Zheng and Foreign Minister Wang Yi": one meeting with each', () => {
  const text = (noun: string) => `Cleverly in Beijing

BEIJING – Foreign Secretary James Cleverly today held ${noun} with Chinese Vice President Han Zheng and Foreign Minister Wang Yi.`;
  assert.deepEqual(ex(text('meetings'), '2023-08-30').engagements.map((e) => e.participants.length), [2, 2]);
  // Must stay: one meeting of them all, when the text says so.
  assert.deepEqual(ex(text('a meeting'), '2023-08-30').engagements.map((e) => e.participants.length), [3]);
});

test('"His Majesty the Sultan and President Raisi": a monarch and a president are two people, not one person\'s chained titles', () => {
  const actors = (text: string) => ex(text, '2023-05-28').actors.map((a) => `${a.name}|${a.role}`);
  assert.ok(actors(`Sultan in Tehran

TEHRAN – Sultan Haitham bin Tarik of Oman arrived in Tehran on Sunday. His Majesty the Sultan and President Raisi then held official talks at the palace.`).includes('Raisi|President'));
  // Must stay: one person's chained offices.
  assert.ok(actors(`Nurtleu in Ulaanbaatar

ULAANBAATAR – Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met the Mongolian foreign minister on Sunday.`).includes('Murat Nurtleu|Deputy Prime Minister and Foreign Minister'));
});

test('"Mr. Biden was at the White House with A and B, and was joined there by C and D": those who sat in on the call', () => {
  const text = (second: string) => `Modi, Biden hold virtual meeting

NEW DELHI: Prime Minister Narendra Modi on Monday told U.S. President Joe Biden that the killings in Bucha were very worrying, as the two leaders held a virtual meeting.

Mr. Modi joined the video conference from New Delhi. ${second}`;
  assert.equal(ex(text('Mr. Biden was at the White House with Secretary of State Antony Blinken, and was joined there by External Affairs Minister S. Jaishankar.'), '2022-04-12').engagements[0]?.participants.length, 4);
  // Must stay: those merely named beside the call are not in it.
  assert.equal(ex(text('Mr. Biden later travelled to North Carolina with Secretary of State Antony Blinken.'), '2022-04-12').engagements[0]?.participants.length, 2);
});

test('"has agreed to delay the tariff until July 9, after a phone call with von der Leyen on Sunday": the subject\'s call, on Sunday', () => {
  const call = (text: string) => ex(text, '2025-05-26').engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.name).join('+')}`);
  assert.deepEqual(call('US President Donald Trump has agreed to delay his threatened tariff on imports from the European Union until July 9, after a phone call with Commission President Ursula von der Leyen on Sunday.'),
    ['phone_call 2025-05-25 Donald Trump+Ursula von der Leyen']);
  assert.deepEqual(call('French President Emmanuel Macron said on Sunday he would travel to Kyiv, following talks with President Volodymyr Zelensky.'),
    ['meeting 2025-05-25 Emmanuel Macron+Volodymyr Zelensky']);
  // Must stay: the deadline is the day when the sentence names no other.
  assert.deepEqual(call('Protesters gathered outside the embassy until Sunday.'), []);
});

test('"which Brussels hopes will kick-start negotiations": Brussels acting is the EU, not Belgium', () => {
  const parties = (text: string) => ex(text, '2025-05-26').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).join('+'));
  assert.deepEqual(parties('US President Donald Trump has agreed to delay his tariff until July 9, after a phone call with Commission President Ursula von der Leyen on Sunday that Brussels hopes will kick-start negotiations.'), ['USA+EU']);
  // Must stay: Brussels as the place of the talks.
  const e = ex('Belgian Prime Minister Alexander De Croo met Ukrainian President Volodymyr Zelensky in Brussels on Sunday.', '2025-05-26').engagements[0];
  assert.equal(e.location.place, 'Brussels');
  assert.equal(e.location.country, 'BEL');
});

test('"spent the morning on a video link with Premier Li Keqiang; the afternoon call with President Xi": two calls, one counterpart each', () => {
  const calls = (text: string) => ex(text, '2022-04-01').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.name?.split(' ').pop()).join('+')}`);
  assert.deepEqual(calls('European Council President Charles Michel and Commission President Ursula von der Leyen first spent the morning on a video link with Premier Li Keqiang. In the afternoon call with President Xi Jinping, Michel warned against helping Moscow.'),
    ['video_call Michel+Leyen+Keqiang', 'phone_call Michel+Jinping']);
  // Must stay: the same counterpart again is the same call.
  assert.deepEqual(calls('European Council President Charles Michel held a video call with President Xi Jinping on Friday. In the call with President Xi Jinping, Michel warned against helping Moscow.'),
    ['video_call Michel+Jinping']);
  // A ceremony joined by video link is no call.
  assert.deepEqual(calls('President Xi Jinping took part by video link in the opening of the railway.'), []);
});

test('"conferred the honour on the Prime Minister of India, Narendra Modi, during bilateral talks at the State House": the talks, past an apposition', () => {
  const pair = (text: string) => ex(text, '2024-11-17').engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`);
  assert.deepEqual(pair('President Bola Ahmed Tinubu on Sunday conferred the national honour on the Prime Minister of the Republic of India, Narendra Modi, during bilateral talks at the State House, Abuja.'),
    ['meeting 2024-11-17 IND+NGA']);
  assert.deepEqual(pair('Russian and US delegations agreed on Tuesday to appoint ambassadors without delay and to begin removing the obstacles to the work of their missions, following talks at Diriyah Palace in the Saudi capital.'),
    ['meeting 2024-11-12 RUS+USA']);
  // Must stay: talks that are only the subject of a remark.
  assert.deepEqual(pair('Tinubu, who is expected in Paris next week, said progress depended on what happens during talks at the United Nations.'), []);
});

test('"Ambassador Ahmed" after "President Bola Ahmed Tinubu" and "Ambassador Dunoma Umar Ahmed": the one whose surname it is', () => {
  const actors = ex(`President Bola Ahmed Tinubu met Indian Prime Minister Narendra Modi on Sunday. The instruments were signed on Friday by the Permanent Secretary, Ambassador Dunoma Umar Ahmed, and Dammu Ravi. President Tinubu thanked him. Ambassador Ahmed said the agreements would be implemented.`, '2024-11-17').actors;
  const tinubu = actors.find((a) => a.name === 'Bola Ahmed Tinubu')!;
  assert.equal(tinubu.role, 'President');
  assert.equal(actors.find((a) => a.name === 'Dunoma Umar Ahmed')!.mentions.length, 2);
});

test('"a meeting between Presidents Vladimir Putin and Donald Trump": each holds the office in the singular', () => {
  const roles = (text: string) => ex(text, '2025-02-18').actors.map((a) => `${a.name}|${a.role}`);
  assert.deepEqual(roles('The two sides agreed on Tuesday to prepare a meeting between Presidents Vladimir Putin and Donald Trump.'), ['Vladimir Putin|President', 'Donald Trump|President']);
  // Must stay: a plural before no pair of names is no one's title.
  assert.ok(!roles('Erdogan held talks in Baku on the margins of the World Leaders Climate Action Summit.').some((r) => r.endsWith('|Leader')));
});

test('"briefed his counterpart on Moscow\'s latest contacts, including the meeting between Putin and Trump": a meeting told of, not held', () => {
  const kinds = (text: string) => ex(text, '2025-08-21').engagements.map((e) => e.participants.map((p) => p.name).join('+'));
  const text = (briefing: string) => `Russian Foreign Minister Sergey Lavrov and Indian External Affairs Minister Subrahmanyam Jaishankar held talks in Moscow on Thursday.

${briefing}

Later in the day, Putin received Jaishankar in the Kremlin.`;
  const told = ex(text('He also said he had briefed his counterpart on Moscow\'s latest contacts with Washington, including the meeting between Vladimir Putin and US President Donald Trump in Anchorage on August 15.'), '2025-08-21').engagements;
  assert.deepEqual(told.map((e) => `${e.date} ${e.participants.map((p) => p.country).join('+')}`), ['2025-08-21 RUS+IND', '2025-08-21 IND+RUS']);
  // Must stay: a meeting the paragraph reports as news of its own.
  assert.equal(kinds(text('On Friday, Vladimir Putin met US President Donald Trump in Anchorage.')).length, 3);
});

test('"focusing on preparations for the annual Russian-Indian summit due to take place in India": an event ahead is no occasion', () => {
  const occasion = (text: string) => ex(text, '2025-08-21').engagements[0]?.occasion;
  assert.equal(occasion('Russian Foreign Minister Sergey Lavrov and Indian External Affairs Minister Subrahmanyam Jaishankar held talks in Moscow on Thursday, focusing on preparations for the annual Russian-Indian summit due to take place in India later this year.'), null);
  assert.equal(occasion('Russian Foreign Minister Sergey Lavrov and Indian External Affairs Minister Subrahmanyam Jaishankar held talks in Moscow on Thursday on the sidelines of the Valdai Discussion Forum.'), 'Valdai Discussion Forum');
});

test('officials named in Russia-US readouts of 2025 have their country from the list', () => {
  const actors = ex('First Deputy Prime Minister Denis Manturov, Kirill Dmitriev and Special Envoy Steve Witkoff attended.', '2025-08-21').actors.map((a) => `${a.name}|${a.country}`);
  assert.deepEqual(actors.sort(), ['Denis Manturov|RUS', 'Kirill Dmitriev|RUS', 'Steve Witkoff|USA']);
});

test('"President Biden told Prime Minister Netanyahu on Thursday that ... The call, which lasted half an hour, ...": the lead tells a call', () => {
  const calls = (next: string) => ex(`President Biden told Israeli Prime Minister Benjamin Netanyahu on Thursday that future American policy would depend on whether Israel moved quickly to protect civilians.

${next}`, '2024-04-04').engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).join('+')}`);
  assert.deepEqual(calls('The call, which lasted about half an hour, was the first conversation between the two men since the strike.'), ['phone_call 2024-04-04 USA+ISR']);
  // Must stay: words told with no contact named are a statement, not a call.
  assert.deepEqual(calls('The warning was the sharpest in six months of fighting.'), []);
});

test('"then broke away from the meeting ... to call Putin about arranging a meeting between ...": the call on the lead\'s day, the meeting arranged no meeting', () => {
  const text = `WASHINGTON — President Trump told President Volodymyr Zelensky of Ukraine on Monday that the United States would help guarantee his country's security, then broke away from a meeting with European leaders to telephone President Vladimir V. Putin about arranging a meeting between the Russian and Ukrainian presidents.

The day of diplomacy came after Mr. Trump's summit with Mr. Putin in Alaska on Friday.

Partway through the session, Mr. Trump stepped out to call Mr. Putin. He wrote afterward that he had begun arranging a meeting between Mr. Putin and Mr. Zelensky. Ushakov said the two presidents had spoken in favor of continuing direct talks between Russian and Ukrainian delegations.`;
  const found = ex(text, '2025-08-18').engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).sort().join('+')}`);
  assert.ok(found.includes('phone_call 2025-08-18 RUS+USA'), found.join('; '));
  assert.ok(!found.some((f) => f.startsWith('meeting') && f.includes('RUS')), found.join('; '));
  // Must stay: a planned purpose is still planned ("flew to Riyadh to call on the Crown Prince" is a plan when nothing tells it held).
  assert.deepEqual(ex('Mr. Trump wants to call Mr. Putin next week.', '2025-08-18').engagements, []);
});

test('"Macron, whose visit came eight days after Parliament elected Aoun, held a meeting with Aoun": the aside\'s time is not the meeting\'s', () => {
  const found = (text: string) => ex(text, '2025-01-17').engagements.map((e) => e.participants.map((p) => p.country).join('+'));
  assert.deepEqual(found('French President Emmanuel Macron, whose visit came eight days after Parliament elected Joseph Aoun president, held a one-on-one meeting with Aoun at the presidential palace in Baabda on Friday.'), ['FRA+LBN']);
  // Must stay: the meeting the visit came after is an earlier one.
  assert.deepEqual(found('The visit came eight days after French President Emmanuel Macron held talks with Joseph Aoun in Paris.'), []);
});

test('Lebanon, January 2025: Nawaf Salam as Prime Minister-designate and Nabih Berri as Speaker are Lebanese', () => {
  const actors = ex('Macron also held talks with Prime Minister-designate Nawaf Salam and Speaker Nabih Berri.', '2025-01-17').actors.map((a) => `${a.name}|${a.country}`);
  assert.deepEqual(actors.filter((a) => !a.startsWith('Emmanuel')).sort(), ['Nabih Berri|LBN', 'Nawaf Salam|LBN']);
});

test('"held talks with his Saudi counterpart Prince Faisal bin Farhan": the counterpart is the titled name after the word', () => {
  const text = (who: string) => `Iranian Foreign Minister Seyed Abbas Araghchi met with Saudi Crown Prince and Prime Minister Mohammed bin Salman in Riyadh on Wednesday.

Earlier in the day, Araghchi held talks with ${who} at the Saudi Foreign Ministry.`;
  const casts = (who: string) => ex(text(who), '2024-10-09').engagements.map((e) => e.participants.map((p) => p.name).join('+'));
  assert.deepEqual(casts('his Saudi counterpart Prince Faisal bin Farhan Al Saud'), ['Abbas Araghchi+Mohammed bin Salman', 'Abbas Araghchi+Faisal bin Farhan Al Saud']);
  // Must stay: the counterpart alone is the one of that country last named.
  assert.equal(casts('his Saudi counterpart').length, 1);
});

test('"Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and Indian Prime Minister Modi held a virtual summit": one subject of two', () => {
  const cast = (text: string) => ex(text, '2022-02-18').engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country).join('+')}`);
  assert.deepEqual(cast('ABU DHABI, 18th February, 2022 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and Indian Prime Minister Narendra Modi held a virtual summit today.'),
    ['video_call ARE+IND']);
  // Must stay: a first clause with its own verb ends at ", and".
  assert.deepEqual(cast('Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Friday, and Australian Prime Minister Anthony Albanese held talks with US President Joe Biden.').length, 2);
});

test('"On Tuesday, Wang held talks with Dar" after the three ministers met: the pair\'s own day and meeting; the CPC Central Committee is China\'s', () => {
  const text = (pair: string) => `China, Pakistan and Afghanistan agreed on Wednesday to extend the economic corridor to Afghanistan.

Foreign Minister Wang Yi, Pakistan's Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar and Afghanistan's Acting Foreign Minister Amir Khan Muttaqi met in Beijing.

${pair}

Dar also met with Liu Jianchao, head of the International Department of the CPC Central Committee, on Tuesday.`;
  const found = (pair: string) => ex(text(pair), '2025-05-21').engagements.map((e) => `${e.date} ${e.participants.map((p) => p.country).join('+')}`);
  assert.deepEqual(found('On Tuesday, Wang held talks with Dar on bilateral ties.'), ['2025-05-21 CHN+PAK+AFG', '2025-05-20 CHN+PAK', '2025-05-20 PAK+CHN']);
  // Must stay: the pair told again without a day of its own is of the meeting just told.
  assert.deepEqual(found('Wang and Dar also discussed the corridor.').slice(0, 1), ['2025-05-21 CHN+PAK+AFG']);
});

test('"No Indian Prime Minister has visited Poland in 45 years": a visit denied', () => {
  assert.deepEqual(ex('No Indian Prime Minister has visited Poland in 45 years, since Morarji Desai in 1979.', '2024-08-19').engagements, []);
  // Must stay: "No" that opens no subject.
  assert.equal(ex('No. Indian Prime Minister Narendra Modi visited Poland on Wednesday and held talks with Prime Minister Donald Tusk.', '2024-08-22').engagements.length, 1);
});

test('"The two leaders met" after a headline naming five, and "also held talks with the leaders of A, B and C": the pair of the lead', () => {
  const text = `"Today's Era Is Not Of War": PM Modi Tells Putin In Samarkand, Also Meets Raisi, Mirziyoyev, Erdogan

Samarkand, Uzbekistan: Prime Minister Narendra Modi told Russian President Vladimir Putin on Friday that "today's era is not of war". The two leaders met on the sidelines of the Shanghai Cooperation Organisation (SCO) summit, where PM Modi also held talks with the leaders of Uzbekistan, Iran and Turkey.

In his first meeting with Iranian President Ebrahim Raisi, PM Modi reviewed the progress made in developing Chabahar port.`;
  const casts = ex(text, '2022-09-16').engagements.map((e) => e.participants.map((p) => p.country).join('+'));
  assert.deepEqual(casts, ['IND+RUS', 'IND+IRN']);
});

test('"Carney told Trump to his face on Tuesday that ..., in an Oval Office encounter that was far warmer": the lead tells the meeting', () => {
  const found = (tail: string) => ex(`Prime Minister Mark Carney told U.S. President Donald Trump to his face on Tuesday that Canada is not on the market${tail}.`, '2025-05-06').engagements.map((e) => `${e.kind} ${e.date} ${e.participants.map((p) => p.country).join('+')}`);
  assert.deepEqual(found(', in an Oval Office encounter that was far warmer in tone than expected'), ['meeting 2025-05-06 CAN+USA']);
  // Must stay: words told with no contact named.
  assert.deepEqual(found(', in a blunt message to Washington'), []);
});

test('"Marcos and Yoon explored cooperation in nuclear energy, infrastructure and defense during their first bilateral meeting": the meeting held', () => {
  const found = (text: string) => ex(text, '2022-11-13').engagements.map((e) => e.participants.map((p) => p.country).join('+'));
  assert.deepEqual(found('PHNOM PENH, Cambodia – President Ferdinand R. Marcos Jr. and South Korean President Yoon Suk-yeol explored cooperation in nuclear energy, infrastructure and defense during their first bilateral meeting on the sidelines of the ASEAN Summits on Saturday.'), ['PHL+KOR']);
  // Must stay: what a pair will do during a meeting still ahead.
  assert.deepEqual(found('President Ferdinand R. Marcos Jr. and South Korean President Yoon Suk-yeol are expected to discuss nuclear energy during their first bilateral meeting next week.'), []);
});

test('"held back-to-back summits with the leaders of Japan, India, Brazil, Britain and host Canada": "host Canada" receives no one, and each paragraph tells one summit', () => {
  const text = `KANANASKIS, Canada, June 18 (Yonhap) -- President Lee Jae Myung held back-to-back summits with the leaders of Japan, India, Brazil, Britain and host Canada on the margins of the Group of Seven summit on Tuesday.

With Indian Prime Minister Narendra Modi, Lee began by offering condolences over last week's Air India crash, for which Modi thanked him.

Brazilian President Luiz Inacio Lula da Silva invited Lee to the COP30 climate conference that Brazil hosts in November.`;
  const casts = ex(text, '2025-06-18').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+'));
  assert.ok(casts.includes('IND+KOR') && !casts.some((c) => c.includes('CAN')), casts.join('; '));
  // Must stay: "host" as a verb receives.
  assert.equal(ex('Canadian Prime Minister Mark Carney will host Lee next week. On Tuesday, Canada and host Japan agreed nothing.', '2025-06-18').engagements.length, 0);
  assert.equal(ex('Prime Minister Mark Carney hosted South Korean President Lee Jae Myung in Ottawa on Tuesday.', '2025-06-18').engagements.length, 1);
});

test('"It was their first in-person meeting, following a series of telephone and video conversations over the past two years": calls recalled', () => {
  const kinds = ex(`President Joseph R. Biden, Jr. met today with President Xi Jinping of the People's Republic of China in Bali, Indonesia.

It was the first in-person meeting between the two leaders since President Biden took office, following a series of telephone and video conversations over the past two years.`, '2022-11-14').engagements.map((e) => e.kind);
  assert.deepEqual(kinds, ['meeting']);
  // Must stay: talks the act came after.
  assert.equal(ex('Russian and US delegations agreed on Tuesday to restore embassy staff, following talks at Diriyah Palace in Riyadh.', '2025-02-18').engagements.length, 1);
});

test('"returned to Tunis today with A, and B, for a meeting with Saied" and "confronted Xi over ... during a short conversation": meetings held', () => {
  const casts = (text: string, published: string) => ex(text, published).engagements.map((e) => e.participants.map((p) => p.country ?? p.org).join('+'));
  assert.deepEqual(casts('The President of the Council of Ministers, Giorgia Meloni, returned to Tunis today with the President of the European Commission, Ursula von der Leyen, and the Prime Minister of the Netherlands, Mark Rutte, for a meeting with the President of the Republic of Tunisia, Kais Saied, at the Presidential Palace of Carthage.', '2023-07-16'),
    ['ITA+EU+NLD+TUN']);
  assert.deepEqual(casts('Prime Minister Justin Trudeau confronted Chinese President Xi Jinping over alleged Chinese interference in Canada during a short conversation on the sidelines of the G20 summit in Indonesia on Tuesday.', '2022-11-15'),
    ['CAN+CHN']);
  // Must stay: an act in a domestic meeting makes no meeting of two sides.
  assert.deepEqual(casts('Prime Minister Justin Trudeau announced new sanctions during a meeting of his cabinet on Tuesday.', '2022-11-15'), []);
});

test('"The Riyadh meeting was arranged following the telephone conversation between A and B on February 12, and after C and D spoke by phone": calls recalled', () => {
  const text = `Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio held talks at Diriyah Palace in Riyadh on Tuesday.

The Riyadh meeting was arranged following the telephone conversation between Putin and Trump on February 12, and after Lavrov and Rubio spoke by phone on February 15.`;
  assert.deepEqual(ex(text, '2025-02-18').engagements.map((e) => `${e.kind} ${e.date}`), ['meeting 2025-02-18']);
  // Must stay: a call told as news, and an act that came after a call in the same sentence.
  assert.deepEqual(ex('Putin and Trump held a telephone conversation on February 12, after Lavrov and Rubio spoke by phone on February 11.', '2025-02-13').engagements.map((e) => `${e.kind} ${e.date}`).sort(),
    ['phone_call 2025-02-11', 'phone_call 2025-02-12']);
});

test('"The Russian side was represented by Foreign Minister A and Presidential Aide B": an aide sent to the table takes part', () => {
  const text = `Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio held talks at Diriyah Palace in Riyadh on Tuesday.

The Russian side was represented by Foreign Minister Sergey Lavrov and Presidential Aide Yury Ushakov, the American side by Secretary of State Marco Rubio and National Security Advisor Mike Waltz.`;
  const names = ex(text, '2025-02-18').engagements.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('Yury Ushakov') && names.includes('Marco Rubio'), names.join('; '));
  // Must stay: an aide who only speaks of the talks is not at them.
  const told = ex(`Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio held talks in Riyadh on Tuesday.

Presidential Aide Yury Ushakov told reporters that no date had been set for a summit.`, '2025-02-18').engagements.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(!told.includes('Yury Ushakov'), told.join('; '));
});

test('"addressed the Extended Bureau of the Assembly of the African Union in a session held by videoconference": a video call with the organisation', () => {
  const text = `Addis Ababa, 20 June 2022 – H.E. Volodymyr Zelensky, President of Ukraine, this afternoon addressed the Extended Bureau of the Assembly of the African Union in a closed-door session held by videoconference. Several Heads of State, as well as Ministers of Foreign Affairs and Ambassadors of Member States, followed the exchange.`;
  const r = ex(text, '2022-06-20');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.participants.map((p) => p.country ?? p.org).join('+')}`), ['video_call UKR+AU']);
  // "Ambassadors" after an office in the plural is a group, not someone's name.
  assert.ok(!(r.actors ?? []).some((a) => a.name === 'Ambassadors'), (r.actors ?? []).map((a) => a.name).join('; '));
  // Must stay: an address to a country's parliament by video is no call with an organisation.
  assert.equal(ex('President Volodymyr Zelensky addressed the members of the Bundestag of the German parliament by videoconference on Thursday.', '2022-03-17').engagements.filter((e) => e.participants.some((p) => p.org)).length, 0);
});

test('"PHNOM PENH, Cambodia – ... met on the sidelines of the ASEAN Summits here": the dateline, before a place a later sentence of the meeting names', () => {
  const text = `Marcos, Yoon discuss nuclear power on ASEAN sidelines

PHNOM PENH, Cambodia – President Ferdinand R. Marcos Jr. and South Korean President Yoon Suk-yeol discussed nuclear energy and defense during their first bilateral meeting on the sidelines of the ASEAN Summits here on Saturday.

Yoon thanked the Philippine government for sending condolences after the Halloween crowd crush in Seoul's Itaewon district.`;
  assert.deepEqual(ex(text, '2022-11-13').engagements.map((e) => e.location), [{ place: 'Phnom Penh', country: 'KHM' }]);
  // Must stay: a meeting its own sentence places elsewhere.
  assert.deepEqual(ex(`Marcos meets Yoon

PHNOM PENH, Cambodia – President Ferdinand R. Marcos Jr. met South Korean President Yoon Suk-yeol in Seoul on Saturday, officials here said.`, '2022-11-13').engagements.map((e) => e.location.place), ['Seoul']);
});

test('"X, who is in Astana at the invitation of Tokayev, held a number of meetings ... The head of our state met with Y": the round is X\'s, and "the head of our state" is X', () => {
  const text = `President of Uzbekistan holds meetings in Astana

ASTANA, 13 October (Agency) – President of the Republic of Uzbekistan Shavkat Mirziyoyev, who is in Astana on a working visit at the invitation of President of the Republic of Kazakhstan Kassym-Jomart Tokayev, held a number of meetings on Thursday.

The head of our state met with Prime Minister of the Islamic Republic of Pakistan Muhammad Shehbaz Sharif. The leaders reviewed trade and energy cooperation.`;
  assert.deepEqual(ex(text, '2022-10-13').engagements.map((e) => e.participants.map((p) => p.name).join(' + ')), ['Shavkat Mirziyoyev + Muhammad Shehbaz Sharif']);
  // Must stay: the host who invited a visitor he then received.
  assert.deepEqual(ex(`Mirziyoyev visits Astana

ASTANA, 13 October (Agency) – President of Uzbekistan Shavkat Mirziyoyev, who is in Astana at the invitation of President of Kazakhstan Kassym-Jomart Tokayev, held talks with him on Thursday.`, '2022-10-13').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['KAZ+UZB']);
});

test('"conveyed the greetings and best wishes of President Putin to the head of our state" and "his Russian counterpart": the sender is not there, and the counterpart holds the same office', () => {
  const text = `President of Uzbekistan receives Russian Foreign Minister

SAMARKAND, April 23 – President Shavkat Mirziyoyev today received a delegation headed by Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.
At the start of the meeting the guest conveyed the greetings and best wishes of Russian President Vladimir Putin to the head of our state.
Earlier in the day, Foreign Minister Bakhtiyor Saidov held talks with his Russian counterpart in Samarkand.`;
  const casts = ex(text, '2025-04-23').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.deepEqual(casts, ['Sergey Lavrov + Shavkat Mirziyoyev', 'Bakhtiyor Saidov + Sergey Lavrov']);
});

test('a summit-day roundup: "the President of the BRICS New Development Bank", "their third meeting this year after Putin\'s state visit to China in May and their talks in Astana in July", "The last bilateral meeting of the day was with ..."', () => {
  const text = `Putin holds bilateral meetings in Kazan

KAZAN, October 23 (Agency) -- Russian President Vladimir Putin, who is hosting the 16th BRICS summit, held a series of bilateral meetings in Kazan on Tuesday.

Putin started the day with a meeting with the President of the BRICS New Development Bank, Dilma Rousseff.

Putin then met Chinese President Xi Jinping, their third face-to-face meeting this year after Putin's state visit to China in May and their talks in Astana in July.

The last bilateral meeting of the day was with Egyptian President Abdel Fattah el-Sisi.`;
  const got = ex(text, '2024-10-23').engagements.map((e) => `${e.participants.map((p) => p.country ?? p.org).join('+')} ${e.date} ${e.location.place}`);
  assert.deepEqual(got, ['RUS+NDB 2024-10-22 Kazan', 'RUS+CHN 2024-10-22 Kazan', 'RUS+EGY 2024-10-22 Kazan']);
  // Must stay: a meeting its sentence dates after another event keeps its own day.
  assert.deepEqual(ex('Putin met Xi in Kazan on Tuesday, after their talks in Astana in July.', '2024-10-23').engagements.map((e) => `${e.date} ${e.location.place}`), ['2024-10-22 Kazan']);
});

test('"On Sunday, 9th March, the President travelled to Niamey, where he was welcomed at the airport by Tiani. In their closed-door talks, the two leaders ...": the talks on the day he travelled', () => {
  const text = `Mahama concludes tour of Mali and Niger

Accra, 11th March 2025 – The President of the Republic of Ghana, H.E. John Dramani Mahama, has concluded a working tour of Mali and Niger.

The President began the tour on Saturday, 8th March, in Bamako, where the two leaders held a closed-door meeting with General Assimi Goïta, Head of State of Mali.

On Sunday, 9th March, the President travelled to Niamey, where he was welcomed at Diori Hamani International Airport by the Head of State of Niger, Brigadier General Abdourahamane Tiani. In their closed-door talks, the two leaders discussed bilateral relations and security cooperation in the Sahel.`;
  const got = ex(text, '2025-03-11').engagements.map((e) => `${e.participants.map((p) => p.country).sort().join('+')} ${e.date}`);
  assert.ok(got.includes('GHA+NER 2025-03-09'), got.join('; '));
});

test('"The State Visit was preceded on Sunday by talks in Nairobi between the Cabinet Secretary ... and Indonesia\'s Minister for Foreign Affairs": talks held', () => {
  const text = `Kenya and Indonesia sign four agreements

State House, Nairobi – Monday, 21st August 2023

President William Ruto today hosted the President of the Republic of Indonesia, Joko Widodo, at State House, Nairobi.

The State Visit was preceded on Sunday by talks in Nairobi between the Cabinet Secretary for Foreign and Diaspora Affairs, Dr Alfred Mutua, and Indonesia's Minister for Foreign Affairs, Retno Marsudi.`;
  const got = ex(text, '2023-08-21').engagements.map((e) => `${e.participants.map((p) => p.name).join(' + ')} ${e.date}`);
  assert.ok(got.includes('Alfred Mutua + Retno Marsudi 2023-08-20'), got.join('; '));
  // Must stay: talks named as an earlier round are not held here.
  assert.equal(ex('The previous talks in Berlin between Foreign Minister Jeyhun Bayramov of Azerbaijan and Foreign Minister Ararat Mirzoyan of Armenia ended without a deal.', '2024-05-10').engagements.length, 0);
});

test('"The meeting, hosted by Turkish Foreign Minister Hakan Fidan on the sidelines of ..., lasted about two hours": the host joins the meeting just told', () => {
  const text = `ANTALYA, Turkey, May 15 (Agency) – U.S. Secretary of State Marco Rubio met Syrian Foreign Minister Asaad Hassan al-Shaibani in Antalya on Thursday.

The meeting, hosted by Turkish Foreign Minister Hakan Fidan on the sidelines of an informal gathering of NATO foreign ministers, lasted about two hours, Turkish diplomatic sources said.`;
  const casts = ex(text, '2025-05-15').engagements.map((e) => e.participants.map((p) => p.country).join('+'));
  assert.deepEqual(casts, ['USA+SYR+TUR']);
  // Must stay: a meeting told again with no host names no one new.
  assert.deepEqual(ex(`ANTALYA, Turkey, May 15 (Agency) – U.S. Secretary of State Marco Rubio met Syrian Foreign Minister Asaad Hassan al-Shaibani in Antalya on Thursday.

The meeting, which Turkish Foreign Minister Hakan Fidan praised, lasted about two hours.`, '2025-05-15').engagements.map((e) => e.participants.map((p) => p.country).join('+')), ['USA+SYR']);
});

test('"urged Pezeshkian on Tuesday ..., in their first face-to-face meeting" and "On Monday, his first full day in New York, Pezeshkian held talks with Michel": two meetings, each with its own people', () => {
  const text = `Macron presses Pezeshkian in New York

UNITED NATIONS, Sept 25 (Agency) – French President Emmanuel Macron urged Iranian President Masoud Pezeshkian on Tuesday to use Tehran's influence to calm the conflict in Lebanon, in their first face-to-face meeting, held on the sidelines of the U.N. General Assembly in New York.

On Monday, his first full day in New York, Pezeshkian held talks with European Council President Charles Michel.`;
  const got = ex(text, '2024-09-25').engagements.map((e) => `${e.participants.map((p) => p.country ?? p.org).join('+')} ${e.date}`);
  assert.deepEqual(got, ['FRA+IRN 2024-09-24', 'IRN+EU 2024-09-23']);
  // Must stay: words said in a statement make no meeting.
  assert.equal(ex('French President Emmanuel Macron urged Iranian President Masoud Pezeshkian on Tuesday, in a written statement, to calm the conflict.', '2024-09-25').engagements.length, 0);
});

test('"A and B agreed ..., as B made the first visit to A\'s country": a visit whose clause names only the guest is with the host the sentence names', () => {
  const text = `Tokyo and Seoul mend ties

TOKYO, March 16 (Agency) – Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to restart their security talks, as Yoon made the first trip to Japan by a South Korean leader in over a decade.`;
  assert.deepEqual(ex(text, '2023-03-16').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['JPN+KOR']);
  // Must stay: a guest's stay told beside a reception is no second engagement.
  const stay = `Ruto in Beijing

President Ruto, who is on a state visit to China that began on Tuesday, was received by President Xi Jinping with a 21-gun salute.`;
  assert.equal(ex(stay, '2025-04-24').engagements.length, 1);
});

test('"chaired the meeting between the delegations of Russia and Ukraine; the Russian delegation was headed by X and included A, B and C": the chair, both countries and each delegation\'s members', () => {
  const text = `Talks in Istanbul

Foreign Minister Hakan Fidan chaired the meeting between the delegations of Ukraine and the Russian Federation held today at the Dolmabahçe Working Office in Istanbul.

The Russian delegation was headed by Vladimir Medinsky, Aide to the President of the Russian Federation, and included Deputy Minister of Defence Alexander Fomin and Igor Kostyukov, Head of the Main Directorate of the General Staff. The Ukrainian delegation was headed by Minister of Defence Rustem Umerov and included First Deputy Minister of Foreign Affairs Sergiy Kyslytsya.`;
  const [e] = ex(text, '2025-05-16').engagements;
  assert.deepEqual(e.participants.map((p) => `${p.name}|${p.country}`), ['Hakan Fidan|TUR', 'Vladimir Medinsky|RUS', 'Alexander Fomin|RUS', 'Igor Kostyukov|RUS', 'Rustem Umerov|UKR', 'Sergiy Kyslytsya|UKR']);
  // Must stay: the aide who told of the list is not of it.
  const told = `Putin in Pyongyang

Putin held talks with Kim Jong Un in Pyongyang on Wednesday. The Russian delegation included Foreign Minister Sergey Lavrov and Defence Minister Andrey Belousov, Russian presidential aide Yury Ushakov told reporters.`;
  assert.ok(!ex(told, '2024-06-19').engagements[0].participants.some((p) => p.name === 'Yury Ushakov'));
});

test('"After their talks with Saied ..." and "the five leaders spoke together by phone with Trump": those who held them, named before', () => {
  const text = `Europeans in Tunis

TUNIS — Ursula von der Leyen, Giorgia Meloni and Mark Rutte flew to Tunisia on Sunday to court President Kais Saied.

After their talks with Saied at the presidential palace in Carthage, the European Commission president told reporters the EU was ready to mobilise up to €900 million.`;
  assert.deepEqual(ex(text, '2023-06-12').engagements.map((e) => e.participants.map((p) => p.country ?? p.org).sort().join('+')), ['EU+ITA+NLD+TUN']);
  const five = `Leaders in Kyiv

Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk stood alongside Volodymyr Zelensky in Kyiv on Saturday and demanded a 30-day ceasefire starting on Monday, after the five leaders spoke together by phone with Donald Trump.`;
  const call = ex(five, '2025-05-10').engagements.find((e) => e.kind === 'phone_call')!;
  assert.equal(call.participants.length, 6);
  // The ceasefire's first day is not the call's.
  assert.equal(call.date, '2025-05-10');
  // Must stay: five parties of a parliament are no five leaders.
  assert.equal(ex(`Greenland coalition

Hours before Vance landed, four of the five parties in Greenland's parliament signed a coalition agreement in Nuuk.`, '2025-03-29').engagements.length, 0);
});

test('"handed a message from King Salman to Khamenei, when the two met"; "Prince Khalid" keeps the office the list knows; "the Minister of Defense was received by ..."', () => {
  const text = `Saudi minister in Tehran

TEHRAN, April 18 (Agency) – Prince Khalid bin Salman, Minister of Defense, on Thursday handed a written message from the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud to the Supreme Leader of Iran, Ayatollah Ali Khamenei, when the two met in Tehran.

Prince Khalid conveyed the greetings of the King.

In the evening, the Minister of Defense was received by Iranian President Masoud Pezeshkian.`;
  const r = ex(text, '2025-04-18');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).join(' + ')), ['Khalid bin Salman + Ali Khamenei', 'Khalid bin Salman + Masoud Pezeshkian']);
  assert.equal(r.actors.find((a) => a.name === 'Khalid bin Salman')?.role, 'Minister of Defence');
});

test('"the Head of the Holy See, Pope Francis ... paid a courtesy call on the Pontiff": the Pope the story named', () => {
  const text = `Pope in Mongolia

ULAANBAATAR, September 2 (Agency) – President of Mongolia Ukhnaagiin Khurelsukh today welcomed the Head of the Holy See, Pope Francis, at an official ceremony on Sukhbaatar Square.

Prime Minister Luvsannamsrai Oyun-Erdene then paid a courtesy call on the Pontiff.`;
  assert.deepEqual(ex(text, '2023-09-02').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['MNG+VAT', 'MNG+VAT']);
});

test('a video link far after its modal is a call ahead; "have so far spoken only by video link" is a tally', () => {
  assert.equal(ex(`Xi and Zelensky

Media reports have said Xi could hold his first conversation with Ukrainian President Volodymyr Zelensky after the Moscow visit, probably by video link.`, '2023-03-17').engagements.length, 0);
  assert.equal(ex(`Scholz and Xi

Chancellor Olaf Scholz and President Xi Jinping have so far spoken only by video link.`, '2022-10-28').engagements.length, 0);
  // Must stay: a call held, the modal before it another clause's.
  assert.equal(ex(`I2U2 summit

The United Arab Emirates will invest $2 billion in food parks across India, the group said after its leaders, Prime Minister Narendra Modi, President Mohamed bin Zayed, President Joe Biden and Prime Minister Yair Lapid, held their first summit by video link on Thursday.`, '2022-07-15').engagements.length, 1);
});

test('"The summit was preceded yesterday by a bilateral meeting at the National Palace between A and B": a meeting of its own, its place between the word and its sides', () => {
  const text = `Leaders' summit in Mexico City

Mexico City, January 10, 2023. – President Andrés Manuel López Obrador today hosted the North American Leaders' Summit at the National Palace with the President of the United States, Joseph R. Biden, and the Prime Minister of Canada, Justin Trudeau.

The summit was preceded yesterday by a bilateral meeting at the National Palace between President López Obrador and President Biden.`;
  const got = ex(text, '2023-01-10').engagements.map((e) => `${e.participants.map((p) => p.country).sort().join('+')} ${e.date}`);
  assert.deepEqual(got, ['CAN+MEX+USA 2023-01-10', 'MEX+USA 2023-01-09']);
});

test('"suspended the channels in August after House Speaker Nancy Pelosi visited Taipei" and "had spoken five times by phone or video link": history', () => {
  const text = `Biden and Xi meet in Bali

NUSA DUA, Indonesia, Nov 15 (Agency) – U.S. President Joe Biden and Chinese President Xi Jinping met on the Indonesian island of Bali on Monday.

Beijing suspended several channels in August after House Speaker Nancy Pelosi visited Taipei.

The two men had spoken five times by phone or video link since Biden took office.`;
  assert.deepEqual(ex(text, '2022-11-15').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['CHN+USA']);
});

test('"Modi fitted four bilateral meetings into a single day in Samarkand": the items told after it are those meetings', () => {
  const text = `Modi in Samarkand

NEW DELHI, Sept 17 (Agency) – Prime Minister Narendra Modi of India told Russian President Vladimir Putin on Friday that the era was not one of war, as the two leaders held talks during the SCO gathering in Samarkand.

Modi fitted four bilateral meetings into a single day in Samarkand before flying home on Friday night.

With the summit's host, Uzbek President Shavkat Mirziyoyev, he discussed ways to deepen connectivity and trade.

In his first face-to-face meeting with Iranian President Ebrahim Raisi, Modi reviewed trade and energy relations.`;
  assert.deepEqual(ex(text, '2022-09-17').engagements.map((e) => e.participants.map((p) => p.country).sort().join('+')), ['IND+RUS', 'IND+UZB', 'IND+IRN']);
  // Must stay: a count of meetings still to come opens no roundup.
  assert.deepEqual(ex(`Modi in Samarkand

NEW DELHI, Sept 15 (Agency) – Indian Prime Minister Narendra Modi will hold four bilateral meetings in Samarkand on Friday.

With the summit's host, Uzbek President Shavkat Mirziyoyev, he is expected to discuss connectivity.`, '2022-09-15').engagements.length, 0);
});

test('"the Presidents of Kyrgyzstan and Tajikistan held talks": each country\'s one leader the story names', () => {
  const text = `Border talks

BISHKEK, 31 March (Agency) – President of the Kyrgyz Republic Sadyr Japarov and President of Tajikistan Emomali Rahmon attended the Navruz celebrations in Khujand on Monday.

Later that day, the Presidents of Kyrgyzstan and Tajikistan held talks on the border treaty.`;
  const e = ex(text, '2025-03-31').engagements[0];
  assert.deepEqual(e.participants.map((p) => p.name).sort(), ['Emomali Rahmon', 'Sadyr Japarov']);
});

test('"The Federal Chancellor had spoken with Zelensky before the call": a call of this story, by the Chancellor the story named', () => {
  const text = `Scholz telephones Putin

Federal Chancellor Olaf Scholz spoke by telephone this afternoon with the President of the Russian Federation, Vladimir Putin.

According to the Kremlin's account, Putin said any agreement would have to take Russia's interests into account.

The Federal Chancellor had spoken with Ukrainian President Volodymyr Zelensky before the call.`;
  const got = ex(text, '2024-11-15').engagements.map((e) => e.participants.map((p) => p.name).join(' + '));
  assert.deepEqual(got, ['Olaf Scholz + Vladimir Putin', 'Olaf Scholz + Volodymyr Zelensky']);
  // Must stay: a pluperfect call with no tie to this story's is history.
  assert.equal(ex(`Scholz telephones Putin

Federal Chancellor Olaf Scholz had spoken with Ukrainian President Volodymyr Zelensky in the spring.`, '2024-11-15').engagements.length, 0);
});

test('"Wang held talks with Jaishankar on Monday, co-chaired the dialogue with Doval on Tuesday, and called on Modi later that day": three meetings, each with its own counterpart and day', () => {
  const text = `Wang Yi in New Delhi

NEW DELHI, Aug 20 India and China agreed to resume direct flights as Chinese Foreign Minister Wang Yi wrapped up a two-day visit on Tuesday.

Wang held talks with External Affairs Minister S. Jaishankar on Monday, co-chaired the boundary dialogue with National Security Adviser Ajit Doval on Tuesday, and called on Prime Minister Narendra Modi later that day.`;
  const got = ex(text, '2025-08-20').engagements.map((e) => `${e.participants.map((p) => p.name).join(' + ')} ${e.date}`);
  assert.deepEqual(got, ['Wang Yi + S. Jaishankar 2025-08-18', 'Wang Yi + Ajit Doval 2025-08-19', 'Wang Yi + Narendra Modi 2025-08-19']);
});

test('"The courtesy call followed Park\'s meeting on Monday with Hayashi" and "agreed ... after their first direct talks in three years, held on Friday": meetings of the story', () => {
  const text = `Park in Tokyo

TOKYO, July 19 (Agency) -- South Korean Foreign Minister Park Jin called on Prime Minister Fumio Kishida at the prime minister's office on Tuesday.

The courtesy call followed Park's meeting on Monday with Foreign Minister Yoshimasa Hayashi at the Iikura Guest House.`;
  assert.deepEqual(ex(text, '2022-07-19').engagements.map((e) => `${e.participants.map((p) => p.name).sort().join(' + ')} ${e.date}`),
    ['Fumio Kishida + Park Jin 2022-07-19', 'Park Jin + Yoshimasa Hayashi 2022-07-18']);
  const istanbul = `Prisoner swap agreed

ISTANBUL, May 17 (Agency) – Russian and Ukrainian delegations agreed to exchange 1,000 prisoners each after their first direct talks in more than three years, held on Friday at Dolmabahçe Palace and chaired by Turkish Foreign Minister Hakan Fidan.`;
  const [e] = ex(istanbul, '2025-05-17').engagements;
  assert.deepEqual([e.date, e.participants.map((p) => p.country).sort().join('+')], ['2025-05-16', 'RUS+TUR+UKR']);
});

test('"The leaders of Korea, Japan and China agreed to hold their summit regularly again, as they met in Seoul"; "On Sunday, the day before the summit, ..."; "held their own talks"', () => {
  const text = `Three-way summit in Seoul

SEOUL, May 27 (Agency) -- The leaders of South Korea, Japan and China agreed on Monday to hold their three-way summit on a regular basis again, as they met in Seoul for the first time in four and a half years.

President Yoon Suk Yeol, Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang adopted a joint declaration.

On Sunday, the day before the summit, Yoon held bilateral talks at the presidential office with Li.

Kishida and Li held their own talks in Seoul the same afternoon.`;
  const got = ex(text, '2024-05-27').engagements.map((e) => `${e.participants.map((p) => p.country).sort().join('+')} ${e.date}`);
  assert.deepEqual(got, ['CHN+JPN+KOR 2024-05-27', 'CHN+KOR 2024-05-26', 'CHN+JPN 2024-05-26']);
});

test('"Lee\'s first call as president was with Trump, late on Friday"; "A and B, who are in Washington, joined the interaction along with C and D"', () => {
  const call = `Lee's calls

SEOUL, June 10 (Agency) -- President Lee Jae-myung spoke with Japanese Prime Minister Shigeru Ishiba on Monday.

Lee's first call as president was with U.S. President Donald Trump, late on Friday.`;
  assert.deepEqual(ex(call, '2025-06-10').engagements.map((e) => `${e.participants.map((p) => p.country).sort().join('+')} ${e.date}`), ['JPN+KOR 2025-06-09', 'KOR+USA 2025-06-06']);
  const joined = `Modi and Biden

WASHINGTON, Apr 12 (PTI) Prime Minister Narendra Modi held a virtual meeting with US President Joe Biden on Monday.

External Affairs Minister Subrahmanyam Jaishankar and Defence Minister Rajnath Singh, who are in Washington for the dialogue, joined the interaction along with Secretary of State Antony Blinken and Defence Secretary Lloyd Austin.`;
  assert.equal(ex(joined, '2022-04-12').engagements[0].participants.length, 6);
});

test('"At Chigi the President was accompanied by ... Presidential Secretary General Karina Milei"; "Milei invited the Italian premier": the leader of the name, and the premier who is prime minister', () => {
  const text = `Milei in Rome

President Javier Milei was back in Buenos Aires on Tuesday after a packed final day in Rome.

From the Vatican the President crossed the city to the Quirinal, where his Italian counterpart Sergio Mattarella received him for a courtesy meeting.

In the afternoon Prime Minister Giorgia Meloni welcomed Milei with honours at Palazzo Chigi for a meeting that lasted about an hour. At Chigi the President was accompanied by Foreign Minister Diana Mondino and Presidential Secretary General Karina Milei. Milei invited the Italian premier to visit Argentina.`;
  const r = ex(text, '2024-02-13');
  const meloni = r.engagements.find((e) => e.participants.some((p) => p.name === 'Giorgia Meloni'))!;
  assert.deepEqual(meloni.participants.map((p) => `${p.name}|${p.country}`), ['Javier Milei|ARG', 'Giorgia Meloni|ITA', 'Diana Mondino|ARG', 'Karina Milei|ARG']);
  assert.deepEqual(meloni.outcomes.map((o) => `${o.kind}:${o.by}>${o.to}`), ['invitation:ARG>ITA']);
  // The day of the return home is not the day of the meetings.
  assert.ok(r.engagements.every((e) => e.date !== '2024-02-13'), r.engagements.map((e) => e.date).join(', '));
});

test('"Abu Mohammed al-Jolani, ... who now uses his real name, Ahmed al-Sharaa" and "Sharaa" alone: one person, by the name the list gives', () => {
  const text = `Jolani meets UN envoy

DAMASCUS, Dec 16 (Agency) – Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham who now uses his real name, Ahmed al-Sharaa, met the United Nations special envoy for Syria on Sunday.

Geir Pedersen's talks in the Syrian capital with Sharaa were the Norwegian diplomat's first with the man whose fighters swept into Damascus a week earlier.`;
  const r = ex(text, '2024-12-16');
  assert.deepEqual(r.actors.filter((a) => a.country === 'SYR').map((a) => a.name), ['Ahmed al-Sharaa']);
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')), ['Ahmed al-Sharaa + Geir Pedersen']);
});

test('"during Tokayev\'s state visit to Ankara in May 2022; Erdoğan paid a return visit to Astana that October": no host from another statement', () => {
  const text = `Tokayev and Erdoğan speak by phone

ASTANA – President Kassym-Jomart Tokayev had a telephone conversation with President of Türkiye Recep Tayyip Erdoğan on Monday.

Relations were raised to an enhanced strategic partnership during Tokayev's state visit to Ankara in May 2022; Erdoğan paid a return visit to Astana that October.`;
  assert.deepEqual(ex(text, '2023-10-02').engagements.map((e) => e.kind), ['phone_call']);
});

test('"The trip comes five months after Biden travelled to Jeddah, where he met the crown prince": history, with no engagement told yet', () => {
  const text = `Xi expected in Riyadh

RIYADH, Dec 6 (Agency) – Chinese President Xi Jinping is expected in Riyadh this week for summits with Gulf and Arab leaders.

The trip comes five months after US President Joe Biden travelled to Jeddah, where he met Crown Prince Mohammed bin Salman.`;
  assert.equal(ex(text, '2022-12-06').engagements.length, 0);
  // Must stay: a call that came a day after another is news of its own.
  assert.equal(ex(`Calls

The call came a day after Indian National Security Adviser Ajit Doval called on Russian President Vladimir Putin at the Kremlin.`, '2025-08-08').engagements.length, 1);
});

test('"Modi met the Grand Mufti of Egypt, Shawki Ibrahim Allam": a religious office of a country, read as a title', () => {
  const text = `Modi in Cairo

CAIRO, June 25 (Agency) – On Saturday, Prime Minister Narendra Modi met the Grand Mufti of Egypt, Shawki Ibrahim Allam, to discuss countering extremism.`;
  assert.deepEqual(ex(text, '2023-06-25').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.role}|${p.country}`).join(' + ')),
    ['Narendra Modi|Prime Minister|IND + Shawki Ibrahim Allam|Grand Mufti|EGY']);
});

test('"the Government Palace" is Ulaanbaatar\'s only in a story that names Mongolia: in one about Lima, no venue of another country', () => {
  const places = (text: string) => ex(`Talks\n\n${text}`, '2024-11-15').engagements.map((e) => `${e.location.place ?? '-'}/${e.location.country ?? '-'}`);
  assert.deepEqual(places('Peruvian President Dina Boluarte received Chilean President Gabriel Boric at the Government Palace on Thursday.'), ['-/-']);
  // Must stay: in a Mongolian story the palace places the talks in Ulaanbaatar.
  assert.deepEqual(places('Mongolian President Ukhnaagiin Khurelsukh received Chilean President Gabriel Boric at the Government Palace on Thursday.'), ['Ulaanbaatar/MNG']);
});

test('military offices: "Army chief General X", "Defence Force chief Admiral Y", "Commander of US Africa Command, General Z", ranks before names', () => {
  const people = (text: string) => ex(`Military talks\n\n${text}`, '2025-08-28').engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).join(' + '));
  assert.deepEqual(people('Indian Army chief General Upendra Dwivedi called on Nepal\'s Prime Minister KP Sharma Oli in Kathmandu on Tuesday.'),
    ['Upendra Dwivedi|IND + KP Sharma Oli|NPL']);
  assert.deepEqual(people('Indonesian Armed Forces Commander General Agus Subiyanto met Australian Defence Force chief Admiral David Johnston in Jakarta on Tuesday.'),
    ['Agus Subiyanto|IDN + David Johnston|AUS']);
  assert.deepEqual(people('The Chief of Defence Staff of Nigeria, General Christopher Musa, received the Commander of US Africa Command, General Michael Langley, in Abuja on Tuesday.'),
    ['Christopher Musa|NGA + Michael Langley|USA']);
  assert.deepEqual(people('Pakistan\'s Director General of Military Operations, Major General Kashif Abdullah, called his Indian counterpart, Lieutenant General Rajiv Ghai, on Saturday.'),
    ['Kashif Abdullah|PAK + Rajiv Ghai|IND']);
  assert.deepEqual(people('Indian Army chief General Upendra Dwivedi held talks on Thursday with General Ashok Raj Sigdel, Chief of the Army Staff, Nepali Army.'),
    ['Upendra Dwivedi|IND + Ashok Raj Sigdel|NPL']);
  assert.deepEqual(people('Indian Army chief General Upendra Dwivedi called on the Prime Minister of Nepal, Rt Hon\'ble KP Sharma Oli, on Friday.'),
    ['Upendra Dwivedi|IND + KP Sharma Oli|NPL']);
  // Must not: an order of merit is no office, and no one holds it here.
  assert.deepEqual(people('President Bola Tinubu conferred the Grand Commander of the Order of the Niger on Prime Minister Narendra Modi after their talks in Abuja on Sunday.'),
    ['Bola Tinubu|NGA + Narendra Modi|IND']);
});

test('a lead that sums up talks with two hosts, then "later called on" one of them: a meeting with each', () => {
  const casts = (text: string) => ex(text, '2024-08-23').engagements.map((e) => e.participants.map((p) => p.name).join(' + '));
  assert.deepEqual(casts(`Wang Yi in Islamabad

ISLAMABAD, Aug 22 (Agency) – Chinese Foreign Minister Wang Yi held talks on Thursday with Deputy Prime Minister and Foreign Minister Ishaq Dar and Prime Minister Shehbaz Sharif.

Wang and Dar reviewed work on the China-Pakistan Economic Corridor at the Foreign Office.

Wang later called on Sharif at the Prime Minister House, where the two discussed security for Chinese workers.`), ['Wang Yi + Ishaq Dar', 'Wang Yi + Shehbaz Sharif']);
  // Must stay one: a welcome by one host before the meeting with the other is the same meeting.
  assert.equal(ex(`Blinken in Buenos Aires

President Javier Milei and Foreign Minister Diana Mondino received US Secretary of State Antony Blinken at the Casa Rosada on Friday.

Blinken was welcomed by Mondino at the entrance, after which the two delegations went in for the meeting with the President.`, '2024-02-23').engagements.length, 1);
});

test('"conveyed his greetings to King Salman" in talks with the Crown Prince: greetings for one who was not there', () => {
  const casts = (text: string) => ex(text, '2025-09-18').engagements.map((e) => e.participants.map((p) => p.name).join(' + '));
  assert.deepEqual(casts(`Sharif in Riyadh

RIYADH, Sept 17 (Agency) – Prime Minister Shehbaz Sharif held talks with Saudi Crown Prince Mohammed bin Salman at Al-Yamamah Palace on Wednesday.

Opening the talks, Sharif conveyed his greetings and good wishes to King Salman bin Abdulaziz Al Saud.`), ['Shehbaz Sharif + Mohammed bin Salman']);
  // Must stay: greetings conveyed to the one met are that meeting.
  assert.equal(ex(`Envoy received

ASTANA, May 3 (Agency) – The new Ambassador of Japan, Tatsuo Ito, conveyed greetings from Prime Minister Fumio Kishida to President Kassym-Jomart Tokayev at the Akorda on Friday.`, '2024-05-03').engagements.length, 1);
});

test('"A and B agreed to ..., after talks in Tokyo on Wednesday evening": the talks are the main clause\'s pair', () => {
  const casts = (text: string) => ex(text, '2024-06-20').engagements.map((e) => `${e.date}|${e.participants.map((p) => p.name).join(' + ')}`);
  assert.deepEqual(casts(`Leaders agree

Prime Minister Christopher Luxon and Japanese Prime Minister Fumio Kishida have agreed to deepen defence ties, after talks in Tokyo on Wednesday evening.`), ['2024-06-19|Christopher Luxon + Fumio Kishida']);
  // Must not: talks between others, told after the comma, are not the main clause's.
  assert.deepEqual(casts(`Ceasefire

The ceasefire took hold on Wednesday, after talks between the two armies broke down in May.`), []);
});

test('"In talks with Russian President Vladimir Putin, the summit host, he reiterated ...": "he" is the one the story follows, not Putin', () => {
  const casts = (text: string) => ex(text, '2024-10-23').engagements.map((e) => e.participants.map((p) => p.name).join(' + '));
  assert.deepEqual(casts(`Modi in Kazan

KAZAN, Oct 23 (Agency) – Indian Prime Minister Narendra Modi held two bilateral meetings on Tuesday.

In talks with Russian President Vladimir Putin, the summit host, he called for a peaceful settlement in Ukraine.

He then met Iranian President Masoud Pezeshkian and congratulated him on his election.`), ['Narendra Modi + Vladimir Putin', 'Narendra Modi + Masoud Pezeshkian']);
});

test('"his first talks with Modi since Russia\'s invasion on Saturday" is dated Saturday; "the results of his May 13 visit to Rome" is no venue', () => {
  const rows = ex(`Zelensky at the G7

HIROSHIMA, May 20 (Agency) – Ukrainian President Volodymyr Zelensky held his first face-to-face talks with Indian Prime Minister Narendra Modi since Russia's invasion on Saturday, hours after flying into Hiroshima for the summit.

Zelensky said they had discussed the first results of his May 13 visit to Rome and the peace formula.`, '2023-05-20').engagements.map((e) => `${e.date}|${e.location.place}`);
  assert.deepEqual(rows, ['2023-05-20|Hiroshima']);
  // Must stay: the day an event a span is counted from, when it is no weekday, is not the talks'.
  assert.deepEqual(ex(`Talks

Ukrainian President Volodymyr Zelensky held talks with Indian Prime Minister Narendra Modi, their first since the invasion on 24 February 2022.`, '2023-05-20').engagements.map((e) => e.date), [null]);
});

test('"consultations between the foreign ministries of A and B", "The Uzbek delegation was headed by X", "Secretary (West) Y": sides, people and their countries', () => {
  const rows = ex(`Consultations in Tashkent

On 7 August, Tashkent saw the sixteenth round of political consultations between the foreign ministries of Uzbekistan and India. The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Bakhromjon Aloyev. The Indian delegation was headed by Secretary (West) Sanjay Verma.`, '2023-08-08').engagements.map((e) => `${e.date}|${e.participants.map((p) => `${p.name}/${p.country}`).join(' + ')}`);
  assert.deepEqual(rows, ['2023-08-07|Bakhromjon Aloyev/UZB + Sanjay Verma/IND']);
});

test('"Wang recalled that after the Congress last year, Xi invited Trong to China, and the two leaders ... during their talks in Beijing": history, however long the recollection runs', () => {
  assert.equal(ex(`Xi to visit Vietnam

BEIJING, Dec 7 (Agency) – Chinese President Xi Jinping will pay a state visit to Vietnam next week, the foreign ministry said on Thursday.

Spokesperson Wang Wenbin recalled that after the party congress last year, Xi invited Nguyen Phu Trong to China, and the two leaders jointly charted the course of the comprehensive strategic cooperative partnership during their talks in Beijing.`, '2023-12-07').engagements.length, 0);
  // Must stay: talks told before the recollection.
  assert.equal(ex(`Talks

Chinese President Xi Jinping held talks with Nguyen Phu Trong in Hanoi on Tuesday and recalled that the two leaders had jointly charted the course of the comprehensive strategic cooperative partnership last year.`, '2023-12-13').engagements.length, 1);
});

test('"met virtually today with Modi" is a video call; "Following the virtual meeting, A and B will host C and D" is the call told, then a plan', () => {
  const rows = ex(`Readout of the President's Virtual Meeting with Prime Minister Modi

President Joe Biden met virtually today with Prime Minister Narendra Modi of India to discuss the war in Ukraine.

Following the virtual meeting, Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin will host External Affairs Minister Subrahmanyam Jaishankar and Defence Minister Rajnath Singh for the 2+2 Ministerial Dialogue.`, '2022-04-11').engagements.map((e) => `${e.kind}|${e.participants.map((p) => p.name).join(' + ')}`);
  assert.deepEqual(rows, ['video_call|Narendra Modi + Joe Biden']);
});

test('"met with President A and held talks with Prime Minister B", then "Meeting A at ..., X said" and "In his talks with B at ..., the premier\'s seat, X proposed": a meeting with each', () => {
  const casts = ex(`Modi in Hanoi

HANOI, Aug 1 (Agency) – Indian Prime Minister Narendra Modi on Thursday met with Vietnamese President To Lam and held talks with Prime Minister Pham Minh Chinh.

Meeting To Lam at the Presidential Palace, Modi said India valued its comprehensive strategic partnership with Vietnam.

In his talks with Pham Minh Chinh at the Government Office, the premier's seat, Modi proposed closer cooperation in defence and energy.

After the talks, the two leaders witnessed the exchange of nine cooperation documents.`, '2024-08-01').engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.deepEqual(casts, ['Narendra Modi + To Lam', 'Narendra Modi + Pham Minh Chinh']);
});

test('"hosted a round of indirect talks between A and B" is one sitting; "Ahead of the negotiations, the host received one side" is a meeting of its own', () => {
  const rows = ex(`Talks in Muscat

MUSCAT, April 12 (Agency) – Omani Foreign Minister Badr Albusaidi today hosted Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff in a round of indirect negotiations in Muscat.

Ahead of the negotiations, Albusaidi received Araghchi, who had arrived in Muscat earlier in the day.`, '2025-04-12').engagements.map((e) => e.participants.map((p) => p.name).join(' + '));
  assert.deepEqual(rows, ['Badr Albusaidi + Abbas Araghchi + Steve Witkoff', 'Badr Albusaidi + Abbas Araghchi']);
});
