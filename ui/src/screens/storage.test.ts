// Settings → "Dữ liệu và sao lưu": the paths shown and "Sao lưu ngay".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as api from '$lib/api';
import { app } from '$lib/state/app.svelte';
import Settings from './Settings.svelte';
import { formatProfile, organisation } from '../test/fixtures';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));
const mocked = vi.mocked(api);

const info = {
  database: '/home/van-phong/.local/share/bienban/bienban.sqlite3',
  backups_dir: '/home/van-phong/.local/share/bienban/backups',
  newest_backup: '/home/van-phong/.local/share/bienban/backups/bienban-20260315-143000-123.sqlite3',
  last_error: null,
  read_only: false,
};

beforeEach(() => {
  app.reset();
  mocked.getOrganisation.mockResolvedValue(organisation());
  mocked.getFormatProfile.mockResolvedValue(formatProfile());
  mocked.storageInfo.mockResolvedValue(structuredClone(info));
});
afterEach(cleanup);

describe('data and backups', () => {
  it('shows where the data and the backups are', async () => {
    render(Settings);
    expect(await screen.findByTestId('storage-database')).toHaveTextContent(info.database);
    expect(screen.getByTestId('storage-backups-dir')).toHaveTextContent(info.backups_dir);
    expect(screen.getByTestId('storage-newest-backup')).toHaveTextContent('bienban-20260315-143000-123.sqlite3');
    expect(screen.queryByTestId('storage-read-only')).toBeNull();
  });

  it('backs up into the folder the user picks and says where', async () => {
    const user = userEvent.setup();
    mocked.chooseFolder.mockResolvedValue('/media/usb');
    mocked.backupNow.mockResolvedValue('/media/usb/bienban-20260315-150000-000.sqlite3');
    render(Settings);
    await user.click(await screen.findByTestId('storage-backup-now'));
    expect(mocked.backupNow).toHaveBeenCalledWith('/media/usb');
    expect(await screen.findByTestId('storage-status')).toHaveTextContent(
      'Đã sao lưu vào /media/usb/bienban-20260315-150000-000.sqlite3',
    );
  });

  it('does nothing when the folder dialog is cancelled, and shows a failure in Vietnamese', async () => {
    const user = userEvent.setup();
    mocked.chooseFolder.mockResolvedValueOnce(null);
    render(Settings);
    await user.click(await screen.findByTestId('storage-backup-now'));
    expect(mocked.backupNow).not.toHaveBeenCalled();

    mocked.chooseFolder.mockResolvedValueOnce('/media/usb');
    mocked.backupNow.mockRejectedValueOnce({
      code: 'backup',
      message: 'Không ghi được bản sao lưu «/media/usb»: ổ đĩa đã đầy.',
    });
    await user.click(screen.getByTestId('storage-backup-now'));
    expect(await screen.findByTestId('storage-error')).toHaveTextContent(
      'Không sao lưu được: Không ghi được bản sao lưu «/media/usb»: ổ đĩa đã đầy.',
    );
  });

  it('says when the data file is read-only', async () => {
    mocked.storageInfo.mockResolvedValue({ ...info, read_only: true, newest_backup: null });
    render(Settings);
    expect(await screen.findByTestId('storage-read-only')).toHaveTextContent('chỉ đọc');
    expect(screen.getByTestId('storage-newest-backup')).toHaveTextContent('Chưa có bản sao lưu nào.');
  });
});
