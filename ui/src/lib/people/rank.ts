// Which people a search offers, and in what order: the one ranking of the
// speaker, assignee and roster searches (PersonPicker). It runs in the page,
// on the directory already in memory, so the list is ranked for the very
// text in the field (also while an input method is composing it) and an
// Enter always takes the person the user sees first.
//
// Order, on text folded without diacritics ("ngoc" finds "Ngọc"):
//   1. the given name (last word of a Vietnamese name) is the query;
//   2. the given name starts with the query;
//   3. other words of the name start with the query (or the whole name does);
//   4. the name contains the query elsewhere;
//   5. the position or unit matches.
// Within one level: members present before absent, then this meeting's
// recent speakers (latest first), then the directory's order (Vietnamese
// collation by given name).

import type { Person } from '../api';
import { fold } from '../text/fold';

export const enum Match {
  GivenName = 0,
  GivenNameStart = 1,
  NameWords = 2,
  NameInside = 3,
  PositionOrUnit = 4,
}

export type RankContext = {
  /** People marked absent from this meeting: offered after those present. */
  absent?: ReadonlySet<number>;
  /** Speakers of this meeting, most recent first: preferred within a level. */
  recent?: readonly number[];
};

export type Ranked = { person: Person; match: Match; absent: boolean };

/** How `person` matches the folded, non-empty `query`; null when not at all. */
export function matchPerson(person: Person, query: string): Match | null {
  const q = query.split(' ');
  const name = fold(person.full_name);
  const words = name.split(' ');
  const given = words[words.length - 1] ?? '';
  if (wordsStartWith(words, q)) {
    const last = q[q.length - 1];
    // "hoa" or "thi hoa": the last word typed is the given name.
    if (q.length === 1 || name.endsWith(' ' + query) || name === query) {
      if (given === last) return Match.GivenName;
      if (given.startsWith(last)) return Match.GivenNameStart;
    }
    return Match.NameWords;
  }
  if (name.includes(query)) return Match.NameInside;
  const other = fold(`${person.position} ${person.unit}`).split(' ');
  if (wordsStartWith([...words, ...other], q)) return Match.PositionOrUnit;
  return null;
}

/** Every query word starts some word, in order ("dang hai" → Đặng Văn Hải). */
function wordsStartWith(words: readonly string[], query: readonly string[]): boolean {
  let at = 0;
  for (const q of query) {
    while (at < words.length && !words[at].startsWith(q)) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/** The people matching `query`, best first; none for an empty query. */
export function rankPeople(people: readonly Person[], query: string, context: RankContext = {}): Ranked[] {
  const q = fold(query);
  if (q === '') return [];
  const recency = new Map((context.recent ?? []).map((id, i) => [id, i]));
  const scored: (Ranked & { index: number })[] = [];
  people.forEach((person, index) => {
    const match = matchPerson(person, q);
    if (match === null) return;
    scored.push({ person, match, absent: context.absent?.has(person.id) ?? false, index });
  });
  const recent = (id: number) => recency.get(id) ?? Number.MAX_SAFE_INTEGER;
  scored.sort(
    (a, b) =>
      a.match - b.match ||
      Number(a.absent) - Number(b.absent) ||
      recent(a.person.id) - recent(b.person.id) ||
      a.index - b.index,
  );
  return scored.map(({ person, match, absent }) => ({ person, match, absent }));
}

/**
 * Whether an Enter on `ranked` (the best match) may take that person rather
 * than keep the typed text where free text is allowed ("Văn phòng Đảng ủy"
 * is a body, not the person whose position contains those words): only when
 * the text is the person's name or the start of its words.
 */
export function namesWell(ranked: Ranked | undefined): boolean {
  return ranked !== undefined && ranked.match <= Match.NameWords;
}
