// Every delete in the UI: ask in the app's own dialog, move the item to the
// trash in the backend (one transaction with the save that removes it), then
// take it off the screen and offer "Hoàn tác" for the last delete.
//
// A delete inside an open meeting sends the record as shown (unsaved edits
// included) to `delete_meeting_item`, so it does not depend on when the
// autosaver last wrote; the undo sends the record as shown again and puts
// the item back at the index the backend reports.
import * as api from '../api';
import type { MeetingItemKind, MeetingSummary, TrashedItem, TrashEntry } from '../api';
import { vi } from '../i18n/vi';
import { isoToDisplayDate } from '../text/dates';
import { app } from './app.svelte';
import { askConfirm } from './confirm.svelte';
import type { MeetingSession } from './meeting.svelte';

const t = vi.trash;

/** A long text cut to a readable length for a one-line description. */
function short(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** What an item is, as a phrase inside a sentence ("phát biểu của đồng chí …"). */
export function describeItem(item: TrashedItem, meeting?: { title: string; date: string }): string {
  const title = meeting ? meeting.title || vi.meetings.untitled : '';
  const where = meeting ? t.inMeeting(title) : '';
  switch (item.kind) {
    case 'meeting':
      return t.meeting(title, meeting ? isoToDisplayDate(meeting.date) : '');
    case 'speech': {
      const speaker = app.personName(item.speech.speaker_id);
      return (speaker ? t.speech(speaker) : t.speechNoSpeaker) + where;
    }
    case 'vote':
      return t.vote(short(item.vote.question) || t.untitledItem) + where;
    case 'conclusion_item':
      return t.conclusionItem(short(item.item.text) || t.untitledItem) + where;
  }
}

export function describe(entry: TrashEntry): string {
  return describeItem(entry.item, { title: entry.meeting_title, date: entry.meeting_date });
}

/** The phrase with a capital first letter, to start a line. */
export function capitalised(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase('vi') + phrase.slice(1);
}

/** The "Đã chuyển … vào thùng rác. Hoàn tác" offer for the last delete. */
class UndoOffer {
  last = $state<{ message: string; run: () => Promise<void> } | null>(null);
  error = $state('');
  busy = $state(false);

  offer(message: string, run: () => Promise<void>): void {
    this.last = { message, run };
    this.error = '';
  }

  async undo(): Promise<void> {
    const last = this.last;
    if (!last || this.busy) return;
    this.busy = true;
    try {
      await last.run();
      this.last = null;
      this.error = '';
    } catch (thrown) {
      this.error = api.toApiError(thrown).message;
    } finally {
      this.busy = false;
    }
  }

  /** A delete the backend refused: the item stays, the toast says why. */
  fail(thrown: unknown): void {
    this.last = null;
    this.error = api.toApiError(thrown).message;
  }

  dismiss(): void {
    this.last = null;
    this.error = '';
  }
}

export const undoOffer = new UndoOffer();

function askDelete(phrase: string): Promise<boolean> {
  return askConfirm({
    title: t.confirmTitle(phrase),
    message: t.confirmMessage,
    confirmLabel: vi.common.remove,
    cancelLabel: vi.common.cancel,
    destructive: true,
  });
}

/**
 * Asks, then moves the meeting to the trash; `refresh` re-reads the list
 * (after an undo). False when the user cancelled or the backend refused.
 */
export async function deleteMeeting(m: MeetingSummary, refresh: () => Promise<void>): Promise<boolean> {
  const phrase = t.meeting(m.title || vi.meetings.untitled, isoToDisplayDate(m.date));
  if (!(await askDelete(phrase))) return false;
  let entry: TrashEntry;
  try {
    entry = await api.deleteMeeting(m.id);
  } catch (thrown) {
    undoOffer.fail(thrown);
    return false;
  }
  undoOffer.offer(t.moved(phrase), async () => {
    await api.restoreFromTrash(entry.id, null);
    await refresh();
  });
  return true;
}

function itemAt(session: MeetingSession, kind: MeetingItemKind, index: number): TrashedItem | null {
  const m = session.meeting;
  if (kind === 'speech') return m.speeches[index] ? { kind, speech: m.speeches[index] } : null;
  if (kind === 'vote') return m.votes[index] ? { kind, vote: m.votes[index] } : null;
  return m.conclusions.items[index] ? { kind, item: m.conclusions.items[index] } : null;
}

function removeAt(session: MeetingSession, kind: MeetingItemKind, index: number): void {
  if (kind === 'speech') session.removeSpeech(index);
  else if (kind === 'vote') session.meeting.votes.splice(index, 1);
  else session.meeting.conclusions.items.splice(index, 1);
}

function insertAt(session: MeetingSession, item: TrashedItem, at: number): void {
  const m = session.meeting;
  if (item.kind === 'speech') {
    m.speeches.splice(at, 0, item.speech);
    if (session.draftIndex !== null && session.draftIndex >= at) session.draftIndex += 1;
  } else if (item.kind === 'vote') m.votes.splice(at, 0, item.vote);
  else if (item.kind === 'conclusion_item') m.conclusions.items.splice(at, 0, item.item);
}

/**
 * Asks, then deletes item `index` of `kind` from the open meeting into the
 * trash and off the screen. False when the user cancelled or the backend
 * refused (the item then stays and the toast says why).
 */
export async function deleteFromMeeting(
  session: MeetingSession,
  kind: MeetingItemKind,
  index: number,
): Promise<boolean> {
  const item = itemAt(session, kind, index);
  if (!item) return false;
  const phrase = describeItem(item);
  if (!(await askDelete(phrase))) return false;
  let entry: TrashEntry;
  try {
    entry = await api.deleteMeetingItem($state.snapshot(session.meeting), kind, index);
  } catch (thrown) {
    undoOffer.fail(thrown);
    return false;
  }
  removeAt(session, kind, index);
  undoOffer.offer(t.moved(phrase), async () => {
    // Back into the record on screen while it is open, else into the stored one.
    const open = !session.closed;
    const restored = await api.restoreFromTrash(entry.id, open ? $state.snapshot(session.meeting) : null);
    if (open && restored.position !== null) insertAt(session, restored.entry.item, restored.position);
  });
  return true;
}
