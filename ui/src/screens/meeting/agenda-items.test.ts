// Record v2 during the meeting: the current agenda item chosen with one key
// (new speeches and votes fall under it), agenda items with their presenter
// and documents whose indices the speeches, votes and departures follow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { AgendaItem, Speech } from '$lib/api';
import ConfirmDialog from '$lib/components/ConfirmDialog.svelte';
import { meeting, vote } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

const item = (title: string): AgendaItem => ({ title, presenter_id: null, documents: [] });
const agenda = [item('Báo cáo kết quả quý I'), item('Dự thảo kế hoạch quý II'), item('Công tác cán bộ')];
const speech = (text: string, agenda_item: number | null): Speech => ({
  speaker_id: 1,
  time: '08:10:00',
  text,
  agenda_item,
});

describe('current agenda item', () => {
  it('puts speeches typed steadily after Ctrl+2, Ctrl+1, F2 and Ctrl+0 under the chosen item', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ agenda: structuredClone(agenda) }), 'speeches');
    expect(screen.getByTestId('current-item')).toHaveTextContent('(không thuộc nội dung nào)');

    // The secretary types on without stopping: the key is pressed in the text field.
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('{Control>}2{/Control}');
    expect(screen.getByTestId('current-item')).toHaveTextContent('2. Dự thảo kế hoạch quý II');
    expect(screen.getByTestId('speech-text')).toHaveFocus();
    await user.keyboard('Nhất trí với dự thảo.{Control>}{Enter}{/Control}');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Đề nghị bổ sung chỉ tiêu.{Control>}{Enter}{/Control}');

    await user.keyboard('{Control>}1{/Control}');
    expect(screen.getByTestId('current-item')).toHaveTextContent('1. Báo cáo kết quả quý I');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Kết quả quý I vượt kế hoạch.{Control>}{Enter}{/Control}');

    // F2 goes on to the next item; pressed while a speech is being typed, that speech moves with it.
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Về cán bộ,');
    await user.keyboard('{F2}');
    expect(screen.getByTestId('current-item')).toHaveTextContent('2. Dự thảo kế hoạch quý II');
    await user.keyboard('{F2}');
    expect(screen.getByTestId('current-item')).toHaveTextContent('3. Công tác cán bộ');
    await user.keyboard(' đề nghị giới thiệu nhân sự.{Control>}{Enter}{/Control}');

    await user.keyboard('{Control>}0{/Control}');
    expect(screen.getByTestId('current-item')).toHaveTextContent('(không thuộc nội dung nào)');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Ý kiến bế mạc.');

    await waitFor(() =>
      expect(lastSaved().speeches.map((s) => [s.text, s.agenda_item])).toEqual([
        ['Nhất trí với dự thảo.', 1],
        ['Đề nghị bổ sung chỉ tiêu.', 1],
        ['Kết quả quý I vượt kế hoạch.', 0],
        ['Về cán bộ, đề nghị giới thiệu nhân sự.', 2],
        ['Ý kiến bế mạc.', null],
      ]),
    );
    expect(screen.getByTestId('speech-item-tag-0')).toHaveTextContent('Nội dung 2');
    expect(screen.getByTestId('speech-item-tag-2')).toHaveTextContent('Nội dung 1');
    expect(screen.queryByTestId('speech-item-tag-4')).toBeNull();
  });

  it('opens on the item of the last speech, and a stored speech can be moved to another item', async () => {
    const user = userEvent.setup();
    await openEditor(
      meeting({
        agenda: structuredClone(agenda),
        speeches: [speech('Ý kiến thứ nhất', 0), speech('Ý kiến thứ hai', 2)],
      }),
      'speeches',
    );
    expect(screen.getByTestId('current-item')).toHaveTextContent('3. Công tác cán bộ');
    await user.click(screen.getByTestId('speech-edit-0'));
    await user.selectOptions(screen.getByTestId('speech-edit-item-0'), '2. Dự thảo kế hoạch quý II');
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.agenda_item)).toEqual([1, 2]));
    expect(screen.getByTestId('speech-item-tag-0')).toHaveTextContent('Nội dung 2');
  });

  it('puts a new vote under the current item and moves a vote to another item', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ agenda: structuredClone(agenda) }), 'votes');
    await user.click(screen.getByTestId('current-item-1'));
    expect(screen.getByTestId('current-item')).toHaveTextContent('2. Dự thảo kế hoạch quý II');
    await user.click(screen.getByTestId('vote-add'));
    await user.keyboard('Thông qua kế hoạch quý II');
    expect(screen.getByTestId<HTMLSelectElement>('vote-item-0').value).toBe('1');
    await user.keyboard('{Control>}3{/Control}');
    await user.click(screen.getByTestId('vote-add'));
    await waitFor(() => expect(lastSaved().votes.map((v) => v.agenda_item)).toEqual([1, 2]));
    await user.selectOptions(screen.getByTestId('vote-item-1'), '(không thuộc nội dung nào)');
    await waitFor(() => expect(lastSaved().votes.map((v) => v.agenda_item)).toEqual([1, null]));
  });

  it('says so when the meeting has no agenda, and the keys then change nothing', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'speeches');
    expect(screen.getByTestId('current-item')).toHaveTextContent('Chưa có chương trình');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('{Control>}1{/Control}{F2}Ý kiến.');
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.agenda_item)).toEqual([null]));
  });
});

