import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { buildCameoTable, renderCameoTable, DEFAULT_CSV, OUTPUT } from '../../../scripts/build-codes.ts';
import { UserError } from '../../../src/model/errors.ts';

const HEAD = 'cameo_code,level,root_code,parent_code,name,goldstein_gdelt,goldstein_icews,quad_class_gdelt,plover_event,plover_mode,plover_context';

test('a small CSV becomes rows with string codes, GDELT values and split contexts', () => {
  const csv = [HEAD,
    '042,1,04,04,Make a visit,1.9,1.9,1,CONSULT,visit,',
    '091,1,09,09,"Investigate crime, corruption",-2.0,-2.0,2,ACCUSE,investigate,crime|corruption',
    '1213,2,12,121,Reject judicial cooperation,,-4.0,3,REJECT,assist,legal',
    '155,1,15,15,Mobilize or increase cyber-forces,,,4,,,',
  ].join('\n');
  const { codes } = buildCameoTable(csv);
  assert.deepEqual(codes.map((c) => c.code), ['042', '091', '1213', '155']);
  assert.deepEqual(codes[0], { code: '042', name: 'Make a visit', root: '04', goldstein: 1.9, quadClass: 1, plover: { event: 'CONSULT', mode: 'visit', context: [] } });
  assert.deepEqual(codes[1].plover?.context, ['crime', 'corruption']);
  assert.equal(codes[2].goldstein, null, "an empty GDELT cell must not fall back to ICEWS's -4.0");
  assert.equal(codes[3].plover, null);
  // The rendered file parses back to the same table, codes still strings.
  assert.deepEqual(JSON.parse(renderCameoTable(buildCameoTable(csv))).codes, codes);
});

test('bad rows are UserErrors that name the row and the problem', () => {
  const cases: [string, RegExp][] = [
    [`${HEAD}\n42x,1,04,04,Bad,1.0,1.0,1,CONSULT,,`, /row 2: cameo_code "42x"/],
    [`${HEAD}\n042,1,04,04,Make a visit,1.9,1.9,1,CONSULT,,\n042,1,04,04,Again,1.9,1.9,1,CONSULT,,`, /row 3: .*appears twice/],
    [`${HEAD}\n042,1,05,04,Make a visit,1.9,1.9,1,CONSULT,,`, /root_code "05" does not prefix "042"/],
    [`${HEAD}\n042,1,04,04,Make a visit,high,1.9,1,CONSULT,,`, /goldstein_gdelt "high"/],
    [`${HEAD}\n042,1,04,04,Make a visit,1.9,1.9,5,CONSULT,,`, /quad_class_gdelt "5"/],
    ['cameo_code,name\n042,Make a visit', /missing column\(s\) root_code/],
    [HEAD, /no data rows/],
  ];
  for (const [csv, msg] of cases) {
    assert.throws(() => buildCameoTable(csv, 'x.csv'), (e: unknown) => e instanceof UserError && msg.test(e.message) && !!e.hint, String(msg));
  }
});

test('the committed cameo.json is what the build script makes from the peers CSV',
  { skip: existsSync(DEFAULT_CSV) ? false : 'needs ../shared/peers (not in CI)' }, () => {
    const fresh = renderCameoTable(buildCameoTable(readFileSync(DEFAULT_CSV, 'utf8')));
    assert.equal(readFileSync(OUTPUT, 'utf8'), fresh, 'run: node --import tsx scripts/build-codes.ts');
  });
