// The hostile corpus, as code: every input a reader may meet in the wild, named for what is wrong
// with it. Inputs up to COMMIT_LIMIT bytes are committed under files/ (make-small.ts writes them);
// larger floods and the giants are written at test time by generate.ts, never committed.
import { gzipSync } from 'node:zlib';

export const COMMIT_LIMIT = 16 * 1024;

const B = (...xs: (string | number[] | Buffer)[]) => Buffer.concat(xs.map((x) => (typeof x === 'string' ? Buffer.from(x, 'utf8') : Buffer.from(x))));

const LEAD = 'President Kassym-Jomart Tokayev of Kazakhstan met President Ukhnaagiin Khurelsukh of Mongolia in Astana on 3 July 2024.';
const MORE = ' The two leaders discussed trade, transport corridors and energy, and agreed to raise bilateral trade to 500 million US dollars. Tokayev accepted an invitation to visit Mongolia.';
const BODY = LEAD + MORE;

const files = new Map<string, Buffer>();
/** Every hostile input of moderate size (the giants are in generate.ts), by relative file name. */
export function hostileCases(): Map<string, Buffer> {
  if (files.size) return files;
  const add = (name: string, bytes: Buffer | string) => {
    if (files.has(name)) throw new Error(`duplicate corpus name ${name}`);
    files.set(name, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  };

  // ---- Byte-level damage, each wrapped in every container a reader dispatches on ----
  const DAMAGE: Record<string, number[]> = {
    'lone-continuation': [0x80],
    'continuation-run': [0x80, 0xbf, 0x80, 0xbf],
    'truncated-2byte': [0xc3],
    'truncated-3byte': [0xe2, 0x82],
    'truncated-4byte': [0xf0, 0x9f, 0x98],
    'overlong-slash-2': [0xc0, 0xaf],
    'overlong-slash-3': [0xe0, 0x80, 0xaf],
    'overlong-slash-4': [0xf0, 0x80, 0x80, 0xaf],
    'overlong-nul': [0xc0, 0x80],
    'overlong-lt': [0xc0, 0xbc],
    'surrogate-high': [0xed, 0xa0, 0x80],
    'surrogate-pair-cesu': [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
    'beyond-10ffff': [0xf4, 0x90, 0x80, 0x80],
    'fe-ff-bytes': [0xfe, 0xff, 0xfe],
    'f8-5byte': [0xf8, 0x88, 0x80, 0x80, 0x80],
    'nul-byte': [0x00],
    'nul-run': [0, 0, 0, 0, 0, 0, 0, 0],
    'c1-controls': [0xc2, 0x85, 0xc2, 0x9b, 0xc2, 0x9d],
    'latin1-e-acute': [0xe9],
    'noncharacter-fffe': [0xef, 0xbf, 0xbe],
  };
  const CONTAINERS: Record<string, (dmg: Buffer) => Buffer> = {
    txt: (d) => B('Leaders meet\n\n', LEAD, d, MORE),
    html: (d) => B('<!doctype html><html><head><title>T', d, '</title></head><body><article><p>', LEAD, d, MORE, '</p></article></body></html>'),
    json: (d) => B('{"title":"T","published":"2024-07-03","text":"', LEAD, d, MORE, '"}'),
    jsonl: (d) => B('{"title":"A","text":"', BODY, '"}\n{"title":"B', d, '","text":"', LEAD, d, MORE, '"}\n'),
    rss: (d) => B('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W', d, '</title><item><title>I</title><guid>g1</guid><description><![CDATA[<p>', BODY, ' ', BODY, d, BODY, '</p>]]></description></item></channel></rss>'),
  };
  const EXT: Record<string, string> = { txt: 'txt', html: 'html', json: 'json', jsonl: 'jsonl', rss: 'xml' };
  for (const [dname, bytes] of Object.entries(DAMAGE)) {
    for (const [cname, wrap] of Object.entries(CONTAINERS)) add(`utf8/${dname}.${EXT[cname]}`, wrap(Buffer.from(bytes)));
  }

  // ---- BOMs and declared charsets ----
  const utf16 = (s: string, be: boolean) => { const b = Buffer.from(s, 'utf16le'); if (be) b.swap16(); return b; };
  add('bom/utf8-bom.txt', B([0xef, 0xbb, 0xbf], 'Title\n\n', BODY));
  add('bom/utf8-bom-only.txt', B([0xef, 0xbb, 0xbf]));
  add('bom/utf8-double-bom.txt', B([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], BODY));
  add('bom/utf8-bom-then-invalid.txt', B([0xef, 0xbb, 0xbf], LEAD, [0xff, 0xfe], MORE));
  add('bom/utf8-bom.json', B([0xef, 0xbb, 0xbf], JSON.stringify({ title: 'T', text: BODY })));
  add('bom/utf8-bom.xml', B([0xef, 0xbb, 0xbf], `<?xml version="1.0"?><rss version="2.0"><channel><item><title>I</title><description>${BODY} ${BODY} ${BODY}</description></item></channel></rss>`));
  add('bom/utf16le-bom.txt', B([0xff, 0xfe], utf16(`Title\n\n${BODY}`, false)));
  add('bom/utf16be-bom.txt', B([0xfe, 0xff], utf16(`Title\n\n${BODY}`, true)));
  add('bom/utf16le-bom-only.txt', B([0xff, 0xfe]));
  add('bom/utf16le-odd-length.txt', B([0xff, 0xfe], utf16(BODY, false), [0x41]));
  add('bom/utf16le-lone-surrogate.txt', B([0xff, 0xfe], utf16(LEAD, false), [0x00, 0xd8], utf16(MORE, false)));
  add('bom/utf16le-bomless.txt', utf16(`Title\n\n${BODY}`, false));
  add('bom/utf16be-bomless.html', utf16(`<html><body><p>${BODY}</p></body></html>`, true));
  add('bom/utf32le-bom.txt', B([0xff, 0xfe, 0x00, 0x00], Buffer.from([...BODY].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))));
  add('bom/utf32be-bom.txt', B([0x00, 0x00, 0xfe, 0xff], Buffer.from([...BODY].flatMap((c) => [0, 0, 0, c.charCodeAt(0)]))));
  add('bom/utf16le-bom.xml', B([0xff, 0xfe], utf16(`<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><item><title>I</title><description>${BODY} ${BODY} ${BODY}</description></item></channel></rss>`, false)));
  add('bom/bom-mid-text.txt', B(LEAD, [0xef, 0xbb, 0xbf], MORE));

  const html = (head: string, body: string) => `<!doctype html><html><head>${head}<title>Visit</title></head><body><article><p>${body}</p></article></body></html>`;
  const cyr = 'Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Монголии в Астане 3 июля 2024 года.';
  add('charset/shift-jis-label-utf8-bytes.html', html('<meta charset="shift_jis">', `${BODY} ${cyr}`));
  add('charset/utf8-label-cp1252-bytes.html', B(html('<meta charset="utf-8">', ''), Buffer.from(`<p>${BODY} Caf\u00e9 d\u00e9j\u00e0 vu \u201cquoted\u201d</p>`, 'latin1')));
  add('charset/koi8r-label-cp1251-bytes.html', B('<html><head><meta charset="koi8-r"></head><body><p>', Buffer.from([0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20]), BODY, '</p></body></html>'));
  add('charset/unknown-label.html', B('<html><head><meta charset="x-no-such-charset"></head><body><p>', LEAD, [0xe9, 0xe8], MORE, '</p></body></html>'));
  add('charset/utf7-label.html', B('<html><head><meta charset="utf-7"></head><body><p>', LEAD, [0xe9], '+ADw-script+AD4-alert(1)+ADw-/script+AD4-', MORE, '</p></body></html>'));
  add('charset/utf16-label-in-utf8.html', html('<meta charset="utf-16">', BODY));
  add('charset/utf32-label.html', B('<html><head><meta charset="utf-32"></head><body><p>', LEAD, [0xe9], MORE, '</p></body></html>'));
  add('charset/x-user-defined.html', B('<html><head><meta charset="x-user-defined"></head><body><p>', LEAD, [0xe9, 0xff], MORE, '</p></body></html>'));
  add('charset/http-equiv-gb2312-latin1.html', B('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>', LEAD, [0xe9, 0xb0, 0xa1], MORE, '</p></body></html>'));
  add('charset/two-conflicting-metas.html', B('<html><head><meta charset="windows-1251"><meta charset="iso-8859-7"></head><body><p>', LEAD, [0xe9, 0xe0], MORE, '</p></body></html>'));
  add('charset/label-after-64k.html', B('<html><head><!--', 'x'.repeat(70_000), '--><meta charset="windows-1252"></head><body><p>', LEAD, [0xe9], MORE, '</p></body></html>'));
  add('charset/xml-decl-ebcdic.xml', B('<?xml version="1.0" encoding="EBCDIC-US"?><rss version="2.0"><channel><item><title>I</title><description>', BODY, [0xe9], BODY, BODY, '</description></item></channel></rss>'));
  add('charset/xml-decl-latin1-utf8-bytes.xml', `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Ülan</title><description>${BODY} ${cyr} ${BODY} ${BODY}</description></item></channel></rss>`);
  add('charset/meta-charset-in-attribute-value.html', B('<html><body><p title="<meta charset=utf-16le>">', LEAD, [0xe9], MORE, '</p></body></html>'));

  // ---- HTML ----
  const nest = (tag: string, n: number, inner: string) => `<${tag}>`.repeat(n) + inner + `</${tag}>`.repeat(n);
  add('html/nested-div-5000.html', `<html><body>${nest('div', 5000, `<p>${BODY}</p>`)}</body></html>`);
  add('html/nested-span-20000-unclosed.html', `<html><body>${'<span>'.repeat(20000)}<p>${BODY}</p></body></html>`);
  add('html/nested-table-3000.html', `<html><body>${nest('table><tr><td', 1, '')}${'<table><tr><td>'.repeat(3000)}${BODY}</body></html>`);
  add('html/nested-b-i-misnested.html', `<html><body>${'<b><i>'.repeat(3000)}${BODY}${'</b></i>'.repeat(3000)}</body></html>`);
  add('html/nested-p-in-list.html', `<html><body>${'<ul><li>'.repeat(4000)}<p>${BODY}</p></body></html>`);
  add('html/script-only.html', '<html><head><script>document.write("hello")</script></head><body><script>var a=1;</script></body></html>');
  add('html/style-only.html', '<html><head><style>p{color:red}</style></head><body><style>b{}</style></body></html>');
  add('html/unterminated-comment.html', `<html><body><p>${BODY}</p><!-- never closed ${BODY}`);
  add('html/unterminated-script.html', `<html><body><p>${BODY}</p><script>var x = "${'a'.repeat(5000)}`);
  add('html/unterminated-attribute.html', `<html><body><p class="${BODY}`);
  add('html/cdata-in-html.html', `<html><body><![CDATA[${BODY}]]><p>${BODY}</p></body></html>`);
  add('html/javascript-links.html', `<html><head><base href="javascript:alert(1)//"></head><body><article><p>${BODY} <a href="javascript:alert(document.cookie)">more</a> <a href="JaVaScRiPt&#58;alert(1)">x</a> <a href="java\nscript:alert(1)">y</a></p></article></body></html>`);
  add('html/canonical-javascript.html', `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)"></head><body><article><p>${BODY}</p></article></body></html>`);
  add('html/canonical-data-uri.html', `<html><head><link rel="canonical" href="data:text/html,<script>alert(1)</script>"></head><body><article><p>${BODY}</p></article></body></html>`);
  add('html/canonical-file-uri.html', `<html><head><link rel="canonical" href="file:///etc/passwd"></head><body><article><p>${BODY}</p></article></body></html>`);
  add('html/canonical-huge.html', `<html><head><link rel="canonical" href="https://example.org/${'a'.repeat(100_000)}"></head><body><article><p>${BODY}</p></article></body></html>`);
  add('html/xss-payloads.html', `<html><body><article><p>${BODY}</p><p><img src=x onerror=alert(1)><svg onload=alert(1)></svg><iframe src="javascript:alert(1)"></iframe>"><script>alert(1)</script></p></article></body></html>`);
  add('html/meta-refresh.html', `<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head><body><p>${BODY}</p></body></html>`);
  add('html/entity-flood-named.html', `<html><body><p>${LEAD}${'&amp;'.repeat(50_000)}${MORE}</p></body></html>`);
  add('html/entity-flood-numeric.html', `<html><body><p>${LEAD}${'&#65;&#x42;'.repeat(40_000)}${MORE}</p></body></html>`);
  add('html/entity-invalid-numeric.html', `<html><body><p>${LEAD} &#0; &#xD800; &#x110000; &#99999999999999999; &#x; &#; &#-1;${MORE}</p></body></html>`);
  add('html/entity-unterminated.html', `<html><body><p>${LEAD} &amp &lt &#65 &#x41 &notanentity ${MORE}</p></body></html>`);
  add('html/title-100k.html', `<html><head><title>${'T'.repeat(100_000)}</title></head><body><p>${BODY}</p></body></html>`);
  add('html/attribute-100k.html', `<html><body><p data-x="${'a'.repeat(100_000)}">${BODY}</p></body></html>`);
  add('html/many-attributes.html', `<html><body><p ${Array.from({ length: 5000 }, (_, i) => `a${i}="${i}"`).join(' ')}>${BODY}</p></body></html>`);
  add('html/only-tags.html', '<html><head></head><body><div><span></span></div></body></html>');
  add('html/empty-document.html', '<html></html>');
  add('html/doctype-only.html', '<!DOCTYPE html>');
  add('html/whitespace-body.html', `<html><body>${' \n\t'.repeat(1000)}</body></html>`);
  add('html/lt-flood.html', `<html><body><p>${LEAD} ${'<'.repeat(50_000)} ${MORE}</p></body></html>`);
  add('html/tag-soup.html', `<<<>>><p<<p>>${BODY}</p</p></ <//>< / >`);
  add('html/svg-math-foreign.html', `<html><body><svg><foreignObject><math><mi><p>${BODY}</p></mi></math></foreignObject></svg></body></html>`);
  add('html/template-noscript.html', `<html><body><template><p>${BODY}</p></template><noscript><p>${BODY}</p></noscript></body></html>`);
  add('html/rtl-override-names.html', `<html><body><p>${LEAD.replace('Tokayev', '\u202eveyakoT\u202c')}${MORE}</p></body></html>`);
  add('html/published-year-0.html', html('<meta property="article:published_time" content="0000-01-01T00:00:00Z">', BODY));
  add('html/published-year-9999.html', html('<meta property="article:published_time" content="9999-12-31T23:59:59Z">', BODY));
  add('html/published-year-275760.html', html('<meta property="article:published_time" content="+275760-09-13T00:00:00Z">', BODY));
  add('html/published-negative-year.html', html('<meta property="article:published_time" content="-000001-01-01">', BODY));
  add('html/published-feb-30.html', html('<meta name="date" content="2024-02-30">', BODY));
  add('html/published-garbage.html', html(`<meta name="date" content="${'9'.repeat(5000)}">`, BODY));
  add('html/published-jsonld-bad.html', html('<script type="application/ld+json">{"datePublished": "0000-00-00", "@context": [[[[[[[[[[]]]]]]]]]]}</script>', BODY));
  add('html/jsonld-deep.html', html(`<script type="application/ld+json">${'['.repeat(20_000)}${']'.repeat(20_000)}</script>`, BODY));
  add('html/lang-garbage.html', `<html lang="${'x'.repeat(5000)}"><body><p>${BODY}</p></body></html>`);

  // ---- Feeds ----
  const rss = (items: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>${extra}<rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`;
  const item = (o: { title?: string; link?: string; guid?: string; date?: string; body?: string }) =>
    `<item>${o.title !== undefined ? `<title>${o.title}</title>` : ''}${o.link !== undefined ? `<link>${o.link}</link>` : ''}${o.guid !== undefined ? `<guid>${o.guid}</guid>` : ''}${o.date !== undefined ? `<pubDate>${o.date}</pubDate>` : ''}${o.body !== undefined ? `<description><![CDATA[<p>${o.body}</p>]]></description>` : ''}</item>`;
  const FULL = `${BODY} ${BODY} ${BODY}`;
  const laughs = (levels: number) => `<!DOCTYPE rss [<!ENTITY l0 "lol">${Array.from({ length: levels }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`;
  add('feed/billion-laughs.xml', rss(item({ title: '&l9;', body: `${FULL} &l9;` }), laughs(9)));
  add('feed/billion-laughs-in-title.rss', rss(item({ title: '&l9;&l9;&l9;', link: 'http://10.0.0.1/x' }), laughs(9)));
  add('feed/quadratic-blowup.xml', rss(item({ title: '&big;'.repeat(5000), body: FULL }), `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50_000)}">]>`));
  add('feed/xxe-file.xml', rss(item({ title: '&xxe;', body: `${FULL} &xxe;` }), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
  add('feed/xxe-http.xml', rss(item({ title: '&xxe;', body: `${FULL} &xxe;` }), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>'));
  add('feed/parameter-entity.xml', rss(item({ body: FULL }), '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:1/evil.dtd"> %p;]>'));
  add('feed/numeric-entity-flood.xml', rss(item({ title: 'Flood', body: `${FULL} ${'&#x41;&#66;'.repeat(60_000)}` })));
  add('feed/numeric-entity-flood-title.xml', rss(item({ title: '&#65;'.repeat(100_000), body: FULL })));
  add('feed/numeric-entity-invalid.xml', rss(item({ title: '&#0;&#xD800;&#x110000;&#99999999;&#xFFFFFFFFFF;', body: FULL })));
  add('feed/amp-flood.xml', rss(item({ title: '&amp;amp;'.repeat(30_000), body: FULL })));
  add('feed/duplicate-guids.xml', rss(Array.from({ length: 50 }, (_, i) => item({ title: `Dup ${i}`, guid: 'same-guid', link: 'https://example.org/same', body: `${FULL} Item ${i}.` })).join('')));
  add('feed/duplicate-items-identical.xml', rss(Array.from({ length: 50 }, () => item({ title: 'Same', guid: 'g', body: FULL })).join('')));
  add('feed/javascript-links.xml', rss([
    item({ title: 'js', link: 'javascript:alert(1)' }), item({ title: 'js2', link: ' JAVASCRIPT:alert(1)' }),
    item({ title: 'data', link: 'data:text/html,<script>alert(1)</script>' }), item({ title: 'file', link: 'file:///etc/passwd' }),
    item({ title: 'vb', link: 'vbscript:msgbox(1)' }), item({ title: 'full js', link: 'javascript:alert(1)', body: FULL }),
  ].join('')));
  add('feed/private-links.xml', rss(['http://127.0.0.1/', 'http://[::1]/', 'http://0x7f000001/', 'http://169.254.169.254/latest/', 'http://10.1.2.3/', 'http://localhost:5432/', 'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://017700000001/', 'http://127.1/'].map((l, i) => item({ title: `p${i}`, link: l })).join('')));
  add('feed/credential-links.xml', rss(item({ title: 'cred', link: 'http://user:pass@10.0.0.1/' })));
  add('feed/relative-links.xml', rss(item({ title: 'rel', link: '/news/1' }) + item({ title: 'rel2', link: '../../etc/passwd' })));
  add('feed/no-items.xml', rss(''));
  add('feed/items-no-content-no-link.xml', rss(Array.from({ length: 20 }, (_, i) => item({ title: `t${i}` })).join('')));
  add('feed/item-date-year-0.xml', rss(item({ title: 'Y0', date: 'Sat, 01 Jan 0000 00:00:00 GMT', body: FULL })));
  add('feed/item-date-year-9999.xml', rss(item({ title: 'Y9999', date: 'Fri, 31 Dec 9999 23:59:59 GMT', body: FULL })));
  add('feed/item-date-year-99999.xml', rss(item({ title: 'Y99999', date: 'Fri, 31 Dec 99999 23:59:59 GMT', body: FULL })));
  add('feed/item-date-garbage.xml', rss(item({ title: 'G', date: 'yesterday-ish, 32 Foo 20x4 25:61:61 +9999', body: FULL })));
  add('feed/item-date-huge.xml', rss(item({ title: 'H', date: '1'.repeat(10_000), body: FULL })));
  add('feed/atom-year-0.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><published>0000-01-01T00:00:00Z</published><updated>9999-12-31T23:59:59Z</updated><content type="html">&lt;p&gt;${FULL}&lt;/p&gt;</content></entry></feed>`);
  add('feed/atom-links-hostile.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link href="javascript:alert(1)"/><link rel="alternate" href="http://[0:0:0:0:0:ffff:7f00:1]/"/></entry><entry><title>B</title><link/></entry></feed>`);
  add('feed/atom-no-entries.atom', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>');
  add('feed/atom-content-xhtml.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${FULL}</p></div></content></entry></feed>`);
  add('feed/rdf-rss1.rss', `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item><title>I</title><description>${FULL}</description></item></rdf:RDF>`);
  add('feed/unclosed-tags.xml', `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Broken<description>${FULL}`);
  add('feed/mismatched-tags.xml', `<?xml version="1.0"?><rss version="2.0"><channel><item><title>X</description></item></channel></rss>`);
  add('feed/truncated-mid-cdata.xml', `<?xml version="1.0"?><rss version="2.0"><channel><item><title>T</title><description><![CDATA[<p>${FULL}`);
  add('feed/nested-items-5000.xml', rss(`${'<item>'.repeat(5000)}<title>deep</title>${'</item>'.repeat(5000)}`));
  add('feed/deep-elements-20000.xml', rss(item({ title: 'D', body: FULL }) + `${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}`));
  add('feed/rss-root-only.xml', '<rss/>');
  add('feed/rss-channel-array.xml', `<rss version="2.0"><channel><title>A</title></channel><channel>${item({ title: 'c2', body: FULL })}</channel></rss>`);
  add('feed/item-is-text.xml', '<rss version="2.0"><channel><item>just text</item><item></item><item/></channel></rss>');
  add('feed/title-attributes-only.xml', `<rss version="2.0"><channel><item><title a="1" b="2"/><link href="x"/><description>${FULL}</description></item></channel></rss>`);
  add('feed/proto-keys.xml', `<rss version="2.0"><channel><__proto__><polluted>yes</polluted></__proto__><item><constructor>1</constructor><title>__proto__</title><description>${FULL}</description></item></channel></rss>`);
  add('feed/processing-instructions.xml', `<?xml version="1.0"?><?xml-stylesheet href="javascript:alert(1)"?><rss version="2.0"><channel><?pi x?>${item({ title: 'pi', body: FULL })}</channel></rss>`);
  add('feed/html-not-feed.xml', `<html><body><p>${BODY}</p></body></html>`);
  add('feed/plain-text.rss', BODY);
  add('feed/empty.xml', '');
  add('feed/whitespace.rss', '   \n\n  ');
  add('feed/looks-like-feed.html', `<rss version="2.0"><channel>${item({ title: 'in html', body: FULL })}</channel></rss>`);
  add('feed/teaser-at-min-length.xml', rss(item({ title: 'edge', body: 'x'.repeat(399) })));

  // ---- JSON and JSON Lines ----
  add('json/deep-array-50000.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
  add('json/deep-object-20000.json', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
  add('json/text-number.json', JSON.stringify({ title: 'T', text: 12345 }));
  add('json/text-null.json', JSON.stringify({ title: 'T', text: null }));
  add('json/text-object.json', JSON.stringify({ title: 'T', text: { toString: 'x' } }));
  add('json/text-array.json', JSON.stringify({ title: 'T', text: [BODY] }));
  add('json/proto-pollution.json', `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "title": "P", "text": ${JSON.stringify(BODY)}}`);
  add('json/duplicate-keys.json', `{"text": "first", "text": ${JSON.stringify(BODY)}, "title": "a", "title": "b"}`);
  add('json/huge-number.json', `{"title": "N", "text": ${JSON.stringify(BODY)}, "published": 1e308, "x": ${'9'.repeat(5000)}}`);
  add('json/published-year-0.json', JSON.stringify({ title: 'Y0', text: BODY, published: '0000-01-01' }));
  add('json/published-year-9999.json', JSON.stringify({ title: 'Y9999', text: BODY, published: '9999-12-31' }));
  add('json/published-plus-year.json', JSON.stringify({ title: 'Y+', text: BODY, published: '+275760-09-13' }));
  add('json/published-invalid-day.json', JSON.stringify({ title: 'D', text: BODY, published: '2024-02-30' }));
  add('json/published-number.json', JSON.stringify({ title: 'D', text: BODY, published: 20240703 }));
  add('json/url-javascript.json', JSON.stringify({ title: 'J', text: BODY, url: 'javascript:alert(1)' }));
  add('json/url-huge.json', JSON.stringify({ title: 'U', text: BODY, url: `https://example.org/${'a'.repeat(200_000)}` }));
  add('json/many-empty-objects.json', `[${Array.from({ length: 20_000 }, () => '{}').join(',')}]`);
  add('json/array-of-nulls.json', `[${Array.from({ length: 1000 }, () => 'null').join(',')}]`);
  add('json/mixed-good-bad.json', JSON.stringify([{ title: 'ok', text: BODY }, 5, null, 'str', { text: '' }, { text: BODY, published: 'nope' }, { html: `<p>${BODY}</p>` }]));
  add('json/trailing-garbage.json', `${JSON.stringify({ title: 'T', text: BODY })} trailing`);
  add('json/truncated.json', JSON.stringify({ title: 'T', text: BODY }).slice(0, 60));
  add('json/lone-surrogate-escape.json', `{"title": "\\ud800", "text": "${LEAD}\\udc00\\ud83d${MORE}"}`);
  add('json/nul-escape.json', `{"title": "\\u0000", "text": "${LEAD}\\u0000\\u0000${MORE}"}`);
  add('json/html-field-script.json', JSON.stringify({ title: 'H', html: `<script>alert(1)</script><p>${BODY}</p>` }));
  add('json/empty-object.json', '{}');
  add('json/empty-array.json', '[]');
  add('jsonl/blank-lines.jsonl', `\n\n${JSON.stringify({ title: 'A', text: BODY })}\n\n\n`);
  add('jsonl/invalid-lines.jsonl', `${JSON.stringify({ title: 'A', text: BODY })}\n{not json\n${JSON.stringify({ title: 'B', text: `${BODY} B.` })}\n`);
  add('jsonl/one-giant-line.jsonl', JSON.stringify({ title: 'G', text: `${BODY} `.repeat(2000) }));
  add('jsonl/crlf.jsonl', `${JSON.stringify({ title: 'A', text: BODY })}\r\n${JSON.stringify({ title: 'B', text: `${BODY} B` })}\r\n`);
  add('jsonl/all-invalid.jsonl', 'a\nb\nc\n');
  add('jsonl/many-lines-duplicates.jsonl', Array.from({ length: 2000 }, () => JSON.stringify({ title: 'Same', text: BODY })).join('\n'));

  // ---- Plain text ----
  add('text/empty.txt', '');
  add('text/newline.txt', '\n');
  add('text/whitespace.txt', ' \t\r\n'.repeat(500));
  add('text/nbsp-only.txt', '\u00a0\u2003\u3000'.repeat(200));
  add('text/zero-width-flood.txt', `${LEAD}${'\u200b\u200c\u200d\u2060'.repeat(20_000)}${MORE}`);
  add('text/combining-flood.txt', `${LEAD} Z${'\u0301\u0302\u0303\u0304'.repeat(10_000)} ${MORE}`);
  add('text/rtl-marks.txt', `\u202e${LEAD}\u202c\u200f${MORE}\u2066\u2069`);
  add('text/control-chars.txt', `${LEAD}\u0001\u0002\u0007\u0008\u001b[31m\u000b\u000c${MORE}`);
  add('text/emoji-flood.txt', `${LEAD} ${'😀🇰🇿🇲🇳👨‍👩‍👧'.repeat(5000)} ${MORE}`);
  add('text/astral-names.txt', `President 𝐊𝐚𝐬𝐬𝐲𝐦 of 𝕂𝕒𝕫𝕒𝕜𝕙𝕤𝕥𝕒𝕟 met ${MORE}`);
  add('text/one-char.txt', 'a');
  add('text/one-word-100k.txt', 'a'.repeat(100_000));
  add('text/long-line-2mb-words.txt', 'word '.repeat(200_000));
  add('text/dots-flood.txt', `${LEAD} ${'. '.repeat(100_000)} ${MORE}`);
  add('text/abbreviation-flood.txt', `${'Mr. Dr. Prof. H.E. U.S. e.g. i.e. '.repeat(5000)}${BODY}`);
  add('text/date-flood.txt', `${'on 3 July 2024, 4 July 2024 and 5 July 2024 '.repeat(3000)}${BODY}`);
  add('text/number-flood.txt', `${'1,000,000.00 $5 billion 20% '.repeat(5000)}${BODY}`);
  add('text/digits-100k.txt', `${LEAD} ${'9'.repeat(100_000)} ${MORE}`);
  add('text/capitalised-flood.txt', `${'President Minister Foreign Prime Deputy Chairman '.repeat(5000)}${BODY}`);
  add('text/country-flood.txt', `${'Kazakhstan Mongolia China Russia India met '.repeat(4000)}${BODY}`);
  add('text/trigger-flood.txt', `${'met held talks visited called received '.repeat(5000)}${BODY}`);
  // One sentence of thousands of outcome cues, each with its subject to find before it.
  add('text/outcome-flood.txt', `${LEAD} Tokayev said the two sides ${'agreed, pledged support, thanked Mongolia and '.repeat(4000)}ended.`);
  add('text/parens-flood.txt', `${LEAD} ${'('.repeat(50_000)}${')'.repeat(50_000)} ${MORE}`);
  add('text/quotes-flood.txt', `${LEAD} ${'"\u201c\u2018\''.repeat(30_000)} ${MORE}`);
  add('text/hyphen-flood.txt', `${LEAD} Kassym${'-Jomart'.repeat(20_000)} ${MORE}`);
  add('text/newline-flood.txt', `${LEAD}${'\n'.repeat(200_000)}${MORE}`);
  add('text/cr-only-lines.txt', `Title\r\r${LEAD}\r${MORE}\r`);
  add('text/mixed-scripts.txt', `${cyr} ${BODY} 哈萨克斯坦总统托卡耶夫会见了蒙古总统。 قازاقستان پرزیدنت`);
  add('text/looks-like-json.txt', `{ this is not json but ${BODY}`);
  add('text/looks-like-html.txt', `<p>${BODY}`);
  add('text/markdown.md', `# Leaders meet\n\n**${LEAD}**${MORE}\n\n[click](javascript:alert(1))\n\n![img](data:image/png;base64,AAAA)`);
  add('text/noheadline-long.txt', `${BODY} `.repeat(200));
  add('text/headline-only.txt', 'Tokayev meets Khurelsukh');
  add('text/sentence-no-space.txt', `${LEAD.replace(/ /g, '')}${MORE.replace(/ /g, '')}`);
  add('text/tabs.txt', BODY.replace(/ /g, '\t'));
  add('text/published-in-text-year-0.txt', `Leaders meet\n\nOn 1 January 0000 ${BODY} On 31 December 9999 they met again.`);
  add('text/regex-meta.txt', `${LEAD} .*+?^$\{}()|[]\\ (?:(?:a+)+)+ ${MORE}`);

  // ---- Binaries and odd containers ----
  add('binary/png.txt', B([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], Buffer.alloc(200, 7)));
  add('binary/pdf.txt', B('%PDF-1.7\n', Buffer.alloc(200, 0x20), BODY));
  add('binary/zip.html', B([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(200, 1)));
  add('binary/gzip-text.txt', gzipSync(Buffer.from(BODY)));
  add('binary/gzip-feed.xml', gzipSync(Buffer.from(rss(item({ title: 'gz', body: FULL })))));
  add('binary/elf.txt', B([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01], Buffer.alloc(200)));
  add('binary/random-bytes.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)));
  add('binary/random-bytes.json', Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i + 7) * 2246822519) >>> 24)));
  add('binary/all-ff.html', Buffer.alloc(4096, 0xff));
  add('binary/all-nul.txt', Buffer.alloc(4096, 0));
  add('binary/sqlite-header.txt', B('SQLite format 3\0', Buffer.alloc(200)));

  return files;
}