describe('agenda items', () => {
  it('records the presenter and the documents of an item', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'agenda');
    await user.click(screen.getByTestId('agenda-item-add'));
    expect(screen.getByTestId('agenda-item-0')).toHaveFocus();
    await user.keyboard('Báo cáo kết quả quý I');
    await user.click(screen.getByTestId('agenda-presenter-0'));
    await user.keyboard('hung');
    await user.click(screen.getByTestId('agenda-presenter-0-option-2'));
    await fireEvent.input(screen.getByTestId('agenda-documents-0'), {
      target: { value: 'Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy\nPhụ lục số liệu' },
    });
    await waitFor(() =>
      expect(lastSaved().agenda).toEqual([
        {
          title: 'Báo cáo kết quả quý I',
          presenter_id: 2,
          documents: ['Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy', 'Phụ lục số liệu'],
        },
      ]),
    );
    expect(screen.getByTestId<HTMLInputElement>('agenda-presenter-0').value).toBe('Đặng Văn Hùng');
  });

  it('keeps speeches, votes and departures under their items when items are reordered or removed', async () => {
    const user = userEvent.setup();
    const record = meeting({
      agenda: structuredClone(agenda),
      speeches: [speech('Về báo cáo', 0), speech('Về kế hoạch', 1), speech('Về cán bộ', 2), speech('Khai mạc', null)],
    });
    record.votes = [vote({ votes_for: 6, agenda_item: 1 })];
    record.attendance[2].departure = { time: '10:00:00', reason: 'Đi công tác', before_item: 2 };
    render(ConfirmDialog);
    const { mocked } = await openEditor(record, 'agenda');

    // Item 3 moves up: it becomes item 2, the plan item 3.
    await user.click(screen.getByTestId('agenda-item-up-2'));
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.agenda_item)).toEqual([0, 2, 1, null]));
    expect(lastSaved().votes[0].agenda_item).toBe(2);
    expect(lastSaved().attendance[2].departure?.before_item).toBe(1);

    // Removing the first item (it has a speech) asks first; Hủy keeps it.
    await user.click(screen.getByTestId('agenda-item-remove-0'));
    expect(screen.getByTestId('confirm-message')).toHaveTextContent('Nội dung này có 1 phát biểu và 0 biểu quyết');
    await user.click(screen.getByTestId('confirm-cancel'));
    expect(lastSaved().agenda).toHaveLength(3);
    await user.click(screen.getByTestId('agenda-item-remove-0'));
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() =>
      expect(lastSaved().agenda.map((a) => a.title)).toEqual(['Công tác cán bộ', 'Dự thảo kế hoạch quý II']),
    );
    expect(lastSaved().speeches.map((s) => [s.text, s.agenda_item])).toEqual([
      ['Về báo cáo', null],
      ['Về kế hoạch', 1],
      ['Về cán bộ', 0],
      ['Khai mạc', null],
    ]);
    expect(lastSaved().votes[0].agenda_item).toBe(1);
    expect(lastSaved().attendance[2].departure?.before_item).toBe(0);
    expect(mocked.deleteMeetingItem).not.toHaveBeenCalled();
  });
});
