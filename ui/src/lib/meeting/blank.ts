// The empty rows the record grows by: one place for their defaults, used by
// the open meeting and by the tests' fixtures alike.
import type { Attendance, AttendeeRole, Vote } from '../api';

/** A person on the attendance list, present from the opening. */
export function blankAttendance(personId: number, role: AttendeeRole): Attendance {
  return {
    person_id: personId,
    role,
    status: 'present',
    reason: '',
    arrival_time: null,
    departure: null,
    category: '',
    site: null,
  };
}

/** A show of hands with no count yet, under `agendaItem` (null: no item). */
export function blankVote(agendaItem: number | null): Vote {
  return {
    question: '',
    method: 'show_of_hands',
    votes_for: 0,
    votes_against: 0,
    votes_other: 0,
    agenda_item: agendaItem,
    ballots: null,
    candidates: [],
    reserved_opinions: [],
  };
}
