const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(d: string | null | undefined): string {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[m - 1]} ${y}`;
}

export function formatMonth(m: string): string {
  const [y, mm] = m.split('-').map(Number);
  return `${MONTHS[mm - 1].slice(0, 3)} ${y}`;
}

export const KIND_LABEL: Record<string, string> = { meeting: 'Meeting', phone_call: 'Phone call', video_call: 'Video call', visit: 'Visit' };

export const label = (s: string): string => s.replace(/_/g, ' ');

export function formatQuantity(q: { value: number; unit: string } | null): string {
  if (!q) return '';
  const v = q.value;
  const n = v >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : v >= 1e6 ? `${+(v / 1e6).toFixed(2)} million` : v.toLocaleString('en');
  return `${n} ${q.unit}`;
}
