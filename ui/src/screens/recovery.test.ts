// After a crash or a kill the app reopens the meeting and section that was
// being edited, with the cursor at the end of the speech being typed, and
// says what was recovered; a normal close or leaving the meeting forgets it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import * as api from '$lib/api';
import { app } from '$lib/state/app.svelte';
import App from '../App.svelte';
import { formatProfile, meeting, organisation, people } from '../test/fixtures';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));
const mocked = vi.mocked(api);

const typed = 'Đề nghị bổ sung kinh phí cho việc chỉnh trang tuyến phố';

beforeEach(() => {
  app.reset();
  mocked.getOrganisation.mockResolvedValue(organisation());
  mocked.listPeople.mockResolvedValue(structuredClone(people));
  mocked.getFormatProfile.mockResolvedValue(formatProfile());
  mocked.searchPeople.mockResolvedValue([]);
  mocked.listMeetings.mockResolvedValue([]);
  mocked.onWindowClose.mockResolvedValue(undefined);
  mocked.setEditingPlace.mockResolvedValue(undefined);
  mocked.saveMeeting.mockResolvedValue(undefined);
  mocked.getMeeting.mockResolvedValue(
    meeting({
      speeches: [
        { speaker_id: 1, time: '09:10:00', text: 'Ý kiến đã xong.', agenda_item: null },
        { speaker_id: 2, time: '09:20:00', text: typed, agenda_item: null },
      ],
    }),
  );
});
afterEach(cleanup);

describe('reopening after a crash', () => {
  it('opens the speech being typed with the cursor at its end and a note of what was recovered', async () => {
    mocked.editingPlace.mockResolvedValue({ meeting_id: 42, section: 'speeches', speech: 1 });
    render(App);
    const text = await screen.findByTestId<HTMLTextAreaElement>('speech-text');
    expect(text.value).toBe(typed);
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(text.selectionStart).toBe(typed.length);
    expect(screen.getByTestId('recovery-text')).toHaveTextContent(
      `Lần trước ứng dụng bị đóng đột ngột. Đã mở lại nơi đang làm việc: mục “Phát biểu”, phát biểu đang ghi của đồng chí ${people[1].full_name} (${typed.length} ký tự đã lưu).`,
    );
    // Typing goes on in the same speech, not in a new one.
    await fireEvent.input(text, { target: { value: `${typed} trong quý IV` } });
    await waitFor(() => expect(mocked.saveMeeting).toHaveBeenCalled());
    const saved = mocked.saveMeeting.mock.calls.at(-1)![0];
    expect(saved.speeches.map((s) => s.text)).toEqual(['Ý kiến đã xong.', `${typed} trong quý IV`]);
  });

  it('opens on the meetings list when the app was closed normally, and forgets the place when the meeting is left', async () => {
    mocked.editingPlace.mockResolvedValue(null);
    render(App);
    expect(await screen.findByTestId('nav-meetings')).toBeInTheDocument();
    expect(screen.queryByTestId('recovery-note')).not.toBeInTheDocument();

    app.go({ name: 'meeting', id: 42 });
    await screen.findByTestId('section-general');
    await waitFor(() =>
      expect(mocked.setEditingPlace).toHaveBeenLastCalledWith({ meeting_id: 42, section: 'general', speech: null }),
    );
    await fireEvent.click(screen.getByTestId('meeting-back'));
    await waitFor(() => expect(mocked.setEditingPlace).toHaveBeenLastCalledWith(null));
  });
});
