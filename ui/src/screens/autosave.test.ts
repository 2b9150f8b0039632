// Autosave of the meeting record: debounce, status texts, failures, and
// Vietnamese IME composition (Telex/VNI through compositionstart…end).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { meeting } from '../test/fixtures';
import { lastSaved, openEditor } from '../test/editor';
import { flushAll, unsavedError } from '$lib/state/autosave.svelte';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function typeTitle(value: string) {
  const title = screen.getByTestId<HTMLInputElement>('meeting-title');
  await fireEvent.input(title, { target: { value } });
  flushSync();
  return title;
}

describe('autosave', () => {
  it('stores the whole meeting 300 ms after the last keystroke and says so', async () => {
    const { mocked } = await openEditor(meeting(), 'general');
    vi.useFakeTimers();
    await typeTitle('Hội nghị tháng 4');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đang lưu…');
    await vi.advanceTimersByTimeAsync(200);
    await typeTitle('Hội nghị tháng 4 mở rộng');
    await vi.advanceTimersByTimeAsync(299);
    expect(mocked.saveMeeting).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(mocked.saveMeeting).toHaveBeenCalledTimes(1);
    const saved = lastSaved();
    expect(saved.title).toBe('Hội nghị tháng 4 mở rộng');
    expect(saved.attendance).toHaveLength(6);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu lúc');
  });

  it('keeps the text and shows the reason when a save fails, then retries', async () => {
    const { mocked } = await openEditor(meeting(), 'general');
    mocked.saveMeeting.mockRejectedValueOnce({ code: 'sqlite', message: 'Không ghi được cơ sở dữ liệu: ổ đĩa đầy.' });
    vi.useFakeTimers();
    const title = await typeTitle('Tiêu đề chưa lưu');
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByTestId('save-status')).toHaveTextContent(
      'Chưa lưu được: Không ghi được cơ sở dữ liệu: ổ đĩa đầy.',
    );
    expect(title.value).toBe('Tiêu đề chưa lưu');
    await vi.advanceTimersByTimeAsync(3000);
    expect(mocked.saveMeeting).toHaveBeenCalledTimes(2);
    expect(lastSaved().title).toBe('Tiêu đề chưa lưu');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu');
  });

  it('flushes a pending change at once when the window closes', async () => {
    const { mocked } = await openEditor(meeting(), 'general');
    vi.useFakeTimers();
    await typeTitle('Gõ xong thì đóng cửa sổ');
    await flushAll();
    expect(mocked.saveMeeting).toHaveBeenCalledTimes(1);
    expect(lastSaved().title).toBe('Gõ xong thì đóng cửa sổ');
    expect(unsavedError()).toBeNull();
  });

  it('reports a change that could not be stored when the window closes', async () => {
    const { mocked } = await openEditor(meeting(), 'general');
    mocked.saveMeeting.mockRejectedValue({ code: 'sqlite', message: 'Cơ sở dữ liệu đang bị khóa.' });
    vi.useFakeTimers();
    await typeTitle('Thay đổi chưa lưu được');
    await flushAll();
    expect(unsavedError()).toBe('Cơ sở dữ liệu đang bị khóa.');
  });

  it('stores steady typing at most a second after each keystroke, without waiting for a pause', async () => {
    const { mocked } = await openEditor(meeting(), 'general');
    vi.useFakeTimers();
    const typed: { at: number; value: string }[] = [];
    let value = '';
    // 8 keys a second for 6 s, never pausing long enough for the 300 ms debounce.
    for (let key = 0; key < 48; key++) {
      value += key % 6 === 5 ? ' ' : 'ạ';
      await typeTitle(value);
      typed.push({ at: key * 125, value });
      await vi.advanceTimersByTimeAsync(125);
    }
    const now = 48 * 125;
    const saves = mocked.saveMeeting.mock.calls.map((call) => (call[0] as { title: string }).title);
    expect(saves.length).toBeGreaterThanOrEqual(5);
    // Everything typed more than a second ago is stored.
    const old = typed.filter((t) => t.at <= now - 1000).at(-1)!;
    expect(saves.at(-1)!.startsWith(old.value)).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByTestId('save-status')).toHaveTextContent(/^Đã lưu lúc \d\d:\d\d:\d\d$/);
    expect(lastSaved().title).toBe(value);
  });

  it('stores what the input method composes within the bound, ignores shortcuts during composition, and the word after compositionend', async () => {
    const { mocked } = await openEditor(meeting(), 'speeches');
    vi.useFakeTimers();
    const speaker = screen.getByTestId<HTMLInputElement>('speech-speaker');
    await fireEvent.input(speaker, { target: { value: 'ngoc' } });
    await fireEvent.click(screen.getByTestId('speech-speaker-option-1'));
    flushSync();
    const text = screen.getByTestId<HTMLTextAreaElement>('speech-text');

    // Telex: "voiws" → "với" passes through "vơi" while the IME composes.
    await fireEvent.compositionStart(text);
    await fireEvent.input(text, { target: { value: 'Đồng ý vơi' }, isComposing: true });
    await fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true, isComposing: true });
    await fireEvent.keyDown(window, { key: '1', code: 'Digit1', altKey: true, isComposing: true });
    flushSync();
    await vi.advanceTimersByTimeAsync(1000);
    // A crash now must not lose the letters: they are stored, the field is untouched.
    expect(lastSaved().speeches).toEqual([
      { speaker_id: 1, time: expect.any(String), text: 'Đồng ý vơi', agenda_item: null },
    ]);
    expect(text.value).toBe('Đồng ý vơi');
    expect(speaker.value).toBe('Nguyễn Thị Ngọc');
    expect(screen.getByTestId('section-speeches')).toBeInTheDocument();

    await fireEvent.input(text, { target: { value: 'Đồng ý với' }, isComposing: true });
    await fireEvent.compositionEnd(text);
    flushSync();
    await vi.advanceTimersByTimeAsync(300);
    expect(mocked.saveMeeting).toHaveBeenCalledTimes(2);
    expect(lastSaved().speeches).toEqual([
      { speaker_id: 1, time: expect.any(String), text: 'Đồng ý với', agenda_item: null },
    ]);
    expect(text.value).toBe('Đồng ý với');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu lúc');
  });
});
