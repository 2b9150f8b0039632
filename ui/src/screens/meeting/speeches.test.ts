// Live speech capture: find the speaker without diacritics, Ctrl+Enter
// stores the speech and returns to the speaker field; reorder afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { meeting, people } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

describe('speech capture', () => {
  it('finds "Nguyễn Thị Ngọc" from "ngoc", stores with Ctrl+Enter and clears for the next speech', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'speeches');
    const speaker = screen.getByTestId<HTMLInputElement>('speech-speaker');
    await user.click(speaker);
    await user.keyboard('ngoc');
    const options = screen.getByTestId('speech-speaker-options');
    expect(within(options).getByText('Nguyễn Thị Ngọc')).toBeInTheDocument();
    expect(within(options).getByText('Vũ Ngọc Lan')).toBeInTheDocument();
    expect(within(options).queryByText('Đặng Văn Hùng')).toBeNull();
    await waitFor(() => expect(mocked.searchPeople).toHaveBeenCalledWith('ngoc'));

    await user.keyboard('{Enter}');
    const text = screen.getByTestId<HTMLTextAreaElement>('speech-text');
    expect(speaker.value).toBe('Nguyễn Thị Ngọc');
    expect(text).toHaveFocus();
    expect(screen.getByTestId<HTMLInputElement>('speech-time').value).toMatch(/^\d{2}:\d{2}$/);

    await user.keyboard('Nhất trí với báo cáo.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(speaker.value).toBe('');
    expect(text.value).toBe('');
    expect(speaker).toHaveFocus();
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Nhất trí với báo cáo.');
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Nguyễn Thị Ngọc');

    await user.keyboard('dang');
    await user.keyboard('{Tab}');
    await user.keyboard('Đề nghị bổ sung chỉ tiêu.');
    await user.click(screen.getByTestId('speech-commit'));
    await waitFor(() =>
      expect(lastSaved().speeches.map((s) => [s.speaker_id, s.text])).toEqual([
        [1, 'Nhất trí với báo cáo.'],
        [2, 'Đề nghị bổ sung chỉ tiêu.'],
      ]),
    );
  });

  it('saves text typed before a speaker is chosen, then fills in the speaker picked later', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'speeches');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Đề nghị làm rõ kinh phí');
    await waitFor(() =>
      expect(lastSaved().speeches).toEqual([
        { speaker_id: null, time: expect.any(String), text: 'Đề nghị làm rõ kinh phí', agenda_item: null },
      ]),
    );
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Chưa chọn người phát biểu');

    await user.click(screen.getByTestId('speech-speaker'));
    await user.keyboard('ngoc{Enter}');
    await waitFor(() => expect(mocked.searchPeople).toHaveBeenCalledWith('ngoc'));
    expect(screen.getByTestId('speech-text')).toHaveFocus();
    await user.keyboard('.{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(lastSaved().speeches).toEqual([
        { speaker_id: 1, time: expect.any(String), text: 'Đề nghị làm rõ kinh phí.', agenda_item: null },
      ]),
    );
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Nguyễn Thị Ngọc');
  });

  it('stores a speech without a speaker on Ctrl+Enter, and the speaker can be chosen afterwards', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'speeches');
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Ý kiến chưa rõ người nói{Control>}{Enter}{/Control}');
    expect(screen.getByTestId<HTMLTextAreaElement>('speech-text').value).toBe('');
    expect(screen.getByTestId('speech-speaker')).toHaveFocus();
    expect(screen.queryByTestId('speech-capture-error')).toBeNull();
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Chưa chọn người phát biểu');
    await user.click(screen.getByTestId('speech-edit-0'));
    await user.click(screen.getByTestId('speech-edit-speaker-0'));
    await user.keyboard('hung{Enter}');
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Đặng Văn Hùng');
    await waitFor(() =>
      expect(lastSaved().speeches).toEqual([
        { speaker_id: 2, time: expect.any(String), text: 'Ý kiến chưa rõ người nói', agenda_item: null },
      ]),
    );
  });

  it('leaves no empty speech behind when the text is erased before a speaker is chosen', async () => {
    const user = userEvent.setup();
    await openEditor(
      meeting({ speeches: [{ speaker_id: 1, time: '08:10:00', text: 'Ý kiến thứ nhất', agenda_item: null }] }),
      'speeches',
    );
    await user.click(screen.getByTestId('speech-text'));
    await user.keyboard('Nhầm');
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.text)).toEqual(['Ý kiến thứ nhất', 'Nhầm']));
    await user.keyboard('{Backspace>4/}');
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.text)).toEqual(['Ý kiến thứ nhất']));
    expect(screen.queryByTestId('speech-item-1')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByTestId('speech-capture-error')).toHaveTextContent('Chưa có nội dung phát biểu.');
  });

  it('removes a speech that has a speaker but no text when the speeches section is left', async () => {
    const user = userEvent.setup();
    await openEditor(
      meeting({ speeches: [{ speaker_id: 1, time: '08:10:00', text: 'Ý kiến thứ nhất', agenda_item: null }] }),
      'speeches',
    );
    await user.click(screen.getByTestId('speech-speaker'));
    await user.keyboard('hung');
    await user.click(screen.getByTestId('speech-speaker-option-2'));
    await waitFor(() => expect(lastSaved().speeches).toHaveLength(2));
    expect(screen.getByTestId('speech-item-1')).toBeInTheDocument();
    await user.click(screen.getByTestId('tab-votes'));
    await waitFor(() => expect(lastSaved().speeches.map((s) => s.text)).toEqual(['Ý kiến thứ nhất']));
  });

  it('adds a new person typed as "name, position" as the speaker', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'speeches');
    const newcomer = {
      id: 99,
      full_name: 'Bùi Thu Trang',
      position: 'Bí thư Chi bộ 3',
      unit: '',
      member_kind: 'non_member' as const,
    };
    mocked.createPerson.mockResolvedValue(newcomer);
    mocked.listPeople.mockResolvedValue([...people, newcomer]);
    await user.click(screen.getByTestId('speech-speaker'));
    await user.keyboard('Bùi Thu Trang, Bí thư Chi bộ 3');
    await user.click(screen.getByTestId('speech-speaker-new'));
    expect(mocked.createPerson).toHaveBeenCalledWith({
      full_name: 'Bùi Thu Trang',
      position: 'Bí thư Chi bộ 3',
      unit: '',
      member_kind: 'non_member',
    });
    await waitFor(() => expect(screen.getByTestId('speech-text')).toHaveFocus());
    await user.keyboard('Chi bộ 3 hoàn thành chỉ tiêu.{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(lastSaved().speeches).toEqual([
        { speaker_id: 99, time: expect.any(String), text: 'Chi bộ 3 hoàn thành chỉ tiêu.', agenda_item: null },
      ]),
    );
  });

  it('moves a stored speech up and edits its text', async () => {
    const user = userEvent.setup();
    const speeches = [
      { speaker_id: 1, time: '08:10:00', text: 'Ý kiến thứ nhất', agenda_item: null },
      { speaker_id: 2, time: '08:20:00', text: 'Ý kiến thứ hai', agenda_item: null },
    ];
    await openEditor(meeting({ speeches }), 'speeches');
    await user.click(screen.getByTestId('speech-up-1'));
    expect(screen.getByTestId('speech-item-0')).toHaveTextContent('Ý kiến thứ hai');
    await user.click(screen.getByTestId('speech-edit-1'));
    const edit = screen.getByTestId<HTMLTextAreaElement>('speech-edit-text-1');
    await fireEvent.input(edit, { target: { value: 'Ý kiến thứ nhất, đã sửa' } });
    await waitFor(() =>
      expect(lastSaved().speeches.map((s) => s.text)).toEqual(['Ý kiến thứ hai', 'Ý kiến thứ nhất, đã sửa']),
    );
  });
});
