import { describe, expect, it } from 'vitest';
import { attendanceCounts, quorumNeeded, votePasses } from './rules';
import { meeting } from '../../test/fixtures';

const half = { numerator: 1, denominator: 2 };

describe('meeting rules', () => {
  it('counts late members as present and leaves guests out', () => {
    const m = meeting();
    m.attendance[0].status = 'absent';
    m.attendance[1].status = 'late';
    m.attendance.push({
      person_id: 7,
      role: 'guest',
      status: 'present',
      reason: '',
      arrival_time: null,
      departure: null,
      category: '',
      site: null,
    });
    expect(attendanceCounts(m.attendance)).toEqual({ present: 5, absent: 1, late: 1, members: 6 });
  });

  it('needs two thirds of the members convened, rounded up', () => {
    expect(quorumNeeded(9, { numerator: 2, denominator: 3 })).toBe(6);
    expect(quorumNeeded(10, { numerator: 2, denominator: 3 })).toBe(7);
  });

  it('passes a vote only with strictly more than half of the members convened', () => {
    const vote = {
      question: 'Thông qua',
      method: 'show_of_hands' as const,
      votes_for: 5,
      votes_against: 0,
      votes_other: 0,
      agenda_item: null,
      ballots: null,
      candidates: [],
      reserved_opinions: [],
    };
    expect(votePasses(vote, 10, half)).toBe(false);
    expect(votePasses({ ...vote, votes_for: 6 }, 10, half)).toBe(true);
    expect(votePasses({ ...vote, votes_for: 5 }, 9, half)).toBe(true);
  });
});
