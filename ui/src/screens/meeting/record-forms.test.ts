// The record v2 forms: roles, leaving early and sites in the attendance
// list; online sites with headcounts, the read-back line and a signer of
// several authority lines; the vote form that follows the method (ballot
// count, election, reserved opinions); lead and supporting assignees.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { meeting, vote } from '../../test/fixtures';
import { lastSaved, openEditor } from '../../test/editor';

vi.mock('$lib/api', async (orig) => (await import('../../test/api-mock')).mockModule(await orig()));

afterEach(() => cleanup());

const agenda = [
  { title: 'Báo cáo kết quả quý I', presenter_id: null, documents: [] },
  { title: 'Công tác cán bộ', presenter_id: null, documents: [] },
];

describe('attendance roles, leaving early and sites', () => {
  it('records a member who leaves early with R: time, reason and the first item missed', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ agenda: structuredClone(agenda) }), 'attendance');
    screen.getByTestId('attendance-row-4').focus();
    await user.keyboard('r');
    expect(screen.getByTestId('attendance-leave-reason-4')).toHaveFocus();
    expect(screen.getByTestId<HTMLInputElement>('attendance-leave-time-4').value).toMatch(/^\d{2}:\d{2}$/);
    await user.keyboard('Đi công tác');
    await user.selectOptions(screen.getByTestId('attendance-leave-item-4'), '2. Công tác cán bộ');
    await fireEvent.input(screen.getByTestId('attendance-leave-time-4'), { target: { value: '10:15' } });
    await fireEvent.blur(screen.getByTestId('attendance-leave-time-4'));
    await waitFor(() =>
      expect(lastSaved().attendance.find((a) => a.person_id === 4)?.departure).toEqual({
        time: '10:15:00',
        reason: 'Đi công tác',
        before_item: 1,
      }),
    );
    // Leaving early is not an absence: still counted present.
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 6/6');
    await user.click(screen.getByTestId('attendance-stayed-4'));
    await waitFor(() => expect(lastSaved().attendance.find((a) => a.person_id === 4)?.departure).toBeNull());
    // Marked absent after all: the departure goes with it.
    screen.getByTestId('attendance-row-4').focus();
    await user.keyboard('r');
    expect(screen.getByTestId('attendance-departure-4')).toBeInTheDocument();
    screen.getByTestId('attendance-row-4').focus();
    await user.keyboard('v');
    expect(screen.queryByTestId('attendance-departure-4')).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>('attendance-leave-4').disabled).toBe(true);
  });

  it('sets a delegate with the category attended by, and a member who is in fact a guest leaves the members', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'attendance');
    await user.selectOptions(screen.getByTestId('attendance-role-5'), 'Đại biểu theo thành phần');
    expect(screen.getByTestId('guest-row-5')).toBeInTheDocument();
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('Có mặt 5/5');
    await user.click(screen.getByTestId('attendance-category-5'));
    await user.keyboard('Bí thư các chi bộ trực thuộc');
    await waitFor(() =>
      expect(lastSaved().attendance.find((a) => a.person_id === 5)).toMatchObject({
        role: 'delegate',
        category: 'Bí thư các chi bộ trực thuộc',
      }),
    );
    expect(lastSaved().members_convened).toBe(5);
  });

  it('adds a guest as a superior leader straight from the form', async () => {
    const user = userEvent.setup();
    const base = meeting();
    await openEditor(meeting({ attendance: base.attendance.filter((a) => a.person_id !== 7) }), 'attendance');
    await user.selectOptions(screen.getByTestId('guest-role'), 'Lãnh đạo cấp trên dự và chỉ đạo');
    await user.click(screen.getByTestId('guest-name'));
    await user.keyboard('nam');
    await user.click(screen.getByTestId('guest-name-option-7'));
    await waitFor(() => expect(lastSaved().attendance.find((a) => a.person_id === 7)?.role).toBe('superior_leader'));
  });

  it('says from which online site each person joined', async () => {
    const user = userEvent.setup();
    await openEditor(
      meeting({
        kind: 'online',
        online_sites: [
          { name: 'Nhà văn hóa Tổ dân phố số 1', participants: 25 },
          { name: 'Trường Tiểu học Phúc Đồng', participants: 40 },
        ],
      }),
      'attendance',
    );
    await user.selectOptions(screen.getByTestId('attendance-site-3'), 'Trường Tiểu học Phúc Đồng');
    await waitFor(() => expect(lastSaved().attendance.find((a) => a.person_id === 3)?.site).toBe(1));
    expect(screen.getByTestId<HTMLSelectElement>('attendance-site-1').value).toBe('');
  });
});

