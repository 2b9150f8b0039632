import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { nowTime, parseDisplayDate, parseDisplayTime, isoToDisplayDate } from './dates';

describe('fold', () => {
  it('matches Vietnamese names typed without diacritics', () => {
    expect(fold('Nguyễn Thị Ngọc')).toBe('nguyen thi ngoc');
    expect(fold('Đặng Văn Hùng')).toBe('dang van hung');
    expect(fold('Nguye\u0302\u0303n')).toBe('nguyen');
  });
});

describe('dates', () => {
  it('reads dates the Vietnamese way and rejects impossible ones', () => {
    expect(parseDisplayDate('15/03/2024')).toBe('2024-03-15');
    expect(parseDisplayDate('5/3/2024')).toBe('2024-03-05');
    expect(parseDisplayDate('2024-03-15')).toBe('2024-03-15');
    expect(parseDisplayDate('31/02/2024')).toBeNull();
    expect(parseDisplayDate('hôm nay')).toBeNull();
    expect(isoToDisplayDate('2024-03-15')).toBe('15/03/2024');
  });

  it('reads times as 14:30 or 14h30 and stores them with seconds', () => {
    expect(parseDisplayTime('14:30')).toBe('14:30:00');
    expect(parseDisplayTime('8h05')).toBe('08:05:00');
    expect(parseDisplayTime('14h')).toBe('14:00:00');
    expect(parseDisplayTime('25:00')).toBeNull();
    expect(nowTime(new Date(2026, 2, 15, 9, 7, 41))).toBe('09:07:00');
  });
});
