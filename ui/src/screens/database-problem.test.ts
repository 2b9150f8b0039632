// A damaged database at start-up: the start-up check's message, the newest
// good backup offered, and the restore asked of the backend.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as api from '$lib/api';
import { app } from '$lib/state/app.svelte';
import App from '../App.svelte';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));
const mocked = vi.mocked(api);

const backup = '/home/thu-ky/.local/share/bienban/backups/bienban-20261201-171500-000.sqlite3';
const message = `Cơ sở dữ liệu bị hỏng. Bản sao lưu tốt gần nhất: ${backup}.`;

beforeEach(() => {
  app.reset();
  mocked.onWindowClose.mockResolvedValue(undefined);
});
afterEach(cleanup);

describe('a database that cannot be opened', () => {
  it('shows why and restores the newest good backup when asked', async () => {
    const user = userEvent.setup();
    mocked.databaseProblem.mockResolvedValue({ message, backup });
    mocked.restoreOfferedBackup.mockReturnValue(new Promise(() => {}));
    render(App);
    expect(await screen.findByTestId('database-problem-message')).toHaveTextContent(message);
    expect(mocked.getOrganisation).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('database-restore'));
    expect(mocked.restoreOfferedBackup).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('database-restoring')).toHaveTextContent('ứng dụng sẽ tự khởi động lại');
  });

  it('says a refused restore in Vietnamese and offers nothing when there is no good backup', async () => {
    const user = userEvent.setup();
    mocked.databaseProblem.mockResolvedValue({ message, backup });
    mocked.restoreOfferedBackup.mockRejectedValue({
      code: 'not_a_database',
      message: 'Tệp này không phải cơ sở dữ liệu của Biên bản.',
    });
    render(App);
    await user.click(await screen.findByTestId('database-restore'));
    expect(await screen.findByTestId('database-restore-error')).toHaveTextContent(
      'Tệp này không phải cơ sở dữ liệu của Biên bản.',
    );
    cleanup();
    app.reset();
    mocked.databaseProblem.mockResolvedValue({ message: 'Cơ sở dữ liệu bị hỏng.', backup: null });
    render(App);
    await screen.findByTestId('database-problem');
    expect(screen.queryByTestId('database-restore')).toBeNull();
  });
});