describe('general: online sites, read-back, signer', () => {
  it('records sites with headcounts; removing a site sends its people back to the main site', async () => {
    const user = userEvent.setup();
    const record = meeting({ kind: 'online' });
    record.attendance[1].site = 1;
    record.attendance[2].site = 0;
    record.online_sites = [
      { name: 'Điểm cầu A', participants: 10 },
      { name: 'Điểm cầu B', participants: 12 },
    ];
    await openEditor(record, 'general');
    await user.click(screen.getByTestId('meeting-site-add'));
    expect(screen.getByTestId('meeting-site-name-2')).toHaveFocus();
    await user.keyboard('Nhà văn hóa Tổ dân phố số 7');
    await fireEvent.input(screen.getByTestId('meeting-site-count-2'), { target: { value: '32' } });
    await user.click(screen.getByTestId('meeting-site-remove-0'));
    await waitFor(() =>
      expect(lastSaved().online_sites).toEqual([
        { name: 'Điểm cầu B', participants: 12 },
        { name: 'Nhà văn hóa Tổ dân phố số 7', participants: 32 },
      ]),
    );
    expect(lastSaved().attendance.map((a) => a.site)).toEqual([null, 0, null, null, null, null]);
  });

  it('records the read-back line and a signer authority of two lines', async () => {
    const user = userEvent.setup();
    await openEditor(meeting(), 'general');
    await user.click(screen.getByLabelText('Biên bản đã được đọc lại và thông qua'));
    const authority = screen.getByTestId<HTMLTextAreaElement>('meeting-signer-authority');
    await user.clear(authority);
    await user.type(authority, 'T/M BAN THƯỜNG VỤ{Enter}K/T BÍ THƯ');
    await waitFor(() => {
      expect(lastSaved().read_back).toBe(true);
      expect(lastSaved().signer?.authority).toBe('T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ');
    });
  });
});

