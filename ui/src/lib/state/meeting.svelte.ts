// One open meeting: the record being edited, its autosave, and the live
// speech capture (the speech being typed is part of the record from its
// first word, with or without a speaker, so autosave covers it too).
import * as api from '../api';
import type { AgendaItem, AttendanceStatus, AttendeeRole, Meeting, Person, Speech, Vote, VoteMethod } from '../api';
import { Autosaver } from './autosave.svelte';
import { nowTime } from '../text/dates';
import { blankAttendance, blankVote } from '../meeting/blank';

export class MeetingSession {
  meeting = $state<Meeting>(null!);
  autosave: Autosaver<Meeting>;

  /** Index in `meeting.speeches` of the speech being captured, if any. */
  draftIndex = $state<number | null>(null);
  /** Blank text typed while no speech is being captured (only spaces or new lines). */
  draftText = $state('');
  draftTime = $state(nowTime());
  /** The user typed a time: keep it instead of "now". */
  draftTimeEdited = $state(false);
  /** Put the cursor at the end of the speech being typed when its section opens. */
  focusCapture = false;

  /**
   * The agenda item being discussed (index into `meeting.agenda`), or null
   * for none: new speeches and votes fall under it. Opens on the item of
   * the last speech, where the meeting was left.
   */
  currentItem = $state<number | null>(null);

  constructor(meeting: Meeting) {
    this.meeting = meeting;
    this.autosave = new Autosaver(() => this.meeting, api.saveMeeting);
    const last = meeting.speeches.at(-1)?.agenda_item ?? null;
    this.currentItem = last !== null && last < meeting.agenda.length ? last : null;
  }

  /** The meeting screen was left: its record is no longer on screen. */
  closed = false;

  dispose(): void {
    this.closed = true;
    this.autosave.dispose();
  }

  // ---- attendance ----

  setStatus(personId: number, status: AttendanceStatus): void {
    const row = this.meeting.attendance.find((a) => a.person_id === personId);
    if (!row) return;
    row.status = status;
    if (status === 'late' && row.arrival_time === null) row.arrival_time = nowTime();
    if (status !== 'late') row.arrival_time = null;
    if (status !== 'absent') row.reason = '';
    // An absent member did not leave early.
    else row.departure = null;
  }

  allPresent(): void {
    for (const row of this.meeting.attendance) {
      row.status = 'present';
      row.reason = '';
      row.arrival_time = null;
    }
  }

  addAttendee(person: Person, role: AttendeeRole): void {
    if (this.meeting.attendance.some((a) => a.person_id === person.id)) return;
    this.meeting.attendance.push(blankAttendance(person.id, role));
  }

  /** Member, superior leader attending and directing, guest or delegate. */
  setRole(personId: number, role: AttendeeRole): void {
    const row = this.meeting.attendance.find((a) => a.person_id === personId);
    if (row) row.role = role;
  }

  /** Left early (time now, reason and first item missed to be filled in), or stayed after all. */
  setLeftEarly(personId: number, left: boolean): void {
    const row = this.meeting.attendance.find((a) => a.person_id === personId);
    if (!row) return;
    if (!left) row.departure = null;
    else row.departure ??= { time: nowTime(), reason: '', before_item: null };
  }

  removeAttendee(personId: number): void {
    this.meeting.attendance = this.meeting.attendance.filter((a) => a.person_id !== personId);
  }

  // ---- speech capture ----

  get draftSpeakerId(): number | null {
    return this.draftIndex === null ? null : (this.meeting.speeches[this.draftIndex]?.speaker_id ?? null);
  }

  get captureText(): string {
    return this.draftIndex === null ? this.draftText : (this.meeting.speeches[this.draftIndex]?.text ?? '');
  }

  set captureText(text: string) {
    if (this.draftIndex === null) {
      this.draftText = text;
      // The first word makes the speech part of the record, so a crash
      // cannot lose it even before the speaker is chosen.
      if (text.trim() !== '') this.startDraft(null);
      return;
    }
    const speech = this.meeting.speeches[this.draftIndex];
    speech.text = text;
    if (speech.speaker_id === null && text.trim() === '') {
      // Erased before a speaker was chosen: no empty speech is left behind.
      this.meeting.speeches.splice(this.draftIndex, 1);
      this.draftIndex = null;
      this.draftText = text;
    }
  }

  get captureTime(): string {
    return this.draftIndex === null ? this.draftTime : (this.meeting.speeches[this.draftIndex]?.time ?? '');
  }

  setCaptureTime(time: string | null, typedByUser: boolean): void {
    if (typedByUser) this.draftTimeEdited = true;
    if (this.draftIndex === null) this.draftTime = time ?? '';
    else this.meeting.speeches[this.draftIndex].time = time;
  }

  /** Starts the speech being captured with this speaker, or gives it one. */
  chooseSpeaker(personId: number): void {
    if (this.draftIndex !== null) this.meeting.speeches[this.draftIndex].speaker_id = personId;
    else this.startDraft(personId);
  }

  private startDraft(speakerId: number | null): void {
    const time = this.draftTimeEdited ? this.draftTime || null : nowTime();
    this.meeting.speeches.push({ speaker_id: speakerId, time, text: this.draftText, agenda_item: this.currentItem });
    this.draftIndex = this.meeting.speeches.length - 1;
    this.draftText = '';
  }

