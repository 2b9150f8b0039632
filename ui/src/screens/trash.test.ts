// Nothing deleted without a way back: the in-app confirmation (window.confirm
// shows nothing in the app's WebView), the trash and "Hoàn tác".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as api from '$lib/api';
import type { Meeting, Speech, TrashEntry } from '$lib/api';
import { app } from '$lib/state/app.svelte';
import { undoOffer } from '$lib/state/trash.svelte';
import ConfirmDialog from '$lib/components/ConfirmDialog.svelte';
import UndoToast from '$lib/components/UndoToast.svelte';
import App from '../App.svelte';
import { formatProfile, meeting, organisation, people, vote } from '../test/fixtures';
import { openEditor } from '../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));
const mocked = vi.mocked(api);

const speeches: Speech[] = [
  { speaker_id: 1, time: '08:10:00', text: 'Nhất trí với báo cáo.', agenda_item: null },
  { speaker_id: 2, time: '08:20:00', text: 'Đề nghị bổ sung chỉ tiêu.', agenda_item: null },
  { speaker_id: 4, time: '08:30:00', text: 'Cần làm rõ kinh phí.', agenda_item: null },
];

function entry(overrides: Partial<TrashEntry>): TrashEntry {
  return {
    id: 9,
    meeting_id: 42,
    meeting_title: 'Hội nghị Ban Chấp hành tháng 3',
    meeting_date: '2026-03-15',
    position: null,
    deleted_at: '2026-03-15T20:14:05',
    item: { kind: 'meeting' },
    ...overrides,
  };
}

/** The meeting editor with the dialog and the undo toast, as App mounts them. */
async function editor(record: Meeting, section: 'speeches' | 'votes' | 'conclusions') {
  render(ConfirmDialog);
  render(UndoToast);
  return openEditor(record, section);
}

const speechTexts = () => screen.getAllByTestId(/^speech-text-\d+$/).map((p) => p.textContent);

beforeEach(() => undoOffer.dismiss());
afterEach(() => cleanup());