describe('the vote form follows the method', () => {
  it('a secret ballot asks for the ballot count and checks it against the tally', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ votes: [vote()] }), 'votes');
    expect(screen.queryByTestId('vote-ballots-0')).toBeNull();
    await user.selectOptions(screen.getByTestId('vote-method-0'), 'Bỏ phiếu kín');
    expect(screen.getByTestId('vote-ballots-0')).toBeInTheDocument();
    expect(screen.queryByTestId('vote-all-for-0')).toBeNull();
    for (const [field, n] of [
      ['issued', '6'],
      ['returned', '6'],
      ['valid', '5'],
      ['invalid', '1'],
      ['for', '4'],
      ['against', '1'],
    ] as const) {
      await fireEvent.input(screen.getByTestId(`vote-${field}-0`), { target: { value: n } });
    }
    await waitFor(() =>
      expect(lastSaved().votes[0]).toMatchObject({
        method: 'ballot',
        ballots: { issued: 6, returned: 6, valid: 5, invalid: 1 },
        votes_for: 4,
        votes_against: 1,
      }),
    );
    expect(screen.queryByTestId('vote-ballot-warning-0')).toBeNull();
    await fireEvent.input(screen.getByTestId('vote-valid-0'), { target: { value: '6' } });
    const warnings = screen.getAllByTestId('vote-ballot-warning-0').map((p) => p.textContent);
    expect(warnings).toContain('Số phiếu hợp lệ và không hợp lệ (6 + 1) khác số phiếu thu về (6).');
    expect(warnings).toContain('Tổng số phiếu tán thành, không tán thành và ý kiến khác (5) khác số phiếu hợp lệ (6).');
    // Back to a show of hands: no ballot count is kept.
    await user.selectOptions(screen.getByTestId('vote-method-0'), 'Giơ tay');
    await waitFor(() => expect(lastSaved().votes[0].ballots).toBeNull());
  });

  it('an election records each candidate with votes and elected', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ votes: [vote({ question: 'Bầu Bí thư Chi bộ' })] }), 'votes');
    await user.selectOptions(screen.getByTestId('vote-method-0'), 'Bầu cử (bỏ phiếu kín)');
    expect(screen.queryByTestId('vote-for-0')).toBeNull();
    expect(screen.queryByTestId('vote-result-0')).toBeNull();
    await fireEvent.input(screen.getByTestId('vote-valid-0'), { target: { value: '6' } });
    await user.click(screen.getByTestId('vote-candidate-add-0'));
    await user.keyboard('hung');
    await user.click(screen.getByTestId('vote-candidate-add-0-option-2'));
    expect(screen.getByTestId('vote-candidate-votes-0-0')).toHaveFocus();
    await fireEvent.input(screen.getByTestId('vote-candidate-votes-0-0'), { target: { value: '5' } });
    await user.click(screen.getByTestId('vote-candidate-elected-0-0'));
    await user.click(screen.getByTestId('vote-candidate-add-0'));
    await user.keyboard('hoa');
    await user.click(screen.getByTestId('vote-candidate-add-0-option-4'));
    await fireEvent.input(screen.getByTestId('vote-candidate-votes-0-1'), { target: { value: '1' } });
    expect(within(screen.getByTestId('vote-candidate-0-0')).getByText(/83,33% số phiếu hợp lệ/)).toBeInTheDocument();
    await waitFor(() =>
      expect(lastSaved().votes[0]).toMatchObject({
        method: 'election',
        ballots: { issued: 0, returned: 0, valid: 6, invalid: 0 },
        candidates: [
          { person_id: 2, votes: 5, elected: true },
          { person_id: 4, votes: 1, elected: false },
        ],
      }),
    );
  });

  it('records a reserved opinion after a vote', async () => {
    const user = userEvent.setup();
    await openEditor(meeting({ votes: [vote({ votes_for: 5, votes_against: 1 })] }), 'votes');
    await user.click(screen.getByTestId('vote-reserved-add-0'));
    await user.keyboard('bao');
    await user.click(screen.getByTestId('vote-reserved-add-0-option-5'));
    expect(screen.getByTestId('vote-reserved-text-0-0')).toHaveFocus();
    await user.keyboard('về chỉ tiêu 40%');
    await waitFor(() =>
      expect(lastSaved().votes[0].reserved_opinions).toEqual([{ person_id: 5, text: 'về chỉ tiêu 40%' }]),
    );
    expect(screen.getByTestId('vote-reserved-0-0')).toHaveTextContent('Phạm Quốc Bảo');
  });
});

describe('conclusion assignees', () => {
  it('names the lead (chủ trì) and the supporting assignees, and the body-first form', async () => {
    const user = userEvent.setup();
    const item = {
      text: 'lãnh đạo, chỉ đạo tổ chức Đại hội chi bộ',
      sub_points: [],
      assignees: [
        { kind: 'body' as const, name: 'Văn phòng Đảng ủy' },
        { kind: 'body' as const, name: 'Ban Thường vụ Đảng ủy' },
        { kind: 'person' as const, person_id: 4 },
      ],
      deadline: null,
      body_first: false,
    };
    await openEditor(meeting({ conclusions: { concluded_by: 1, intro: '', items: [item] } }), 'conclusions');
    expect(screen.getByTestId('conclusion-assignee-chip-0-0')).toHaveTextContent('Chủ trì: Văn phòng Đảng ủy');
    expect(screen.getByTestId('conclusion-assignee-chip-0-2')).toHaveTextContent('Phối hợp: Lê Thị Hoa');
    await user.click(screen.getByTestId('conclusion-assignee-lead-0-1'));
    expect(screen.getByTestId('conclusion-assignee-chip-0-0')).toHaveTextContent('Chủ trì: Ban Thường vụ Đảng ủy');
    await user.click(screen.getByTestId('conclusion-body-first-0'));
    await fireEvent.input(screen.getByTestId('conclusion-deadline-0'), { target: { value: '30/06/2026' } });
    await fireEvent.blur(screen.getByTestId('conclusion-deadline-0'));
    await waitFor(() =>
      expect(lastSaved().conclusions.items[0]).toEqual({
        ...item,
        assignees: [
          { kind: 'body', name: 'Ban Thường vụ Đảng ủy' },
          { kind: 'body', name: 'Văn phòng Đảng ủy' },
          { kind: 'person', person_id: 4 },
        ],
        deadline: '2026-06-30',
        body_first: true,
      }),
    );
  });
});
