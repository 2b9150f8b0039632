// One open meeting: the record being edited, its autosave, and the live
// speech capture (the speech being typed is part of the record from its
// first word, with or without a speaker, so autosave covers it too).
import * as api from '../api';
import type { AttendanceStatus, Meeting, Person, Speech } from '../api';
import { Autosaver } from './autosave.svelte';
import { nowTime } from '../text/dates';

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

  constructor(meeting: Meeting) {
    this.meeting = meeting;
    this.autosave = new Autosaver(() => this.meeting, api.saveMeeting);
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
  }

  allPresent(): void {
    for (const row of this.meeting.attendance) {
      row.status = 'present';
      row.reason = '';
      row.arrival_time = null;
    }
  }

  addAttendee(person: Person, role: 'member' | 'guest'): void {
    if (this.meeting.attendance.some((a) => a.person_id === person.id)) return;
    this.meeting.attendance.push({ person_id: person.id, role, status: 'present', reason: '', arrival_time: null });
  }

  /** A guest who is a leader of the superior body attending and directing, or back to a guest. */
  setSuperiorLeader(personId: number, leader: boolean): void {
    const row = this.meeting.attendance.find((a) => a.person_id === personId);
    if (row && row.role !== 'member') row.role = leader ? 'superior_leader' : 'guest';
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
    this.meeting.speeches.push({ speaker_id: speakerId, time, text: this.draftText });
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
}
