// A meeting open in the editor, without the DOM: the same session and change
// tracking the editor uses, for the keystroke benchmark.
import { flushSync } from 'svelte';
import type { Meeting } from '$lib/api';
import { MeetingSession } from '$lib/state/meeting.svelte';

export function openSession(meeting: Meeting): { session: MeetingSession; type(ch: string): void; close(): void } {
  let session!: MeetingSession;
  const stop = $effect.root(() => {
    session = new MeetingSession(meeting);
    $effect(() => {
      session.autosave.watch();
    });
  });
  flushSync();
  return {
    session,
    type(ch: string) {
      session.captureText = session.captureText + ch;
      flushSync();
    },
    close() {
      stop();
      session.dispose();
    },
  };
}
