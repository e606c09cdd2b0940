import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { findDates, isValidIsoDate, type DateMention } from '../../src/nlp/dates.ts';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { UserError } from '../../src/model/errors.ts';

/** "text=value" per mention, value being the date, else the month, else the year, else the grain; ranges add "..end". */
function brief(d: DateMention): string {
  return `${d.text}=${d.date ?? d.month ?? d.year ?? d.grain}${d.endDate ? `..${d.endDate}` : ''}`;
}
const found = (text: string, published: string | null): string[] => findDates(text, published).map(brief);

function one(text: string, published: string | null): DateMention {
  const ds = findDates(text, published);
  assert.equal(ds.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(ds.map(brief))}`);
  assert.equal(text.slice(ds[0].start, ds[0].end), ds[0].text);
  return ds[0];
}

describe('findDates: weekdays (latest on or before publication)', () => {
  // 2024-10-30 is a Wednesday.
  const cases: [string, string, string][] = [
    ['They met on Tuesday.', '2024-10-30', 'Tuesday=2024-10-29'],
    ['They met on Wednesday.', '2024-10-30', 'Wednesday=2024-10-30'],
    ['They met on Thursday.', '2024-10-30', 'Thursday=2024-10-24'],
    ['agreed late on Wednesday to', '2024-12-12', 'Wednesday=2024-12-11'],
    ['On Friday, Aliyev had called', '2024-12-29', 'Friday=2024-12-27'],
    ["in Sunday's helicopter crash", '2024-05-23', 'Sunday=2024-05-19'],
    ['They will meet next Tuesday.', '2024-10-30', 'next Tuesday=2024-11-05'],
    ['They will meet next Wednesday.', '2024-10-30', 'next Wednesday=2024-11-06'],
    ['They met last Wednesday.', '2024-10-30', 'last Wednesday=2024-10-23'],
    ['said on Monday that', '2025-02-03', 'Monday=2025-02-03'],
  ];
  for (const [text, pub, want] of cases) it(`${text} (${pub})`, () => assert.deepEqual(found(text, pub), [want]));

  it('marks weekdays relative, day grain', () => {
    const d = one('on Tuesday', '2024-10-30');
    assert.equal(d.relative, true);
    assert.equal(d.grain, 'day');
    assert.equal(d.month, '2024-10');
    assert.equal(d.year, 2024);
  });
});

describe('findDates: relative days and periods', () => {
  const cases: [string, string, string][] = [
    ['held talks yesterday with', '2025-06-06', 'yesterday=2025-06-05'],
    ['received a call last night from', '2025-10-23', 'last night=2025-10-22'],
    ['spoke yesterday evening with', '2025-10-23', 'yesterday evening=2025-10-22'],
    ['will sit down today for', '2025-06-06', 'today=2025-06-06'],
    ['met this morning', '2025-06-06', 'this morning=2025-06-06'],
    ['will fly tomorrow', '2025-06-06', 'tomorrow=2025-06-07'],
    ['died three days ago', '2025-06-06', 'three days ago=2025-06-03'],
    ['began the trip earlier in the week in Atlanta', '2024-05-24', 'earlier in the week=week'],
    ['met last week', '2024-05-24', 'last week=week'],
    ['meets this week', '2024-05-24', 'this week=week'],
    ['voiced concern last month about', '2024-11-27', 'last month=2024-10'],
    ['voiced concern last month about', '2025-01-15', 'last month=2024-12'],
    ['due next month', '2024-12-10', 'next month=2025-01'],
    ['about $245 billion last year', '2025-01-22', 'last year=2024'],
    ['will visit next year', '2024-10-08', 'next year=2025'],
    ['rounds of mediation this year', '2024-12-12', 'this year=2024'],
    ['a visit a year ago', '2024-12-12', 'a year ago=2023'],
  ];
  for (const [text, pub, want] of cases) it(`${text} (${pub})`, () => assert.deepEqual(found(text, pub), [want]));

  it('gives weeks a grain but no date, and marks them relative', () => {
    const d = one('Earlier in the week, Nurtleu had phoned', '2024-12-29');
    assert.deepEqual([d.grain, d.date, d.month, d.relative], ['week', null, null, true]);
  });
});

describe('findDates: same-day phrases anchor on the text before them', () => {
  it('uses the nearest earlier day in the same text', () => {
    assert.deepEqual(found('Tokayev held talks on Tuesday. Later in the day Tokayev met the Chairman.', '2024-10-30'), [
      'Tuesday=2024-10-29', 'Later in the day=2024-10-29',
    ]);
    assert.deepEqual(found('They met on 2 May. The next day they signed.', '2024-10-30'), ['2 May=2024-05-02', 'The next day=2024-05-03']);
  });

  it('falls back to the caller\'s anchor, then to publication', () => {
    assert.deepEqual(found('Later in the day Tokayev met the Chairman.', '2024-10-30'), ['Later in the day=2024-10-30']);
    const d = findDates('Later in the day Tokayev met the Chairman.', '2024-10-30', { anchor: '2024-10-29' });
    assert.deepEqual(d.map(brief), ['Later in the day=2024-10-29']);
    assert.deepEqual(found('teams would begin work that same day', '2025-02-03'), ['that same day=2025-02-03']);
  });

  it('counts parts of a day from the day before them ("the same afternoon", "later that evening", "the next morning")', () => {
    assert.deepEqual(found('Wang landed on Monday afternoon and went into talks the same evening.', '2025-08-20'), [
      'Monday=2025-08-18', 'the same evening=2025-08-18',
    ]);
    assert.deepEqual(found('They met on 2 May. The next morning they signed.', '2024-10-30'), ['2 May=2024-05-02', 'The next morning=2024-05-03']);
    assert.deepEqual(found('Later that evening Wang called on Modi.', '2025-08-20'), ['Later that evening=2025-08-20']);
    // "this morning" counts from publication, as before; a bare part of a day is no date.
    assert.deepEqual(found('this morning', '2024-10-30'), ['this morning=2024-10-30']);
    for (const s of ['in the morning', 'the morning session', 'a night of talks', 'evening prayers']) assert.deepEqual(found(s, '2024-10-30'), [], s);
  });

  it('reports "Two days earlier, on Monday" as an undated phrase and a resolved Monday', () => {
    const ds = findDates('Two days earlier, on Monday, the envoy had flown back to his capital', '2024-05-23');
    assert.deepEqual(ds.map(brief), ['Two days earlier=day', 'Monday=2024-05-20']);
    assert.equal(ds[0].date, null);
  });
});

describe('findDates: absolute dates, months and years', () => {
  const cases: [string, string, string][] = [
    ['On 14 February 2023, Deputy Minister', '2023-02-14', '14 February 2023=2023-02-14'],
    ['signed on February 14, 2023 in', '2024-01-01', 'February 14, 2023=2023-02-14'],
    ['dated 2024-07-04.', '2024-10-30', '2024-07-04=2024-07-04'],
    ['WASHINGTON, Dec. 9 (Agency) – ', '2024-12-09', 'Dec. 9=2024-12-09'],
    ['the Summit that took place on July 4 in', '2024-07-05', 'July 4=2024-07-04'],
    ['on 4 July they met', '2024-07-05', '4 July=2024-07-04'],
    ['on the eve of the SCO Summit on July 2.', '2024-07-05', 'July 2=2024-07-02'],
    ['ASTANA, Sept 26 (Agency) – Kazakh', '2025-09-26', 'Sept 26=2025-09-26'],
    ['the celebrations on September 3 to mark', '2025-01-22', 'September 3=2025-09-03'],
    ['the April 22 attack', '2025-06-06', 'April 22=2025-04-22'],
    ['the April 22 attack', '2024-10-30', 'April 22=2024-04-22'],
    ['on December 20', '2025-01-10', 'December 20=2024-12-20'],
    ['on October 1', '2025-01-10', 'October 1=2025-10-01'],
    ['on the 4th of July', '2024-10-30', '4th of July=2024-07-04'],
    ['Thursday, May 23, 2024', '2024-10-30', 'Thursday, May 23, 2024=2024-05-23'],
    ['in July', '2024-10-30', 'July=2024-07'],
    ['in November', '2024-11-19', 'November=2024-11'],
    ['in November', '2024-06-02', 'November=2023-11'],
    ['since he took office last November', '2024-10-08', 'last November=2023-11'],
    ['next July', '2024-10-30', 'next July=2025-07'],
    ['in late November', '2025-02-03', 'late November=2024-11'],
    ['in April 2023', '2024-10-30', 'April 2023=2023-04'],
    ['by the end of February 2025 and', '2024-12-12', 'February 2025=2025-02'],
    ['in May', '2024-10-30', 'May=2024-05'],
    ['in 2023', '2024-10-30', '2023=2023'],
    ['since 2009', '2024-10-30', '2009=2009'],
    ['could triple by 2030 to', '2025-01-20', '2030=2030'],
    ['by mid-2025', '2024-10-30', 'mid-2025=2025'],
    ['in early 2024', '2024-10-30', 'early 2024=2024'],
  ];
  for (const [text, pub, want] of cases) it(`${text} (${pub})`, () => assert.deepEqual(found(text, pub), [want]));

  it('gives months and years their grain, with no day', () => {
    const m = one('in April 2023', '2024-10-30');
    assert.deepEqual([m.grain, m.date, m.month, m.year, m.relative], ['month', null, '2023-04', 2023, false]);
    const y = one('in 2023', '2024-10-30');
    assert.deepEqual([y.grain, y.date, y.month, y.year], ['year', null, null, 2023]);
  });
});

describe('findDates: windows read without chrono', () => {
  // Month-and-year cues, day ranges to or from a bare day, and two dates joined by "and" skip chrono:
  // these are what chrono's reading gave for them (a month, a range left to the day-range rule, each date).
  const cases: [string, string[]][] = [
    ['They met in November 2023, when the sides signed a treaty.', ['November 2023=2023-11']],
    ['The summit in July 2024, and the forum', ['July 2024=2024-07']],
    ['India from 13 to 16 October 2025.', ['13 to 16 October 2025=2025-10-13..2025-10-16']],
    ['in Ashgabat on 28-30 November 2023.', ['28-30 November 2023=2023-11-28..2023-11-30']],
    ['from July 3 to 5 in Astana', ['July 3 to 5=2024-07-03..2024-07-05']],
    ['May 3-5, 2024 in Baku', ['May 3-5, 2024=2024-05-03..2024-05-05']],
    ['July 30 - August 2', ['July 30 - August 2=2024-07-30..2024-08-02']],
    ['The port city hosts on October 5 and December 2.', ['October 5=2024-10-05', 'December 2=2024-12-02']],
    ['on 5 and 6 October', ['6 October=2024-10-06']],
    ['July 3 to 5 percent', []],
    ['in 2023 - 5 June', ['2023=2023', '5 June=2024-06-05']],
  ];
  for (const [text, want] of cases) {
    it(text, () => assert.deepEqual(found(text, '2024-07-05'), want));
  }
});

describe('findDates: ranges', () => {
  const cases: [string, string, string][] = [
    ['to be held in Ashgabat on 28-30 November 2023.', '2023-02-14', '28-30 November 2023=2023-11-28..2023-11-30'],
    ['from 3 to 5 July', '2024-10-30', '3 to 5 July=2024-07-03..2024-07-05'],
    ['between 3 and 5 July', '2024-10-30', '3 and 5 July=2024-07-03..2024-07-05'],
    ['on 3–5 July 2025', '2024-10-30', '3–5 July 2025=2025-07-03..2025-07-05'],
    ['July 3-5', '2024-10-30', 'July 3-5=2024-07-03..2024-07-05'],
    ['November 28 - December 2, 2023', '2024-10-30', 'November 28 - December 2, 2023=2023-11-28..2023-12-02'],
    ['from 28 December to 3 January 2025', '2024-10-30', '28 December to 3 January 2025=2024-12-28..2025-01-03'],
  ];
  for (const [text, pub, want] of cases) it(`${text} (${pub})`, () => assert.deepEqual(found(text, pub), [want]));

  it('does not take an amount or a clock time for the end of a range', () => {
    assert.ok(findDates('on July 3 to 5 percent', '2024-10-30').every((d) => d.endDate === null));
    assert.deepEqual(found('from 3 to 5 p.m.', '2024-10-30'), []);
  });
});

describe('findDates: without a publication date', () => {
  const cases: [string, string][] = [
    ['on Monday', 'Monday=day'],
    ['yesterday', 'yesterday=day'],
    ['earlier in the day', 'earlier in the day=day'],
    ['last month', 'last month=month'],
    ['next year', 'next year=year'],
    ['July 4', 'July 4=day'],
    ['in July', 'July=month'],
    ['from 3 to 5 July', '3 to 5 July=day'],
    ['4 July 2024', '4 July 2024=2024-07-04'],
    ['28-30 November 2023', '28-30 November 2023=2023-11-28..2023-11-30'],
    ['in April 2023', 'April 2023=2023-04'],
    ['in 2023', '2023=2023'],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(found(text, null), [want]));

  it('keeps the grain of relative expressions', () => {
    assert.deepEqual(findDates('last month', null).map((d) => [d.grain, d.month, d.year, d.relative]), [['month', null, null, true]]);
  });
});

describe('findDates: must NOT be dates', () => {
  const none = [
    'May he rest in peace.', 'He may visit Astana.', 'They staged a march on the capital.', 'The March on Washington drew crowds.',
    'the 80th anniversary of the end of World War Two', 'at COP29 in Baku', 'the G20 summit', 'rose 2.6 times',
    'trade of about $245 billion', 'at 10:30 local time', 'from 3 to 5 p.m.', 'the exhibition "Agro-Pack Turkmenistan-2023"',
    'the Victory Day parade', 'Mondays are busy', 'in 15 days or less', 'within four months', 'the 2023 visit',
    'a plan for 2025-2029', '11 documents', 'The Embraer 190, flying', 'on 31 February', 'April 31',
    'two days before the summit', 'three days after the jet crashed', 'a day after Trump returned', 'in the 1990s',
    'about 4.1 million tonnes in 2024 tonnes', 'cargo of 2030 tonnes',
  ];
  for (const s of none) it(JSON.stringify(s), () => assert.deepEqual(found(s, '2024-10-30'), []));

  it('finds May 9 but not the name in "Victory Day commemorations in Moscow on May 9"', () => {
    assert.deepEqual(found('Putin invited Xi to the Victory Day commemorations in Moscow on May 9.', '2025-01-22'), ['May 9=2025-05-09']);
  });
});

describe('findDates: input checks and spans', () => {
  it('rejects an impossible publication date with a UserError', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '24-07-05', '2024-7-5', 'yesterday', '']) {
      assert.throws(() => findDates('on Monday', bad), (e: unknown) => e instanceof UserError && e.code === 'invalid_published' && e.message.includes(JSON.stringify(bad)));
    }
  });

  it('returns exact, ordered, non-overlapping spans for any text', () => {
    const alphabet = fc.constantFrom('on ', 'Monday', 'May', ' ', '4', '28', '-', '30', 'July', '2024', 'in ', 'last ', 'week', 'the day',
      'earlier', 'yesterday', ',', '.', 'from ', 'to ', 'Dec.', '2024-07-04', 'two days ', 'ago', 'G', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 25 }).map((a) => a.join('')), fc.constantFrom('2024-10-30', '2024-02-29', null), (src, pub) => {
        let prev = 0;
        for (const d of findDates(src, pub)) {
          assert.equal(src.slice(d.start, d.end), d.text);
          assert.ok(d.start >= prev && d.end > d.start);
          if (d.date !== null) assert.ok(isValidIsoDate(d.date));
          if (d.endDate !== null) assert.ok(d.date !== null && d.endDate > d.date);
          prev = d.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isValidIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const s of ['2024-02-29', '2023-12-31', '1999-01-01', '2025-06-30']) assert.equal(isValidIsoDate(s), true, s);
  });
  it('rejects impossible or malformed ones', () => {
    for (const s of ['2023-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-1-05', '2024-01-5', '20240105', '2024-01-05T00:00', ' 2024-01-05', '']) {
      assert.equal(isValidIsoDate(s), false, s);
    }
  });
});

describe('findDates: every date in the dev articles', () => {
  const dir = new URL('../../../shared/eval/dev/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    // The shared eval set lives outside the repo; without it there is nothing to check here.
  }
  const article = (f: string): { text: string; published: string } => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

  // Sentence by sentence, as the extractor calls it, against each article's publication date.
  const expected: [string, string[]][] = [
    ['d01.json', ['14 February 2023=2023-02-14', '28-30 November 2023=2023-11-28..2023-11-30']],
    ['d02.json', ['May 24=2024-05-24', 'Thursday=2024-05-23', '2008=2008', 'Friday=2024-05-24', 'earlier in the week=week']],
    ['d03.json', ['Nov 19=2024-11-19', 'Monday=2024-11-18', 'Sunday=2024-11-17', 'October=2024-10', 'July=2024-07', 'next year=2025']],
    ['d04.json', ['Feb 3=2025-02-03', 'Monday=2025-02-03', 'earlier in the day=2025-02-03', 'that same day=2025-02-03', 'late November=2024-11', 'Monday=2025-02-03']],
    ['d05.json', ['Jan 22=2025-01-22', 'Tuesday=2025-01-21', '2025=2025', 'last year=2024', 'January 17=2025-01-17', 'this year=2025', 'September 3=2025-09-03', 'May 9=2025-05-09']],
    ['d06.json', ['Oct 8=2024-10-08', 'Monday=2024-10-07', 'last November=2023-11', 'next year=2025']],
    // "in Baku in November" is a coming event, but the month rule looks back by design (see dates.ts).
    ['d07.json', ['June 2=2024-06-02', 'Sunday=2024-06-02', 'November=2023-11', 'Saturday=2024-06-01']],
    ['d08.json', ['Dec 10=2024-12-10', 'Monday=2024-12-09', 'next year=2025', 'November 2023=2023-11', '2025=2025']],
    ['d09.json', ['Dec 26=2024-12-26', 'Wednesday=2024-12-25', 'April 2023=2023-04', 'November=2024-11', 'next year=2025', 'next year=2025', 'September=2024-09']],
    ['d10.json', ['May 23=2024-05-23', 'Wednesday=2024-05-22', 'Sunday=2024-05-19', 'last month=2024-04', 'Two days earlier=day', 'Monday=2024-05-20', 'Tuesday=2024-05-21']],
    ['d11.json', ['Dec 29=2024-12-29', 'Saturday=2024-12-28', 'Wednesday=2024-12-25', 'Saturday=2024-12-28', 'Friday=2024-12-27', 'Earlier in the week=week']],
    ['d12.json', ['Nov 21=2024-11-21', 'Wednesday=2024-11-20', '2009=2009', 'last year=2023', 'April 2023=2023-04']],
    ['d13.json', ['Dec 12=2024-12-12', 'Wednesday=2024-12-11', 'February 2025=2025-02', 'January=2024-01', 'this year=2024']],
    ['d14.json', ['Nov 27=2024-11-27', 'Wednesday=2024-11-27', 'Wednesday=2024-11-27', 'last month=2024-10']],
    ['d15.json', ['Sept 26=2025-09-26', 'Friday=2025-09-26', 'April 2023=2023-04', 'June=2025-06', 'February=2025-02', '2020=2020', '2023=2023']],
    ['d16.json', ['2024=2024', '2030=2030', 'January 2024=2024-01']],
    ['d17.json', ['Oct 30=2024-10-30', 'Tuesday=2024-10-29', 'July=2024-07', '2023=2023', 'September=2024-09', 'Later in the day=2024-10-30', 'next year=2025']],
    ['d18.json', ['June 6=2025-06-06', 'yesterday=2025-06-05', 'July 2024=2024-07', 'April 22=2025-04-22', 'this year=2025', 'today=2025-06-06', 'December 2021=2021-12']],
    ['seed.json', ['July 4=2024-07-04', 'July 2=2024-07-02']],
  ];
  for (const [f, want] of expected) {
    it(f, { skip: files.length === 0 }, () => {
      const a = article(f);
      const got = splitSentences(a.text).flatMap((s) => findDates(s.text, a.published)).map(brief);
      assert.deepEqual(got, want);
    });
  }

  it('anchors "Later in the day" on Tuesday when given the whole d17 article', { skip: files.length === 0 }, () => {
    const a = article('d17.json');
    const later = findDates(a.text, a.published).find((d) => d.text === 'Later in the day');
    assert.equal(later?.date, '2024-10-29');
  });
});
