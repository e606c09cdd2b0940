import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { findQuantities, type QuantityKind } from '../../src/nlp/quantities.ts';

type Row = [text: string, value: number, unit: string, kind: QuantityKind, per?: string];

function only(sentence: string): Row {
  const qs = findQuantities(sentence);
  assert.equal(qs.length, 1, `expected one quantity in ${JSON.stringify(sentence)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  const q = qs[0];
  assert.equal(sentence.slice(q.start, q.end), q.text);
  return q.per === null ? [q.text, q.value, q.unit, q.kind] : [q.text, q.value, q.unit, q.kind, q.per];
}

describe('findQuantities: money', () => {
  const cases: [string, Row][] = [
    ['trade worth $500 million a', ['$500 million', 5e8, 'USD', 'money']],
    ['a loan of $1.5 billion.', ['$1.5 billion', 1.5e9, 'USD', 'money']],
    ['some US$2 bn in aid', ['US$2 bn', 2e9, 'USD', 'money']],
    ['provide A$100 million in', ['A$100 million', 1e8, 'AUD', 'money']],
    ['C$5 million', ['C$5 million', 5e6, 'CAD', 'money']],
    ['NZ$3m', ['NZ$3m', 3e6, 'NZD', 'money']],
    ['HK$10bn', ['HK$10bn', 1e10, 'HKD', 'money']],
    ['€10 billion for links', ['€10 billion', 1e10, 'EUR', 'money']],
    ['pledged 10 billion euros for', ['10 billion euros', 1e10, 'EUR', 'money']],
    ['EUR 5m grant', ['EUR 5m', 5e6, 'EUR', 'money']],
    ['EUR5m grant', ['EUR5m', 5e6, 'EUR', 'money']],
    ['a £3m fund', ['£3m', 3e6, 'GBP', 'money']],
    ['and 30 billion Indian rupees, which', ['30 billion Indian rupees', 3e10, 'INR', 'money']],
    ['a ₹30bn swap', ['₹30bn', 3e10, 'INR', 'money']],
    ['Rs 500 crore project', ['Rs 500 crore', 5e9, 'INR', 'money']],
    ['Rs. 2 lakh each', ['Rs. 2 lakh', 2e5, 'INR', 'money']],
    ['1 trillion yuan in trade', ['1 trillion yuan', 1e12, 'CNY', 'money']],
    ['¥100 billion loan', ['¥100 billion', 1e11, 'JPY', 'money']],
    ['¥100 billion yuan loan', ['¥100 billion yuan', 1e11, 'CNY', 'money']],
    ['500 million tenge', ['500 million tenge', 5e8, 'KZT', 'money']],
    ['3 billion roubles', ['3 billion roubles', 3e9, 'RUB', 'money']],
    ['2 billion rubles', ['2 billion rubles', 2e9, 'RUB', 'money']],
    ['10 million som', ['10 million som', 1e7, 'KGS', 'money']],
    ['5 million Turkmen manat', ['5 million Turkmen manat', 5e6, 'TMT', 'money']],
    ['5 million USD', ['5 million USD', 5e6, 'USD', 'money']],
    ['gratitude for the $200,000 in aid', ['$200,000', 200000, 'USD', 'money']],
    ['a record $181.5 billion last year', ['$181.5 billion', 1.815e11, 'USD', 'money']],
    ['a $10-15 million grant', ['$10-15 million', 1.5e7, 'USD', 'money']],
    ['$2 billion a year', ['$2 billion a year', 2e9, 'USD', 'money', 'year']],
  ];
  for (const [s, row] of cases) it(s, () => assert.deepEqual(only(s), row));

  it('reads each amount in "A$100 million ($64 million)" with its own currency', () => {
    assert.deepEqual(findQuantities('provide A$100 million ($64 million) in').map((q) => [q.value, q.unit]), [[1e8, 'AUD'], [6.4e7, 'USD']]);
  });

  it('keeps the endpoints of "from $150 million to $500 million" apart', () => {
    assert.deepEqual(findQuantities('raise it from $150 million to $500 million').map((q) => q.value), [1.5e8, 5e8]);
  });
});

describe('findQuantities: counts, durations, percent, mass, rates, years', () => {
  const cases: [string, Row][] = [
    ['signed 11 documents', ['11 documents', 11, 'documents', 'count']],
    ['the signing of 37 agreements covering areas', ['37 agreements', 37, 'agreements', 'count']],
    ['more than 700 social housing units built', ['700 social housing units', 700, 'housing units', 'count']],
    ['watched ministers sign 11 further documents on trade', ['11 further documents', 11, 'documents', 'count']],
    ['send 10,000 members of its National Guard', ['10,000 members', 10000, 'members', 'count']],
    ['killing 38 people; 29 survived', ['38 people', 38, 'people', 'count']],
    ['the exchange of five memoranda of understanding', ['five memoranda', 5, 'memoranda', 'count']],
    ['deploy about 1,000 armed officers', ['1,000 armed officers', 1000, 'officers', 'count']],
    ['Two earlier rounds of mediation', ['Two earlier rounds', 2, 'rounds', 'count']],
    ['twenty-five ministers', ['twenty-five ministers', 25, 'ministers', 'count']],
    ['three hundred soldiers', ['three hundred soldiers', 300, 'soldiers', 'count']],
    ['a dozen drones', ['a dozen drones', 12, 'drones', 'count']],
    ['two dozen drones', ['two dozen drones', 24, 'drones', 'count']],
    ['container traffic rose 2.6 times to', ['2.6 times', 2.6, 'times', 'count']],
    ['about 50,500 TEU', ['50,500 TEU', 50500, 'TEU', 'count']],
    ['concluded within four months, with', ['four months', 4, 'months', 'duration']],
    ['a new 10-year multiple-entry visa', ['10-year', 10, 'years', 'duration']],
    ['settling for a one-month pause', ['one-month', 1, 'month', 'duration']],
    ['a one-day trip', ['one-day', 1, 'day', 'duration']],
    ['at the end of a two-day visit', ['two-day', 2, 'days', 'duration']],
    ['hold off for a month on', ['a month', 1, 'month', 'duration']],
    ['less than a year after', ['a year', 1, 'year', 'duration']],
    ['lasted more than an hour and a half', ['an hour and a half', 1.5, 'hours', 'duration']],
    ['his two and a half years at', ['two and a half years', 2.5, 'years', 'duration']],
    ['from 15 to 30 days, weeks after', ['15 to 30 days', 30, 'days', 'duration']],
    ['Two days earlier, on Monday', ['Two days', 2, 'days', 'duration']],
    ['one day he will', ['one day', 1, 'day', 'duration']],
    ['the 25% tariffs', ['25%', 25, '%', 'percent']],
    ['rose 25 percent', ['25 percent', 25, '%', 'percent']],
    ['by 63 per cent in', ['63 per cent', 63, '%', 'percent']],
    ['5,000 tonnes of grain', ['5,000 tonnes', 5000, 'tonnes', 'mass']],
    ['to 4.1 million tonnes, while', ['4.1 million tonnes', 4.1e6, 'tonnes', 'mass']],
    ['11 million tonnes a year and', ['11 million tonnes a year', 1.1e7, 'tonnes', 'mass', 'year']],
    ['10 flights a week', ['10 flights a week', 10, 'flights', 'rate', 'week']],
    ['two flights per day', ['two flights per day', 2, 'flights', 'rate', 'day']],
    ['300 trucks annually', ['300 trucks annually', 300, 'trucks', 'rate', 'year']],
    ['could triple by 2030 to', ['by 2030', 2030, 'year', 'year']],
    ['stay until 2030', ['until 2030', 2030, 'year', 'year']],
    ['finish before 2027.', ['before 2027', 2027, 'year', 'year']],
    ['done by the end of 2025', ['by the end of 2025', 2025, 'year', 'year']],
  ];
  for (const [s, row] of cases) it(s, () => assert.deepEqual(only(s), row));
});

describe('findQuantities: must NOT match', () => {
  const none = [
    'in 2023', 'since 2009', 'from 2020 to 2023', 'a plan for 2025-2029', 'in 2030 the route',
    'on July 4 in Astana', 'on 4 July 2024', 'held on 28-30 November 2023', 'from 3 to 5 July', 'on Dec. 9',
    'NAIROBI, May 24 (Agency)', 'the April 22 attack', 'on 2024-07-04', 'dated 14/02/2023',
    'the fourth dialogue', 'the 80th anniversary', 'the 29th session', 'the 1st round',
    'the G20 summit', 'at COP29 in Baku', 'The Embraer 190, flying', 'a Boeing 737 landed',
    'linked through UPI', 'the exhibition "Agro-Pack Turkmenistan-2023"', 'a Su-35 jet',
    'call +7 717 272 0000', 'phone 72-00-00', 'Section 5 of the law', 'under Article 51', 'No. 10 Downing Street',
    'flight 8243 crashed', 'Resolution 2231 requires',
    'at 10:30 local time', 'at 9 a.m.', 'at 5pm', 'around 11 pm',
    'met one-on-one', 'one of the largest', 'no one else', 'on one side', 'the two leaders met', 'the five ministers',
    'several hundred Indian soldiers', 'a year-long dispute', 'a 10-year-old boy', 'a 12-member delegation',
    'some 29 survived.', 'it grew 5G networks', 'observed a day of mourning', 'in a year that marks',
    'a sum of money', 'the Kenyan leader won praise', 'raised the number', 'a total of', 'decades of war',
  ];
  for (const s of none) {
    it(JSON.stringify(s), () => assert.deepEqual(findQuantities(s).map((q) => q.text), []));
  }

  it('reads the amount but not the year or date next to it', () => {
    assert.deepEqual(findQuantities('trade had reached about $150 million in 2023 and on July 2 rose').map((q) => q.text), ['$150 million']);
    assert.deepEqual(findQuantities('grew by 63 percent in the first eleven months of 2024 to 4.1 million tonnes').map((q) => q.text), [
      '63 percent', 'eleven months', '4.1 million tonnes',
    ]);
  });
});

describe('findQuantities: spans', () => {
  it('always slices the source exactly, in order, without overlap', () => {
    const alphabet = fc.constantFrom('1', '5', '0', ',', '.', ' ', '$', 'A$', '€', 'million', 'bn', 'a', 'one', 'two-', 'days', 'years',
      'by ', '2030', '%', 'percent', 'July', 'to', '-', 'flights', 'week', 'the', 'G', 'x', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (src) => {
        let prev = 0;
        for (const q of findQuantities(src)) {
          assert.equal(src.slice(q.start, q.end), q.text);
          assert.ok(q.start >= prev && q.end > q.start);
          assert.ok(Number.isFinite(q.value));
          prev = q.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('findQuantities: dev articles', () => {
  const dir = new URL('../../../shared/eval/dev/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    // The shared eval set lives outside the repo; without it there is nothing to check here.
  }
  const found = (f: string): string[] => {
    const text: string = JSON.parse(readFileSync(new URL(f, dir), 'utf8')).text;
    return findQuantities(text).map((q) => `${q.value} ${q.unit}`);
  };

  it('finds every gold outcome quantity', { skip: files.length === 0 }, () => {
    const gold: [string, string][] = [
      ['d02.json', '300000000 USD'], ['d02.json', '60000000 USD'], ['d04.json', '1 month'], ['d04.json', '10000 members'],
      ['d06.json', '400000000 USD'], ['d06.json', '30000000000 INR'], ['d06.json', '700 housing units'],
      ['d08.json', '100000000 AUD'], ['d08.json', '40000000 AUD'], ['d09.json', '10 years'], ['d09.json', '30 days'],
      ['d12.json', '37 agreements'], ['d13.json', '4 months'], ['d17.json', '11 documents'], ['d17.json', '500000000 USD'],
      ['d17.json', '200000 USD'], ['seed.json', '500000000 USD'],
    ];
    for (const [f, q] of gold) assert.ok(found(f).includes(q), `${f}: ${q} not in ${JSON.stringify(found(f))}`);
  });

  it('reads nothing from articles whose numbers are all dates, years, ordinals or names', { skip: files.length === 0 }, () => {
    assert.deepEqual(found('d01.json'), []);
    assert.deepEqual(found('d07.json'), []);
  });
});
