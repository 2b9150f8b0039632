// The resolution's own sections and points, edited beside its legal bases.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { meeting } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

const point = (text: string) => ({ text, sub_points: [], assignees: [], deadline: null, body_first: false });

describe('resolution sections', () => {
  it('adds a section with a point, a sub-point and a deadline, and saves them', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'agenda');
    expect(screen.getByText(/nghị quyết sẽ dùng các nội dung kết luận/)).toBeInTheDocument();
    await user.click(screen.getByTestId('resolution-section-add'));
    expect(screen.getByTestId('resolution-section-title-0')).toHaveFocus();
    expect(screen.getByTestId('resolution-section-0')).toHaveTextContent('Phần I');
    await user.keyboard('Thống nhất thông qua kế hoạch');
    await user.click(screen.getByTestId('resolution-0-item-add'));
    expect(screen.getByTestId('resolution-0-item-text-0')).toHaveFocus();
    await user.keyboard('Giao Văn phòng Đảng ủy hướng dẫn các chi bộ.');
    await user.click(screen.getByTestId('resolution-0-item-add-subpoint-0'));
    await user.keyboard('Tổ chức sinh hoạt chuyên đề');
    await user.type(screen.getByTestId('resolution-0-item-deadline-0'), '30/06/2026');
    await waitFor(() =>
      expect(lastSaved().resolution.sections).toEqual([
        {
          title: 'Thống nhất thông qua kế hoạch',
          items: [
            {
              text: 'Giao Văn phòng Đảng ủy hướng dẫn các chi bộ.',
              sub_points: ['Tổ chức sinh hoạt chuyên đề'],
              assignees: [],
              deadline: '2026-06-30',
              body_first: false,
            },
          ],
        },
      ]),
    );
    // The conclusions are untouched: the resolution now has content of its own.
    expect(lastSaved().conclusions.items).toEqual([]);
  });

  it('reorders and removes sections and points', async () => {
    const user = userEvent.setup();
    const resolution = {
      legal_bases: ['Căn cứ Điều lệ Đảng'],
      sections: [
        { title: 'Phần một', items: [point('Điểm 1'), point('Điểm 2')] },
        { title: 'Phần hai', items: [] },
      ],
    };
    await openEditor(meeting({ resolution }), 'agenda');
    await user.click(screen.getByTestId('resolution-0-item-down-0'));
    await user.click(screen.getByTestId('resolution-section-up-1'));
    expect(screen.getByTestId<HTMLInputElement>('resolution-section-title-0').value).toBe('Phần hai');
    await waitFor(() =>
      expect(lastSaved().resolution.sections).toEqual([
        { title: 'Phần hai', items: [] },
        { title: 'Phần một', items: [point('Điểm 2'), point('Điểm 1')] },
      ]),
    );
    await user.click(screen.getByTestId('resolution-1-item-remove-0'));
    await user.click(screen.getByTestId('resolution-section-remove-0'));
    await waitFor(() =>
      expect(lastSaved().resolution).toEqual({
        legal_bases: ['Căn cứ Điều lệ Đảng'],
        sections: [{ title: 'Phần một', items: [point('Điểm 1')] }],
      }),
    );
  });
});