describe('the confirmation dialog', () => {
  it('starts on Cancel, keeps the focus inside, and Esc or Enter on Cancel keeps the speech', async () => {
    const user = userEvent.setup();
    const { mocked } = await editor(meeting({ speeches: structuredClone(speeches) }), 'speeches');
    const trigger = screen.getByTestId('speech-delete-1');
    await user.click(trigger);

    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Xóa phát biểu của đồng chí Đặng Văn Hùng?');
    expect(dialog).toHaveTextContent('chuyển vào Thùng rác');
    expect(screen.getByTestId('confirm-cancel')).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId('confirm-ok')).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId('confirm-cancel')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByTestId('confirm-ok')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    await user.keyboard('{Enter}');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(speechTexts()).toEqual(speeches.map((s) => s.text));
    expect(mocked.deleteMeetingItem).not.toHaveBeenCalled();
    expect(screen.queryByTestId('undo-toast')).toBeNull();
  });

  it('deletes a speech into the trash on confirm, and "Hoàn tác" puts it back in its place', async () => {
    const user = userEvent.setup();
    const { mocked } = await editor(meeting({ speeches: structuredClone(speeches) }), 'speeches');
    mocked.deleteMeetingItem.mockResolvedValue(
      entry({ id: 7, position: 1, item: { kind: 'speech', speech: speeches[1] } }),
    );

    await user.click(screen.getByTestId('speech-delete-1'));
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(speechTexts()).toEqual([speeches[0].text, speeches[2].text]));
    // The record as shown went with the delete, the speech still in it.
    const [sent, kind, index] = mocked.deleteMeetingItem.mock.calls[0];
    expect(sent.speeches.map((s) => s.text)).toEqual(speeches.map((s) => s.text));
    expect([kind, index]).toEqual(['speech', 1]);
    expect(screen.getByTestId('undo-message')).toHaveTextContent(
      'Đã chuyển phát biểu của đồng chí Đặng Văn Hùng vào thùng rác.',
    );

    mocked.restoreFromTrash.mockResolvedValue({
      entry: entry({ id: 7, position: 1, item: { kind: 'speech', speech: speeches[1] } }),
      position: 1,
    });
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(speechTexts()).toEqual(speeches.map((s) => s.text)));
    const [id, current] = mocked.restoreFromTrash.mock.calls[0];
    expect(id).toBe(7);
    expect(current?.speeches.map((s) => s.text)).toEqual([speeches[0].text, speeches[2].text]);
    expect(screen.queryByTestId('undo-toast')).toBeNull();
  });

  it('keeps the speech and says why when the backend refuses the delete', async () => {
    const user = userEvent.setup();
    const { mocked } = await editor(meeting({ speeches: structuredClone(speeches) }), 'speeches');
    mocked.deleteMeetingItem.mockRejectedValue({
      code: 'busy',
      message: 'Cơ sở dữ liệu đang được một chương trình khác sử dụng; hãy thử lại.',
    });
    await user.click(screen.getByTestId('speech-delete-0'));
    await user.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('undo-error')).toHaveTextContent('đang được một chương trình khác sử dụng');
    expect(speechTexts()).toEqual(speeches.map((s) => s.text));
    expect(screen.queryByTestId('undo')).toBeNull();
  });

  it('deletes a vote and Ctrl+Z outside a text field brings it back', async () => {
    const user = userEvent.setup();
    const votes = [
      vote({ question: 'Thông qua kế hoạch', votes_for: 6 }),
      vote({ question: 'Thông qua dự thảo', method: 'ballot', votes_for: 5, votes_against: 1 }),
    ];
    const { mocked } = await editor(meeting({ votes: structuredClone(votes) }), 'votes');
    mocked.deleteMeetingItem.mockResolvedValue(entry({ id: 3, position: 0, item: { kind: 'vote', vote: votes[0] } }));
    mocked.restoreFromTrash.mockResolvedValue({
      entry: entry({ id: 3, position: 0, item: { kind: 'vote', vote: votes[0] } }),
      position: 0,
    });

    await user.click(screen.getByTestId('vote-remove-0'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('Xóa biểu quyết “Thông qua kế hoạch”?');
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('vote-question-0').value).toBe('Thông qua dự thảo'),
    );
    expect(mocked.deleteMeetingItem.mock.calls[0].slice(1)).toEqual(['vote', 0]);

    // In a text field Ctrl+Z is the field's own undo.
    await user.click(screen.getByTestId('vote-question-0'));
    await user.keyboard('{Control>}z{/Control}');
    expect(mocked.restoreFromTrash).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('undo-message'));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('vote-question-0').value).toBe('Thông qua kế hoạch'),
    );
    expect(screen.getByTestId<HTMLInputElement>('vote-question-1').value).toBe('Thông qua dự thảo');
  });

  it('deletes a conclusion item into the trash', async () => {
    const user = userEvent.setup();
    const items = ['Rà soát quy chế.', 'Tổng kết công tác.'].map((text) => ({
      text,
      sub_points: [],
      assignees: [],
      deadline: null,
      body_first: false,
    }));
    const { mocked } = await editor(meeting({ conclusions: { concluded_by: 1, intro: '', items } }), 'conclusions');
    mocked.deleteMeetingItem.mockResolvedValue(
      entry({ id: 4, position: 1, item: { kind: 'conclusion_item', item: items[1] } }),
    );

    await user.click(screen.getByTestId('conclusion-remove-1'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('Xóa nội dung kết luận “Tổng kết công tác.”?');
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryByTestId('conclusion-1')).toBeNull());
    expect(mocked.deleteMeetingItem.mock.calls[0].slice(1)).toEqual(['conclusion_item', 1]);
    expect(screen.getByTestId('undo-message')).toHaveTextContent(
      'Đã chuyển nội dung kết luận “Tổng kết công tác.” vào thùng rác.',
    );
  });
});

