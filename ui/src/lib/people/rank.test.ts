import { describe, expect, it } from 'vitest';
import type { Person } from '../api';
import { namesWell, rankPeople } from './rank';

let nextId = 1;
function person(full_name: string, position = '', unit = ''): Person {
  return { id: nextId++, full_name, position, unit, member_kind: 'official' };
}

// In the directory's order (collation by given name), as the backend lists it.
const anh = person('Trịnh Thị Ngọc Anh', 'Ủy viên Ban Thường vụ');
const hai = person('Đặng Văn Hải', 'Phó Bí thư Đảng ủy');
const hoa = person('Phạm Thị Hoa', 'Trưởng ban Tuyên giáo');
const nam = person('Hoàng Văn Nam', 'Chánh Văn phòng Đảng ủy');
const ngoc = person('Nguyễn Thị Ngọc', 'Bí thư Đảng ủy');
const ngocLan = person('Vũ Ngọc Lan', '', 'Công an phường');
const directory = [anh, hai, hoa, nam, ngoc, ngocLan];

const names = (query: string, context = {}) => rankPeople(directory, query, context).map((r) => r.person.full_name);

describe('rankPeople', () => {
  it('puts the exact given name first', () => {
    expect(names('hoa')[0]).toBe('Phạm Thị Hoa');
    expect(names('hoa')).toEqual(['Phạm Thị Hoa', 'Hoàng Văn Nam']);
    expect(names('ngoc')).toEqual(['Nguyễn Thị Ngọc', 'Trịnh Thị Ngọc Anh', 'Vũ Ngọc Lan']);
  });

  it('then given names starting with the query, then other words, then position or unit', () => {
    expect(names('ng')).toEqual([
      'Nguyễn Thị Ngọc',
      'Trịnh Thị Ngọc Anh',
      'Vũ Ngọc Lan',
      'Đặng Văn Hải',
      'Hoàng Văn Nam',
    ]);
    expect(names('ha')).toEqual(['Đặng Văn Hải', 'Phạm Thị Hoa']);
    expect(names('cong an')).toEqual(['Vũ Ngọc Lan']);
    expect(names('bi thu')).toEqual(['Đặng Văn Hải', 'Nguyễn Thị Ngọc']);
  });

  it('ignores diacritics and case, and takes several words in order', () => {
    expect(names('NGỌC')[0]).toBe('Nguyễn Thị Ngọc');
    expect(names('dang hai')).toEqual(['Đặng Văn Hải']);
    expect(names('nguyen thi ngoc')).toEqual(['Nguyễn Thị Ngọc']);
    expect(names('')).toEqual([]);
    expect(names('khong ai')).toEqual([]);
  });

  it('offers members present before absent, and marks the absent', () => {
    const absent = new Set([ngoc.id]);
    const ranked = rankPeople(directory, 'ngoc', { absent });
    expect(ranked.map((r) => r.person.full_name)).toEqual(['Nguyễn Thị Ngọc', 'Trịnh Thị Ngọc Anh', 'Vũ Ngọc Lan']);
    const twoNgoc = [person('Lê Thị Ngọc'), ngoc];
    const both = rankPeople(twoNgoc, 'ngoc', { absent: new Set([twoNgoc[0].id]) });
    expect(both.map((r) => [r.person.full_name, r.absent])).toEqual([
      ['Nguyễn Thị Ngọc', false],
      ['Lê Thị Ngọc', true],
    ]);
  });

  it("prefers this meeting's recent speakers within a level", () => {
    expect(names('thi', { recent: [hoa.id] })).toEqual(['Phạm Thị Hoa', 'Trịnh Thị Ngọc Anh', 'Nguyễn Thị Ngọc']);
    expect(names('ngoc', { recent: [ngocLan.id] })[0]).toBe('Nguyễn Thị Ngọc');
  });
});

describe('namesWell', () => {
  it('keeps a body typed as an assignee instead of a person whose position holds those words', () => {
    const ranked = rankPeople(directory, 'Văn phòng Đảng ủy');
    expect(ranked.map((r) => r.person.full_name)).toEqual(['Hoàng Văn Nam']);
    expect(namesWell(ranked[0])).toBe(false);
    expect(namesWell(rankPeople(directory, 'nam')[0])).toBe(true);
    expect(namesWell(rankPeople(directory, 'hoang van nam')[0])).toBe(true);
    expect(namesWell(undefined)).toBe(false);
  });
});
