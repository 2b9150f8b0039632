// Conclusions with sub-points, assignees and deadline; moving between
// sections with the keyboard.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { meeting } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

describe('conclusions', () => {
  it('presets the chair as the one who concludes', async () => {
    const record = meeting();
    record.conclusions.concluded_by = null;
    record.chair_ids = [2];
    await openEditor(record, 'conclusions');
    expect(screen.getByTestId<HTMLSelectElement>('conclusion-by').value).toBe('2');
    await waitFor(() => expect(lastSaved().conclusions.concluded_by).toBe(2));
  });

  it('records a numbered item with a sub-point, a body and a person as assignees, and a deadline', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'conclusions');
    await user.click(screen.getByTestId('conclusion-add'));
    expect(screen.getByTestId('conclusion-text-0')).toHaveFocus();
    await user.keyboard('Các chi bộ rà soát quy chế làm việc.');
    await user.click(screen.getByTestId('conclusion-add-subpoint-0'));
    await user.keyboard('Hoàn thành trước Đại hội');
    await user.click(screen.getByTestId('conclusion-assignee-0'));
    await user.keyboard('Văn phòng Đảng ủy');
    await user.click(screen.getByTestId('conclusion-assignee-0-free'));
    await user.keyboard('hoa');
    await user.click(screen.getByTestId('conclusion-assignee-0-option-4'));
    await user.type(screen.getByTestId('conclusion-deadline-0'), '30/04/2026');
    expect(screen.getByTestId('conclusion-assignee-chip-0-1')).toHaveTextContent('Lê Thị Hoa');
    await waitFor(() =>
      expect(lastSaved().conclusions.items).toEqual([
        {
          text: 'Các chi bộ rà soát quy chế làm việc.',
          sub_points: ['Hoàn thành trước Đại hội'],
          assignees: [
            { kind: 'body', name: 'Văn phòng Đảng ủy' },
            { kind: 'person', person_id: 4 },
          ],
          deadline: '2026-04-30',
          body_first: false,
        },
      ]),
    );
  });
});

describe('sections', () => {
  it('moves between sections with Alt+digit and Ctrl+PageDown, focusing the first field', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'general');
    await user.keyboard('{Alt>}4{/Alt}');
    expect(screen.getByTestId('section-speeches')).toBeInTheDocument();
    expect(screen.getByTestId('speech-speaker')).toHaveFocus();
    await user.keyboard('{Control>}{PageUp}{/Control}');
    expect(screen.getByTestId('section-agenda')).toBeInTheDocument();
    await user.keyboard('{Control>}{PageUp}{PageUp}{/Control}');
    expect(screen.getByTestId('section-general')).toBeInTheDocument();
    await user.keyboard('{Control>}{PageUp}{/Control}');
    expect(screen.getByTestId('section-export')).toBeInTheDocument();
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByTestId('attendance-row-1')).toHaveFocus();
  });
});