describe('a meeting and the trash screen', () => {
  beforeEach(() => {
    app.reset();
    mocked.getOrganisation.mockResolvedValue(organisation());
    mocked.listPeople.mockResolvedValue(structuredClone(people));
    mocked.getFormatProfile.mockResolvedValue(formatProfile());
    mocked.onWindowClose.mockResolvedValue(undefined);
  });

  const summary = {
    id: 42,
    date: '2026-03-15',
    kind: 'committee_conference' as const,
    title: 'Hội nghị Ban Chấp hành tháng 3',
  };

  it('moves a meeting to the trash only after the in-app confirmation, and undoes it', async () => {
    const user = userEvent.setup();
    let listed = [summary];
    mocked.listMeetings.mockImplementation(async () => structuredClone(listed));
    mocked.deleteMeeting.mockImplementation(async () => {
      listed = [];
      return entry({ id: 5 });
    });
    mocked.restoreFromTrash.mockImplementation(async () => {
      listed = [summary];
      return { entry: entry({ id: 5 }), position: null };
    });
    render(App);
    await user.click(await screen.findByTestId('meeting-delete-42'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent(
      'Xóa hội nghị “Hội nghị Ban Chấp hành tháng 3” (15/03/2026)?',
    );
    await user.click(screen.getByTestId('confirm-cancel'));
    expect(mocked.deleteMeeting).not.toHaveBeenCalled();
    expect(screen.getByTestId('meeting-row-42')).toBeInTheDocument();

    await user.click(screen.getByTestId('meeting-delete-42'));
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryByTestId('meeting-row-42')).toBeNull());
    expect(mocked.deleteMeeting).toHaveBeenCalledWith(42);
    await user.click(screen.getByTestId('undo'));
    expect(await screen.findByTestId('meeting-row-42')).toBeInTheDocument();
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith(5, null);
  });

  it('lists what was deleted, restores an entry and deletes one for good after asking', async () => {
    const user = userEvent.setup();
    mocked.listMeetings.mockResolvedValue([]);
    let trash = [
      entry({ id: 12, position: 0, deleted_at: '2026-03-15T20:14:05', item: { kind: 'speech', speech: speeches[1] } }),
      entry({ id: 11, meeting_id: 40, meeting_title: 'Hội nghị tháng 2', meeting_date: '2026-02-10' }),
    ];
    mocked.listTrash.mockImplementation(async () => structuredClone(trash));
    mocked.restoreFromTrash.mockImplementation(async (id) => {
      trash = trash.filter((e) => e.id !== id);
      return { entry: entry({ id }), position: null };
    });
    mocked.purgeFromTrash.mockImplementation(async (id) => {
      trash = trash.filter((e) => e.id !== id);
    });
    render(App);
    await user.click(await screen.findByTestId('open-trash'));

    const list = await screen.findByTestId('trash-list');
    const lines = within(list).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent(
      'Phát biểu của đồng chí Đặng Văn Hùng trong hội nghị “Hội nghị Ban Chấp hành tháng 3”',
    );
    expect(lines[0]).toHaveTextContent('Xóa lúc 20:14 ngày 15/03/2026');
    expect(lines[1]).toHaveTextContent('Hội nghị “Hội nghị tháng 2” (10/02/2026)');

    await user.click(screen.getByTestId('trash-restore-11'));
    await waitFor(() => expect(screen.queryByTestId('trash-entry-11')).toBeNull());
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith(11, null);
    expect(screen.getByTestId('trash-notice')).toHaveTextContent(
      'Đã khôi phục hội nghị “Hội nghị tháng 2” (10/02/2026).',
    );

    await user.click(screen.getByTestId('trash-purge-12'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent(
      'Sau khi xóa vĩnh viễn sẽ không khôi phục được nữa.',
    );
    await user.keyboard('{Escape}');
    expect(mocked.purgeFromTrash).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('trash-purge-12'));
    await user.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('trash-empty')).toHaveTextContent('Thùng rác trống.');
    expect(mocked.purgeFromTrash).toHaveBeenCalledWith(12);
  });
});
