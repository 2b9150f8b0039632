// Votes with the majority check, and exporting through the save dialog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { meeting, vote } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

describe('votes', () => {
  it('says "Thông qua" only with more than half of the members convened in favour', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ members_convened: 9 }), 'votes');
    await user.click(screen.getByTestId('vote-add'));
    expect(screen.getByTestId('vote-question-0')).toHaveFocus();
    await user.keyboard('Thông qua Nghị quyết quý II');
    await fireEvent.input(screen.getByTestId('vote-for-0'), { target: { value: '4' } });
    expect(screen.getByTestId('vote-result-0')).toHaveAttribute('data-passed', 'false');
    expect(screen.getByTestId('vote-result-0')).toHaveTextContent('Chưa đủ đa số: cần nhiều hơn 4,5 phiếu tán thành');
    await fireEvent.input(screen.getByTestId('vote-for-0'), { target: { value: '5' } });
    expect(screen.getByTestId('vote-result-0')).toHaveAttribute('data-passed', 'true');
    expect(screen.getByTestId('vote-result-0')).toHaveTextContent('Thông qua');
    await waitFor(() =>
      expect(lastSaved().votes).toEqual([vote({ question: 'Thông qua Nghị quyết quý II', votes_for: 5 })]),
    );
  });

  it('ignores an emptied count instead of sending null to the backend', async () => {
    await openEditor(meeting({ votes: [vote({ question: 'Q', method: 'ballot', votes_for: 6 })] }), 'votes');
    await fireEvent.input(screen.getByTestId('vote-against-0'), { target: { value: '' } });
    await fireEvent.input(screen.getByTestId('vote-against-0'), { target: { value: '1' } });
    await waitFor(() => expect(lastSaved().votes[0].votes_against).toBe(1));
  });
});

describe('export', () => {
  it('stores pending edits, asks where to save, exports with the proposed number and offers to open the file', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'export');
    mocked.checkMeeting.mockResolvedValue([{ code: 'no_minute_taker', message: 'Chưa chọn thư ký hội nghị.' }]);
    mocked.chooseSavePath.mockResolvedValue('/home/vanphong/Biên bản số 05.docx');
    mocked.exportDocument.mockImplementation(async (_id, _kind, _n, path) => path);
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('export-number-minutes').value).toBe('5'));
    await waitFor(() => expect(screen.getByTestId('export-warnings')).toHaveTextContent('Chưa chọn thư ký hội nghị.'));

    await user.click(screen.getByTestId('export-minutes'));
    await waitFor(() => expect(mocked.exportDocument).toHaveBeenCalledTimes(1));
    // The core names the file (valid on Windows); the dialog proposes that name.
    expect(mocked.suggestedFileName).toHaveBeenCalledWith(42, 'minutes', 5);
    expect(mocked.chooseSavePath).toHaveBeenCalledWith('Biên bản số 05 ngày 15-03-2026.docx', 'Văn bản Word');
    expect(mocked.exportDocument).toHaveBeenCalledWith(42, 'minutes', 5, '/home/vanphong/Biên bản số 05.docx');
    expect(mocked.chooseSavePath.mock.invocationCallOrder[0]).toBeLessThan(
      mocked.exportDocument.mock.invocationCallOrder[0],
    );
    expect(await screen.findByTestId('export-result')).toHaveTextContent('/home/vanphong/Biên bản số 05.docx');

    await user.click(screen.getByTestId('export-open-minutes'));
    expect(mocked.openFile).toHaveBeenCalledWith('/home/vanphong/Biên bản số 05.docx');
  });

  it('uses the number the user typed and does nothing when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'export');
    mocked.chooseSavePath.mockResolvedValueOnce(null).mockResolvedValueOnce('/tmp/nq.docx');
    mocked.exportDocument.mockResolvedValue('/tmp/nq.docx');
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('export-number-resolution').value).toBe('5'));
    await user.click(screen.getByTestId('export-resolution'));
    await waitFor(() => expect(mocked.chooseSavePath).toHaveBeenCalledTimes(1));
    expect(mocked.exportDocument).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('export-number-resolution'));
    await user.type(screen.getByTestId('export-number-resolution'), '12');
    // The number line is the core's wording of the typed number, not rebuilt in the UI.
    await waitFor(() => expect(screen.getByTestId('export-preview-resolution')).toHaveTextContent('Số 12-NQ/ĐU'));
    expect(mocked.numberLine).toHaveBeenCalledWith(42, 'resolution', 12);
    await user.click(screen.getByTestId('export-resolution'));
    await waitFor(() => expect(mocked.exportDocument).toHaveBeenCalledWith(42, 'resolution', 12, '/tmp/nq.docx'));
  });

  it('shows the backend message when the number is taken', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'export');
    mocked.chooseSavePath.mockResolvedValue('/tmp/tb.docx');
    mocked.exportDocument.mockRejectedValue({
      code: 'conflict',
      message: 'Số 05 đã cấp cho hội nghị khác trong nhiệm kỳ.',
    });
    await user.click(screen.getByTestId('export-notice'));
    expect(await screen.findByTestId('export-error-notice')).toHaveTextContent(
      'Số 05 đã cấp cho hội nghị khác trong nhiệm kỳ.',
    );
  });

  it('exports into the end-to-end folder without the dialog when the test build reports one', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'export');
    mocked.e2eExportDir.mockResolvedValue('/tmp/e2e-out');
    mocked.exportDocument.mockImplementation(async (_id, _kind, _n, path) => path);
    await user.click(screen.getByTestId('export-minutes'));
    await waitFor(() =>
      expect(mocked.exportDocument).toHaveBeenCalledWith(
        42,
        'minutes',
        5,
        '/tmp/e2e-out/Biên bản số 05 ngày 15-03-2026.docx',
      ),
    );
    expect(mocked.chooseSavePath).not.toHaveBeenCalled();
  });
});
