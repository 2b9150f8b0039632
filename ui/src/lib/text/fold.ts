// Diacritic-insensitive matching for search-as-you-type, the same folding the
// backend applies (crates/core/src/text.rs): "Nguyễn Thị Ngọc" → "nguyen thi ngoc".

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Ranks `items` against `query`: a name starting with the query first, then
 * a word starting with it, then any substring. Items that do not match are left out.
 */
export function rankByFold<T>(items: readonly T[], query: string, key: (item: T) => string): T[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const name = fold(key(item));
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.includes(' ' + q)) score = 1;
    else if (name.includes(q)) score = 2;
    if (score >= 0) scored.push({ item, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.map((s) => s.item);
}

/** Vietnamese alphabetical order (Đ after D, Ă and Â after A). */
export const viCollator = new Intl.Collator('vi');