  /** Leaving the capture: a speech that got a speaker but no text is not kept. */
  dropEmptyDraft(): void {
    const index = this.draftIndex;
    if (index === null || this.meeting.speeches[index]?.text.trim() !== '') return;
    this.meeting.speeches.splice(index, 1);
    this.resetCapture();
  }

  /** After a crash: the stored speech `index` is the one being typed again. */
  resumeDraft(index: number): Speech | null {
    const speech = this.meeting.speeches[index];
    if (!speech) return null;
    this.draftIndex = index;
    this.draftText = '';
    this.draftTimeEdited = true;
    this.focusCapture = true;
    return speech;
  }

  /** Ends the current speech; returns false (and keeps it) when there is nothing to store. */
  finishSpeech(): boolean {
    if (this.draftIndex === null) return false;
    const speech = this.meeting.speeches[this.draftIndex];
    if (!speech || speech.text.trim() === '') return false;
    this.resetCapture();
    return true;
  }

  resetCapture(): void {
    this.draftIndex = null;
    this.draftText = '';
    this.draftTime = nowTime();
    this.draftTimeEdited = false;
  }

  moveSpeech(index: number, delta: -1 | 1): void {
    const to = index + delta;
    const list = this.meeting.speeches;
    if (to < 0 || to >= list.length) return;
    [list[index], list[to]] = [list[to], list[index]];
    if (this.draftIndex === index) this.draftIndex = to;
    else if (this.draftIndex === to) this.draftIndex = index;
  }

  removeSpeech(index: number): void {
    this.meeting.speeches.splice(index, 1);
    if (this.draftIndex === index) this.resetCapture();
    else if (this.draftIndex !== null && this.draftIndex > index) this.draftIndex -= 1;
  }

  // ---- agenda items: the current one, and indices that follow every change ----

  /** Chooses the item being discussed; the speech being typed moves under it too. */
  setCurrentItem(index: number | null): void {
    if (index !== null && (index < 0 || index >= this.meeting.agenda.length)) return;
    this.currentItem = index;
    if (this.draftIndex !== null) {
      const draft = this.meeting.speeches[this.draftIndex];
      if (draft) draft.agenda_item = index;
    }
  }

  /** Next (or previous) item, through "none" after the last one. */
  cycleItem(delta: 1 | -1): void {
    const count = this.meeting.agenda.length;
    if (count === 0) return;
    // Positions 0…count-1 are the items, `count` is "none".
    const position = this.currentItem ?? count;
    const next = (position + delta + count + 1) % (count + 1);
    this.setCurrentItem(next === count ? null : next);
  }

  addAgendaItem(): void {
    const item: AgendaItem = { title: '', presenter_id: null, documents: [] };
    this.meeting.agenda.push(item);
  }

  moveAgendaItem(index: number, delta: -1 | 1): void {
    const to = index + delta;
    const list = this.meeting.agenda;
    if (to < 0 || to >= list.length) return;
    [list[index], list[to]] = [list[to], list[index]];
    this.remapItems((i) => (i === index ? to : i === to ? index : i));
  }

  /** Speeches and votes of the removed item fall under no item. */
  removeAgendaItem(index: number): void {
    if (index < 0 || index >= this.meeting.agenda.length) return;
    this.meeting.agenda.splice(index, 1);
    this.remapItems((i) => (i === index ? null : i > index ? i - 1 : i));
  }

  /** How many speeches and votes fall under an item. */
  itemUse(index: number): { speeches: number; votes: number } {
    return {
      speeches: this.meeting.speeches.filter((s) => s.agenda_item === index).length,
      votes: this.meeting.votes.filter((v) => v.agenda_item === index).length,
    };
  }

  /** The one place where agenda indices are rewritten: speeches, votes, departures, the current item. */
  private remapItems(map: (index: number) => number | null): void {
    const remap = (i: number | null) => (i === null ? null : map(i));
    const m = this.meeting;
    for (const speech of m.speeches) if (speech.agenda_item !== null) speech.agenda_item = remap(speech.agenda_item);
    for (const vote of m.votes) if (vote.agenda_item !== null) vote.agenda_item = remap(vote.agenda_item);
    for (const row of m.attendance) {
      if (row.departure && row.departure.before_item !== null)
        row.departure.before_item = remap(row.departure.before_item);
    }
    this.currentItem = remap(this.currentItem);
  }

  // ---- online sites ----

  addSite(): void {
    this.meeting.online_sites.push({ name: '', participants: 0 });
  }

  /** Those who joined from the removed site are back at the main site. */
  removeSite(index: number): void {
    this.meeting.online_sites.splice(index, 1);
    for (const row of this.meeting.attendance) {
      if (row.site === null) continue;
      if (row.site === index) row.site = null;
      else if (row.site > index) row.site -= 1;
    }
  }

  // ---- votes ----

  /** A new vote under the current item; returns its index. */
  addVote(): number {
    this.meeting.votes.push(blankVote(this.currentItem));
    return this.meeting.votes.length - 1;
  }

  /** The form follows the method: ballots are counted for a secret ballot or an election. */
  setVoteMethod(vote: Vote, method: VoteMethod): void {
    vote.method = method;
    if (method === 'ballot' || method === 'election') {
      vote.ballots ??= { issued: 0, returned: 0, valid: 0, invalid: 0 };
    } else {
      vote.ballots = null;
    }
    if (method !== 'election') vote.candidates = [];
  }
}
