// Opens the meeting editor on a section with a mocked backend, as the
// meeting screens' tests need it.
import { render, screen } from '@testing-library/svelte';
import { vi } from 'vitest';
import * as api from '$lib/api';
import type { Meeting } from '$lib/api';
import { app } from '$lib/state/app.svelte';
import MeetingEditor from '../screens/MeetingEditor.svelte';
import { formatProfile, organisation, people } from './fixtures';

export const sections = ['general', 'attendance', 'agenda', 'speeches', 'votes', 'conclusions', 'export'] as const;

/** Renders the editor on `section` with `record` as the stored meeting; returns the mocks. */
export async function openEditor(record: Meeting, section: (typeof sections)[number]) {
  const mocked = vi.mocked(api);
  app.reset();
  app.people = structuredClone(people);
  app.organisation = organisation();
  app.formatProfile = formatProfile();
  app.view = { name: 'meeting', id: record.id };
  mocked.getMeeting.mockResolvedValue(structuredClone(record));
  mocked.saveMeeting.mockResolvedValue(undefined);
  mocked.searchPeople.mockResolvedValue([]);
  mocked.checkMeeting.mockResolvedValue([]);
  mocked.proposedNumber.mockResolvedValue(5);
  mocked.suggestedFileName.mockResolvedValue('Biên bản số 05 ngày 15-03-2026.docx');
  // The core words the number line; the mock stands for it.
  mocked.numberLine.mockImplementation(
    async (_id: number, kind: string, n: number) =>
      `Số ${String(n).padStart(2, '0')}-${{ minutes: 'BB', notice: 'TB', resolution: 'NQ' }[kind]}/ĐU`,
  );
  mocked.e2eExportDir.mockResolvedValue(null);
  const result = render(MeetingEditor, { id: record.id, initialSection: sections.indexOf(section) });
  await screen.findByTestId(`section-${section}`);
  return { mocked, ...result };
}

/** The last meeting the UI sent to save_meeting. */
export function lastSaved(): Meeting {
  const calls = vi.mocked(api).saveMeeting.mock.calls;
  if (calls.length === 0) throw new Error('save_meeting was never called');
  return calls[calls.length - 1][0];
}
