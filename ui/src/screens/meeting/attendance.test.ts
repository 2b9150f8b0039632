// Attendance: one key per member, counts and the quorum warning, guests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { attendee, meeting, people } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

describe('attendance', () => {
  it('marks present, absent and late with C, V, M and updates the counts and the quorum warning', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'attendance');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 6/6');
    expect(screen.queryByTestId('quorum-warning')).toBeNull();

    screen.getByTestId('attendance-row-1').focus();
    await user.keyboard('v');
    expect(screen.getByTestId('attendance-row-1')).toHaveAttribute('data-status', 'absent');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 5/6');
    // V moves to the reason; Enter goes on to the next member.
    expect(screen.getByTestId('attendance-reason-1')).toHaveFocus();
    await user.keyboard('Đi công tác{Enter}');
    expect(screen.getByTestId('attendance-row-2')).toHaveFocus();

    await user.keyboard('m');
    expect(screen.getByTestId('attendance-row-2')).toHaveAttribute('data-status', 'late');
    expect(screen.getByTestId<HTMLInputElement>('attendance-arrival-2').value).toMatch(/^\d{2}:\d{2}$/);
    // Late members count as present.
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 5/6');
    expect(screen.getByTestId('attendance-row-3')).toHaveFocus();

    await user.keyboard('v');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('attendance-row-3')).toHaveFocus();
    await user.keyboard('{ArrowDown}v');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 3/6');
    expect(screen.getByTestId('quorum-warning')).toHaveTextContent('cần ít nhất 4 người có mặt');

    screen.getByTestId('attendance-row-4').focus();
    await user.keyboard('c');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 4/6');
    expect(screen.queryByTestId('quorum-warning')).toBeNull();

    await waitFor(() => {
      const saved = lastSaved().attendance;
      expect(saved.find((a) => a.person_id === 1)).toMatchObject({ status: 'absent', reason: 'Đi công tác' });
      expect(saved.find((a) => a.person_id === 2)?.status).toBe('late');
      expect(saved.find((a) => a.person_id === 4)?.status).toBe('present');
    });
  });

  it('does not treat letters typed in the reason as commands, and "Tất cả có mặt" resets everyone', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'attendance');
    await user.click(screen.getByTestId('attendance-absent-5'));
    await user.click(screen.getByTestId('attendance-reason-5'));
    await user.keyboard('mvc');
    expect(screen.getByTestId('attendance-row-5')).toHaveAttribute('data-status', 'absent');
    expect(screen.getByTestId<HTMLInputElement>('attendance-reason-5').value).toBe('mvc');
    await user.click(screen.getByTestId('attendance-all-present'));
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 6/6');
    expect(screen.getByTestId('attendance-row-5')).toHaveAttribute('data-status', 'present');
  });

  it('adds a new guest by name, position and unit without counting them as a member', async () => {
    const user = userEvent.setup();
    const { mocked } = await openEditor(meeting(), 'attendance');
    const guest = {
      id: 50,
      full_name: 'Đỗ Thanh Tâm',
      position: 'Chuyên viên',
      unit: 'Ban Tổ chức Thành ủy',
      member_kind: 'non_member' as const,
    };
    mocked.createPerson.mockResolvedValue(guest);
    mocked.listPeople.mockResolvedValue([...people, guest]);
    await user.click(screen.getByTestId('guest-name'));
    await user.keyboard('Đỗ Thanh Tâm');
    await user.type(screen.getByTestId('guest-position'), 'Chuyên viên');
    await user.type(screen.getByTestId('guest-unit'), 'Ban Tổ chức Thành ủy');
    await user.click(screen.getByTestId('guest-add'));
    await waitFor(() => expect(screen.getByTestId('guest-row-50')).toHaveTextContent('Đỗ Thanh Tâm'));
    expect(mocked.createPerson).toHaveBeenCalledWith({
      full_name: 'Đỗ Thanh Tâm',
      position: 'Chuyên viên',
      unit: 'Ban Tổ chức Thành ủy',
      member_kind: 'non_member',
    });
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 6/6');
    await waitFor(() => expect(lastSaved().attendance).toContainEqual(attendee(50, { role: 'guest' })));
  });

  it('keeps the number convened equal to the roster while members are removed and added one at a time', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'attendance');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 6/6');
    await user.click(screen.getByTestId('attendance-remove-6'));
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 5/5');
    await user.click(screen.getByTestId('attendance-remove-5'));
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 4/4');
    await user.click(screen.getByTestId('member-add'));
    await user.keyboard('Phạm Quốc');
    await user.click(await screen.findByTestId('member-add-option-5'));
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 5/5');
    expect(screen.queryByTestId('convened-differs')).toBeNull();
    await waitFor(() => expect(lastSaved()).toMatchObject({ members_convened: 5 }));
    expect(lastSaved().attendance.filter((a) => a.role === 'member')).toHaveLength(5);
  });

  it('says the number convened differs from the roster, and never calls 0/0 a quorum', async () => {
    await openEditor(meeting({ members_convened: 9 }), 'attendance');
    expect(screen.getByTestId('convened-differs')).toHaveTextContent(
      'Số thành viên được triệu tập (9, mục Thông tin chung) khác số thành viên trong danh sách điểm danh (6).',
    );
    cleanup();
    await openEditor(meeting({ members_convened: 0, attendance: [] }), 'attendance');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 0/0');
    expect(screen.getByTestId('quorum-warning')).toHaveTextContent('Chưa có thành viên được triệu tập');
    expect(screen.queryByTestId('quorum-ok')).toBeNull();
  });

  it('sets a guest as the superior leader who attends and directs, and back', async () => {
    const user = userEvent.setup();
    const leader = attendee(5, { role: 'guest' });
    const base = meeting();
    await openEditor(
      meeting({ attendance: [...base.attendance.filter((a) => a.person_id !== 5), leader] }),
      'attendance',
    );
    await user.selectOptions(screen.getByTestId('attendance-role-5'), 'Lãnh đạo cấp trên dự và chỉ đạo');
    await waitFor(() => expect(lastSaved().attendance).toContainEqual({ ...leader, role: 'superior_leader' }));
    expect(screen.getByTestId('guest-row-5')).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('attendance-role-5'), 'Khách mời');
    await waitFor(() => expect(lastSaved().attendance).toContainEqual(leader));
  });
});
