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

/** Vietnamese alphabetical order (Đ after D, Ă and Â after A). */
export const viCollator = new Intl.Collator('vi');
