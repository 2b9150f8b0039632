// Dates and times as the user types them (15/03/2024, 14:30) and as the
// backend stores them (chrono's ISO forms: 2024-03-15, 14:30:00).

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024-03-15" → "15/03/2024"; empty for null. */
export function isoToDisplayDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "15/3/2024", "15-03-2024" or "2024-03-15" → "2024-03-15"; null when not a real date. */
export function parseDisplayDate(text: string): string | null {
  const t = text.trim();
  let d: number, mo: number, y: number;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (!m) return null;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** "14:30:00" → "14:30"; empty for null. */
export function isoToDisplayTime(iso: string | null): string {
  if (!iso) return '';
  return iso.slice(0, 5);
}

/** "14:30", "14h30", "9:05" → "14:30:00"; null when not a time. */
export function parseDisplayTime(text: string): string | null {
  const m = /^(\d{1,2})\s*[:hg.]\s*(\d{2})?$/i.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}:00`;
}

/** The current local time as the backend stores it, minutes only. */
export function nowTime(now: Date = new Date()): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:00`;
}

/** Today's local date in ISO form. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
