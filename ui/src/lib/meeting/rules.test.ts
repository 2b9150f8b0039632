import { describe, expect, it } from 'vitest';
import { attendanceCounts, quorumNeeded, votePasses } from './rules';
import { attendee, meeting, vote } from '../../test/fixtures';

const half = { numerator: 1, denominator: 2 };

describe('meeting rules', () => {
  it('counts late members as present and leaves guests out', () => {
    const m = meeting();
    m.attendance[0].status = 'absent';
    m.attendance[1].status = 'late';
    m.attendance.push(attendee(7, { role: 'guest' }));
    expect(attendanceCounts(m.attendance)).toEqual({ present: 5, absent: 1, late: 1, members: 6 });
  });

  it('needs two thirds of the members convened, rounded up', () => {
    expect(quorumNeeded(9, { numerator: 2, denominator: 3 })).toBe(6);
    expect(quorumNeeded(10, { numerator: 2, denominator: 3 })).toBe(7);
  });

  it('passes a vote only with strictly more than half of the members convened', () => {
    const v = vote({ question: 'Thông qua', votes_for: 5 });
    expect(votePasses(v, 10, half)).toBe(false);
    expect(votePasses({ ...v, votes_for: 6 }, 10, half)).toBe(true);
    expect(votePasses({ ...v, votes_for: 5 }, 9, half)).toBe(true);
  });
});
