// The counting rules of a Party meeting (quorum, majority), computed from the
// record and the organisation's format profile. Pure, so the screens and the
// tests share one definition.
import type { Attendance, Fraction, Meeting, Vote } from '../api';

export type AttendanceCounts = { present: number; absent: number; late: number; members: number };

/** Members only: guests do not count towards the quorum. Late arrivals are present. */
export function attendanceCounts(attendance: readonly Attendance[]): AttendanceCounts {
  const members = attendance.filter((a) => a.role === 'member');
  const absent = members.filter((a) => a.status === 'absent').length;
  const late = members.filter((a) => a.status === 'late').length;
  return { present: members.length - absent, absent, late, members: members.length };
}

/** Smallest number of members present that satisfies `quorum` of `convened`. */
export function quorumNeeded(convened: number, quorum: Fraction): number {
  if (quorum.denominator <= 0) return 0;
  return Math.ceil((convened * quorum.numerator) / quorum.denominator);
}

export function hasQuorum(meeting: Meeting, quorum: Fraction): boolean {
  return attendanceCounts(meeting.attendance).present >= quorumNeeded(meeting.members_convened, quorum);
}

/** The share of `convened` that votes in favour must strictly exceed. */
export function majorityThreshold(convened: number, majority: Fraction): number {
  if (majority.denominator <= 0) return 0;
  return (convened * majority.numerator) / majority.denominator;
}

/** "Thông qua": votes for strictly more than the majority share of members convened. */
export function votePasses(vote: Vote, convened: number, majority: Fraction): boolean {
  return vote.votes_for * majority.denominator > convened * majority.numerator;
}

/** Formats a threshold like 4.5 as "4,5" and 6 as "6". */
export function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
