// Renders the OpenAPI document with DOM calls and textContent only, so nothing in it can inject markup.
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
};

const refName = (s) => (s && s.$ref ? s.$ref.split('/').pop() : null);

function typeOf(schema) {
  if (!schema) return '';
  const ref = refName(schema);
  if (ref) return ref;
  if (schema.enum) return schema.enum.join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  const t = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  return schema.pattern ? `${t} (${schema.pattern})` : t ?? 'object';
}

function operation(path, method, op) {
  const section = el('section', { class: 'op' },
    el('div', {}, el('span', { class: `method ${method}` }, method), el('span', { class: 'path' }, path)),
    el('p', {}, el('strong', {}, op.summary ?? ''), op.description ? ` — ${op.description}` : ''));
  if (op.security) section.append(el('p', {}, 'Requires ', el('code', {}, 'Authorization: Bearer <token>')));
  const params = op.parameters ?? [];
  if (params.length) {
    const body = el('tbody');
    for (const p of params) body.append(el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, p.required ? 'required' : ''), el('td', {}, typeOf(p.schema)), el('td', {}, p.description ?? p.schema?.description ?? '')));
    section.append(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'parameter'), el('th', {}, 'in'), el('th', {}, ''), el('th', {}, 'type'), el('th', {}, 'description'))), body));
  }
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  if (bodySchema) section.append(el('p', {}, 'Body: ', el('code', {}, typeOf(bodySchema) || 'JSON object')));
  const rows = el('tbody');
  for (const [status, r] of Object.entries(op.responses ?? {})) {
    rows.append(el('tr', {}, el('td', {}, status), el('td', {}, r.description ?? ''), el('td', {}, el('code', {}, typeOf(r.content?.['application/json']?.schema)))));
  }
  section.append(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'status'), el('th', {}, 'meaning'), el('th', {}, 'body'))), rows));
  return section;
}

async function main() {
  const root = document.getElementById('docs');
  try {
    const doc = await (await fetch('/api/openapi.json')).json();
    root.replaceChildren(el('p', {}, doc.info?.description ?? ''), el('p', {}, `Version ${doc.info?.version ?? ''}. Lists are paginated with a cursor: pass each page's next_cursor as cursor. Errors are JSON: {"error": {"status", "code", "message", "hint"}}.`));
    const byTag = new Map();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item)) {
        const tag = op.tags?.[0] ?? 'other';
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push(operation(path, method, op));
      }
    }
    for (const [tag, ops] of byTag) root.append(el('h2', {}, tag), ...ops);
    const schemas = Object.keys(doc.components?.schemas ?? {});
    root.append(el('h2', {}, 'schemas'), el('p', {}, schemas.join(', '), ' — see the JSON document for their fields.'));
  } catch (err) {
    root.replaceChildren(el('p', {}, `Could not load /api/openapi.json: ${err}`));
  }
}

main();
