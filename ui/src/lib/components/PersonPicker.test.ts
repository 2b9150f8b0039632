// The person search as the keyboard meets it: the key that ends an input
// method's composition only commits the word; where free text is allowed a
// body's name typed + Enter stays text; absent members are marked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as api from '$lib/api';
import type { Person } from '$lib/api';
import { app } from '$lib/state/app.svelte';
import PersonPicker from './PersonPicker.svelte';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

const directory: Person[] = [
  { id: 1, full_name: 'Trịnh Thị Ngọc Anh', position: 'Ủy viên Ban Thường vụ', unit: '', member_kind: 'official' },
  { id: 2, full_name: 'Phạm Thị Hoa', position: 'Trưởng ban Tuyên giáo', unit: '', member_kind: 'official' },
  { id: 3, full_name: 'Hoàng Văn Nam', position: 'Chánh Văn phòng Đảng ủy', unit: '', member_kind: 'official' },
  { id: 4, full_name: 'Nguyễn Thị Ngọc', position: 'Bí thư Đảng ủy', unit: '', member_kind: 'official' },
];

function renderPicker(props: Record<string, unknown> = {}) {
  app.reset();
  app.people = structuredClone(directory);
  vi.mocked(api).searchPeople.mockResolvedValue([]);
  const onpick = vi.fn();
  const onfree = vi.fn();
  render(PersonPicker, { label: 'Người', testid: 'who', onpick, ...props });
  return { onpick, onfree, input: screen.getByTestId<HTMLInputElement>('who') };
}

/** What WebKitGTK delivers for Telex "Ngocj" + Enter with ibus-unikey. */
async function composeThenEnter(input: HTMLInputElement, word: string) {
  await fireEvent.compositionStart(input);
  await fireEvent.input(input, { target: { value: word } });
  await fireEvent.compositionEnd(input, { data: word });
  // The Enter that ended the composition, passed on as a plain key.
  return fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
}

describe('PersonPicker', () => {
  it('lists the composing word and lets the Enter that ends it pick nobody', async () => {
    const { onpick, input } = renderPicker();
    input.focus();
    await fireEvent.compositionStart(input);
    await fireEvent.input(input, { target: { value: 'Ngọc' } });
    const options = screen.getByTestId('who-options');
    expect(within(options).getAllByRole('option')[0]).toHaveTextContent('Nguyễn Thị Ngọc');
    expect(within(options).getAllByRole('option')[1]).toHaveTextContent('Trịnh Thị Ngọc Anh');
    const blocked = await fireEvent.keyDown(input, { key: 'Enter', keyCode: 229, isComposing: true });
    expect(blocked).toBe(false);
    await fireEvent.compositionEnd(input, { data: 'Ngọc' });
    const endingEnter = await fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    expect(endingEnter).toBe(false);
    expect(onpick).not.toHaveBeenCalled();
    expect(input.value).toBe('Ngọc');

    // A later Enter picks the person the list shows first.
    await new Promise((resolve) => setTimeout(resolve, 60));
    await fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    expect(onpick).toHaveBeenCalledWith(expect.objectContaining({ full_name: 'Nguyễn Thị Ngọc' }));
  });

  it('the Tab that ends a composition stays in the field', async () => {
    const { onpick, input } = renderPicker();
    input.focus();
    await fireEvent.compositionStart(input);
    await fireEvent.input(input, { target: { value: 'Hoa' } });
    await fireEvent.compositionEnd(input, { data: 'Hoa' });
    const tab = await fireEvent.keyDown(input, { key: 'Tab', keyCode: 9 });
    expect(tab).toBe(false);
    expect(onpick).not.toHaveBeenCalled();
  });

  it('puts "hoa" → Phạm Thị Hoa before Hoàng Văn Nam', async () => {
    const user = userEvent.setup();
    const { onpick, input } = renderPicker();
    await user.click(input);
    await user.keyboard('hoa');
    const options = within(screen.getByTestId('who-options')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Phạm Thị Hoa'),
      expect.stringContaining('Hoàng Văn Nam'),
    ]);
    await user.keyboard('{Enter}');
    expect(onpick).toHaveBeenCalledWith(expect.objectContaining({ full_name: 'Phạm Thị Hoa' }));
  });

  it('offers present members first and marks the absent', async () => {
    const user = userEvent.setup();
    const { input } = renderPicker({ absent: [4] });
    await user.click(input);
    await user.keyboard('thi');
    const options = within(screen.getByTestId('who-options')).getAllByRole('option');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Trịnh Thị Ngọc Anh'),
      expect.stringContaining('Phạm Thị Hoa'),
      expect.stringContaining('Nguyễn Thị Ngọc (vắng)'),
    ]);
    expect(screen.getByTestId('who-absent-4')).toHaveTextContent('(vắng)');
  });

  it('keeps a body typed as an assignee rather than a person whose position holds the words', async () => {
    const user = userEvent.setup();
    const onfree = vi.fn();
    const { onpick, input } = renderPicker({ onfree });
    await user.click(input);
    await user.keyboard('Văn phòng Đảng ủy');
    expect(within(screen.getByTestId('who-options')).getByText('Hoàng Văn Nam')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onfree).toHaveBeenCalledWith('Văn phòng Đảng ủy');
    expect(onpick).not.toHaveBeenCalled();

    // A name typed well still picks the person.
    await user.keyboard('hoang van nam{Enter}');
    expect(onpick).toHaveBeenCalledWith(expect.objectContaining({ full_name: 'Hoàng Văn Nam' }));
  });

  it('a composed body name + Enter then Enter keeps the text', async () => {
    const onfree = vi.fn();
    const { onpick, input } = renderPicker({ onfree });
    input.focus();
    await composeThenEnter(input, 'Văn phòng');
    expect(onfree).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    expect(onfree).toHaveBeenCalledWith('Văn phòng');
    expect(onpick).not.toHaveBeenCalled();
  });
});
