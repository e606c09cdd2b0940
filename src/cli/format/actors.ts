import Table from 'cli-table3';
import type { StoredActor } from '../../store/queries/list-actors.ts';

/** People with their other spellings and dated roles ("President of MNG, 2023-10-17 – 2024-07-03"). */
export function actorsTable(list: StoredActor[]): string {
  const t = new Table({ head: ['name', 'country', 'also written', 'roles (first – last seen)', 'engagements'], colWidths: [28, 9, 28, 46, 13], wordWrap: true, style: { head: [], border: [] } });
  for (const a of list) {
    t.push([
      a.name,
      a.country ?? a.org ?? '—',
      a.aliases.join('\n'),
      a.roles.map((r) => `${r.role}${r.country && r.country !== a.country ? ` (${r.country})` : ''}, ${r.first_seen ?? '?'} – ${r.last_seen ?? '?'}`).join('\n'),
      String(a.num_engagements),
    ]);
  }
  return `${t.toString()}\n${list.length} actor(s)`;
}
