// First start, the meetings list, the people directory and Settings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as api from '$lib/api';
import type { MeetingFilter, MeetingSummary } from '$lib/api';
import { app } from '$lib/state/app.svelte';
import App from '../App.svelte';
import Meetings from './Meetings.svelte';
import People from './People.svelte';
import Settings from './Settings.svelte';
import { formatProfile, meeting, organisation, people } from '../test/fixtures';

vi.mock('$lib/api', async (orig) => (await import('../test/api-mock')).mockModule(await orig()));
const mocked = vi.mocked(api);

beforeEach(() => {
  app.reset();
  mocked.listPeople.mockResolvedValue(structuredClone(people));
  mocked.getFormatProfile.mockResolvedValue(formatProfile());
  mocked.searchPeople.mockResolvedValue([]);
  mocked.onWindowClose.mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('first start', () => {
  it('asks for the organisation when there is none and saves the profile with its defaults', async () => {
    const user = userEvent.setup();
    mocked.getOrganisation.mockResolvedValue(null);
    mocked.saveOrganisation.mockResolvedValue(undefined);
    mocked.listMeetings.mockResolvedValue([]);
    render(App);
    const issuing = await screen.findByTestId('org-issuing-body');
    expect(screen.getByTestId<HTMLInputElement>('org-issuer-code').value).toBe('ĐU');

    await user.click(screen.getByTestId('org-save'));
    expect(screen.getByTestId('org-error')).toHaveTextContent('Cần nhập tên cơ quan ban hành');
    expect(mocked.saveOrganisation).not.toHaveBeenCalled();

    // The name is typed as in a sentence; the core derives the header capitals on save.
    await user.type(screen.getByTestId('org-issuing-body-name'), 'Đảng ủy phường Phúc Đồng');
    expect(issuing).toHaveValue('');
    await user.type(screen.getByTestId('org-place-name'), 'Long Biên');
    await user.type(screen.getByTestId('org-signer-name-0'), 'Phan Việt Hưng');
    await user.clear(screen.getByTestId('org-term-start'));
    await user.type(screen.getByTestId('org-term-start'), '20/08/2025');
    await user.click(screen.getByTestId('org-save'));

    await waitFor(() => expect(mocked.saveOrganisation).toHaveBeenCalledTimes(1));
    expect(mocked.saveOrganisation.mock.calls[0][0]).toEqual({
      superior_body: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'],
      superior_body_name: ['Đảng bộ thành phố Hà Nội'],
      issuing_body: '',
      issuing_body_name: 'Đảng ủy phường Phúc Đồng',
      issuer_code: 'ĐU',
      place_name: 'Long Biên',
      signers: [{ authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Phan Việt Hưng' }],
      recipients: [
        'Ban Thường vụ Thành ủy (để báo cáo)',
        'Các đồng chí Ủy viên Ban Chấp hành',
        'Các chi bộ trực thuộc',
        'Lưu Văn phòng Đảng ủy',
      ],
      format_profile: 'HD36-2018',
      term_start: '2025-08-20',
    });
    expect(await screen.findByTestId('new-meeting')).toBeInTheDocument();
    expect(mocked.loadSamples).not.toHaveBeenCalled();
  });

  it('Enter in a field submits the form and never deletes a signer', async () => {
    const user = userEvent.setup();
    mocked.getOrganisation.mockResolvedValue(null);
    mocked.saveOrganisation.mockResolvedValue(undefined);
    mocked.listMeetings.mockResolvedValue([]);
    render(App);
    await user.type(await screen.findByTestId('org-signer-name-0'), 'Phan Việt Hưng');
    await user.type(screen.getByTestId('org-place-name'), 'Long Biên');
    await user.type(screen.getByTestId('org-issuing-body'), 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG{Enter}');
    await waitFor(() => expect(mocked.saveOrganisation).toHaveBeenCalledTimes(1));
    expect(mocked.saveOrganisation.mock.calls[0][0].signers).toEqual([
      { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Phan Việt Hưng' },
    ]);
  });

  it('opens the sample meetings when asked', async () => {
    const user = userEvent.setup();
    mocked.getOrganisation.mockResolvedValue(null);
    mocked.saveOrganisation.mockResolvedValue(undefined);
    mocked.loadSamples.mockResolvedValue([1, 2]);
    mocked.listMeetings.mockResolvedValue([
      { id: 1, date: '2023-01-12', kind: 'committee_conference', title: 'Hội nghị mẫu' },
    ]);
    render(App);
    await user.type(await screen.findByTestId('org-issuing-body'), 'ĐẢNG ỦY PHƯỜNG MẪU');
    await user.click(screen.getByTestId('org-load-samples'));
    expect(await screen.findByText('Hội nghị mẫu')).toBeInTheDocument();
    expect(mocked.loadSamples).toHaveBeenCalledTimes(1);
  });

  it('goes straight to the meetings when the organisation exists', async () => {
    mocked.getOrganisation.mockResolvedValue(organisation());
    mocked.listMeetings.mockResolvedValue([]);
    render(App);
    expect(await screen.findByTestId('new-meeting')).toBeInTheDocument();
    expect(screen.queryByTestId('org-save')).toBeNull();
  });
});

describe('meetings list', () => {
  const all: MeetingSummary[] = [
    { id: 3, date: '2026-03-15', kind: 'committee_conference', title: 'Hội nghị Ban Chấp hành tháng 3' },
    { id: 2, date: '2025-12-20', kind: 'standing_committee', title: 'Ban Thường vụ họp cuối năm' },
    { id: 1, date: '2025-06-02', kind: 'cell_regular', title: 'Sinh hoạt chi bộ tháng 6' },
  ];
  const byFilter = async (f: MeetingFilter) =>
    all.filter(
      (m) =>
        (f.year === null || m.date.startsWith(String(f.year))) &&
        (f.kind === null || m.kind === f.kind) &&
        (f.text === null || m.title.toLowerCase().includes(f.text.toLowerCase())),
    );

  it('lists newest first and filters by year, kind and words in the title', async () => {
    const user = userEvent.setup();
    mocked.listMeetings.mockImplementation(byFilter);
    render(Meetings);
    const list = await screen.findByTestId('meetings-list');
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(3));
    expect(within(list).getAllByRole('row')[0]).toHaveTextContent('15/03/2026');

    await user.selectOptions(screen.getByTestId('meetings-filter-year'), '2025');
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(2));
    expect(mocked.listMeetings).toHaveBeenLastCalledWith({ year: 2025, kind: null, text: null });

    await user.selectOptions(screen.getByTestId('meetings-filter-kind'), 'standing_committee');
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(1));
    expect(screen.getByTestId('meeting-row-2')).toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('meetings-filter-kind'), 'Tất cả các loại');
    await user.type(screen.getByTestId('meetings-filter-text'), 'chi bộ');
    await waitFor(() =>
      expect(mocked.listMeetings).toHaveBeenLastCalledWith({ year: 2025, kind: null, text: 'chi bộ' }),
    );
    await waitFor(() => expect(screen.queryByTestId('meeting-row-2')).toBeNull());
    expect(screen.getByTestId('meeting-row-1')).toBeInTheDocument();
  });

  it('creates a meeting of the chosen kind and duplicates one as the next', async () => {
    const user = userEvent.setup();
    mocked.listMeetings.mockImplementation(byFilter);
    mocked.createMeeting.mockResolvedValue(meeting({ id: 10, kind: 'cell_regular' }));
    mocked.duplicateMeeting.mockResolvedValue(meeting({ id: 11 }));
    render(Meetings);
    await screen.findByTestId('meeting-row-3');
    await user.selectOptions(screen.getByTestId('new-meeting-kind'), 'cell_regular');
    await user.click(screen.getByTestId('new-meeting'));
    await waitFor(() => expect(app.view).toEqual({ name: 'meeting', id: 10 }));
    expect(mocked.createMeeting).toHaveBeenCalledWith('cell_regular');

    await user.click(screen.getByTestId('meeting-duplicate-2'));
    await waitFor(() => expect(app.view).toEqual({ name: 'meeting', id: 11 }));
    expect(mocked.duplicateMeeting).toHaveBeenCalledWith(2);
  });
});

describe('people directory', () => {
  it('adds a person and imports a CSV file read in the browser', async () => {
    const user = userEvent.setup();
    const added = {
      id: 20,
      full_name: 'Ngô Thị Mai',
      position: 'Ủy viên',
      unit: 'Chi bộ 2',
      member_kind: 'official' as const,
    };
    mocked.createPerson.mockResolvedValue(added);
    mocked.previewPeopleCsv.mockResolvedValue({
      rows: [
        { full_name: 'Lý Văn Sơn', position: 'Đảng viên', unit: 'Chi bộ 1', member_kind: 'official' },
        { full_name: 'Tạ Thu Hà', position: 'Đảng viên', unit: 'Chi bộ 4', member_kind: 'official' },
      ],
      total: 2,
      new_people: 2,
      encoding: 'Windows-1258',
      delimiter: 'dấu chấm phẩy',
      header: true,
      number_column: true,
    });
    mocked.importPeopleCsv.mockResolvedValue(2);
    render(People);
    expect(await screen.findByText('Nguyễn Thị Ngọc')).toBeInTheDocument();

    await user.type(screen.getByTestId('person-name'), 'Ngô Thị Mai');
    await user.type(screen.getByTestId('person-position'), 'Ủy viên');
    await user.type(screen.getByTestId('person-unit'), 'Chi bộ 2{Enter}');
    await waitFor(() =>
      expect(mocked.createPerson).toHaveBeenCalledWith({
        full_name: 'Ngô Thị Mai',
        position: 'Ủy viên',
        unit: 'Chi bộ 2',
        member_kind: 'official',
      }),
    );
    expect(screen.getByTestId<HTMLInputElement>('person-name').value).toBe('');

    const csv = 'Họ và tên,Chức vụ,Đơn vị\nLý Văn Sơn,Đảng viên,Chi bộ 1\nTạ Thu Hà,Đảng viên,Chi bộ 4\n';
    await user.upload(screen.getByTestId('people-import'), new File([csv], 'danh-sach.csv', { type: 'text/csv' }));
    const bytes = Array.from(new TextEncoder().encode(csv));
    await waitFor(() => expect(mocked.previewPeopleCsv).toHaveBeenCalledWith(bytes));
    // Nothing is added before the secretary has seen the preview.
    expect(mocked.importPeopleCsv).not.toHaveBeenCalled();
    expect(await screen.findByTestId('people-preview-summary')).toHaveTextContent('2 người trong tệp, 2 người mới');
    expect(screen.getByTestId('people-preview')).toHaveTextContent(
      'Bảng mã Windows-1258, phân cách bằng dấu chấm phẩy',
    );
    expect(screen.getAllByTestId('people-preview-row')).toHaveLength(2);
    expect(screen.getByTestId('people-preview-add')).toHaveTextContent('Thêm 2 người');
    await user.click(screen.getByTestId('people-preview-add'));
    await waitFor(() => expect(mocked.importPeopleCsv).toHaveBeenCalledWith(bytes));
    expect(await screen.findByTestId('people-message')).toHaveTextContent('Đã thêm 2 người.');
    expect(screen.queryByTestId('people-preview')).toBeNull();
  });

  it('deletes a person after an in-app confirmation and undoes it', async () => {
    const user = userEvent.setup();
    const person = people[2];
    mocked.deletePerson.mockResolvedValue(person);
    mocked.restorePerson.mockResolvedValue(undefined);
    render(People);
    await user.click(await screen.findByTestId(`person-delete-${person.id}`));
    expect(mocked.deletePerson).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(`Xóa «${person.full_name}» khỏi danh bạ?`);
    await user.click(screen.getByTestId('person-delete-no'));
    expect(mocked.deletePerson).not.toHaveBeenCalled();

    await user.click(screen.getByTestId(`person-delete-${person.id}`));
    await user.click(screen.getByTestId('person-delete-yes'));
    await waitFor(() => expect(mocked.deletePerson).toHaveBeenCalledWith(person.id));
    expect(await screen.findByTestId('people-message')).toHaveTextContent(`Đã xóa «${person.full_name}».`);
    await user.click(screen.getByTestId('people-undo'));
    await waitFor(() => expect(mocked.restorePerson).toHaveBeenCalledWith(person));
    expect(await screen.findByTestId('people-message')).toHaveTextContent(`Đã khôi phục «${person.full_name}».`);
  });

  it('says why a person a meeting mentions cannot be deleted', async () => {
    const user = userEvent.setup();
    const why = 'Không xóa được «Nguyễn Thị Ngọc»: người này có trong 2 hội nghị.';
    mocked.deletePerson.mockRejectedValue({ code: 'person_in_use', message: why });
    render(People);
    await user.click(await screen.findByTestId(`person-delete-${people[0].id}`));
    await user.click(screen.getByTestId('person-delete-yes'));
    expect(await screen.findByTestId('people-error')).toHaveTextContent(why);
    expect(screen.queryByTestId('people-undo')).toBeNull();
  });

  it('edits a person and shows the backend error when saving fails', async () => {
    const user = userEvent.setup();
    mocked.updatePerson.mockRejectedValueOnce({ code: 'not_found', message: 'Không tìm thấy người này.' });
    render(People);
    await user.click(await screen.findByTestId('person-edit-3'));
    const name = screen.getByTestId('person-edit-name');
    await user.clear(name);
    await user.type(name, 'Trần Minh Ánh');
    await user.click(screen.getByTestId('person-edit-save'));
    expect(await screen.findByTestId('people-error')).toHaveTextContent('Không tìm thấy người này.');
    expect(mocked.updatePerson).toHaveBeenCalledWith({ ...people[2], full_name: 'Trần Minh Ánh' });
  });
});

describe('settings', () => {
  it('autosaves the quorum fraction of the format profile', async () => {
    mocked.getOrganisation.mockResolvedValue(organisation());
    mocked.saveFormatProfile.mockResolvedValue(undefined);
    render(Settings);
    const denominator = await screen.findByTestId('fp-quorum-denominator');
    await fireEvent.input(denominator, { target: { value: '4' } });
    await fireEvent.input(screen.getByTestId('fp-margin_left_mm'), { target: { value: '25' } });
    await waitFor(() => expect(mocked.saveFormatProfile).toHaveBeenCalled());
    const saved = mocked.saveFormatProfile.mock.calls.at(-1)?.[0];
    expect(saved?.quorum).toEqual({ numerator: 2, denominator: 4 });
    expect(saved?.margin_left_mm).toBe(25);
    expect(await screen.findByTestId('save-status-format')).toHaveTextContent('Đã lưu');
    expect(app.formatProfile?.quorum.denominator).toBe(4);
  });
  it('autosaves the superior body in running text and a signer authority of several lines', async () => {
    mocked.getOrganisation.mockResolvedValue(organisation());
    mocked.saveOrganisation.mockResolvedValue(undefined);
    mocked.saveFormatProfile.mockResolvedValue(undefined);
    render(Settings);
    const name = await screen.findByTestId('org-superior-body-name');
    await fireEvent.focus(name);
    await fireEvent.input(name, { target: { value: 'Đảng bộ thành phố Hà Nội\nĐảng bộ quận Long Biên' } });
    await fireEvent.blur(name);
    await fireEvent.input(screen.getByTestId('org-signer-authority-0'), {
      target: { value: 'T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ' },
    });
    await waitFor(() =>
      expect(mocked.saveOrganisation.mock.calls.at(-1)?.[0]).toMatchObject({
        superior_body_name: ['Đảng bộ thành phố Hà Nội', 'Đảng bộ quận Long Biên'],
        signers: [{ authority: 'T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ', position: 'BÍ THƯ', name: 'Nguyễn Thị Ngọc' }],
      }),
    );
  });
});

describe('keyboard help', () => {
  it('F1 lists the shortcuts and Esc closes the list', async () => {
    const user = userEvent.setup();
    mocked.getOrganisation.mockResolvedValue(organisation());
    mocked.listMeetings.mockResolvedValue([]);
    render(App);
    await screen.findByTestId('nav-meetings');
    await user.keyboard('{F1}');
    const help = screen.getByTestId('keyboard-help');
    expect(help).toHaveTextContent('Ctrl+EnterLưu phát biểu và ghi người tiếp theo');
    expect(help).toHaveTextContent('C / V / MĐiểm danh: có mặt / vắng mặt / đến muộn');
    expect(help).toHaveTextContent('Ctrl+1 … Ctrl+9Phát biểu, biểu quyết: chọn nội dung đang họp');
    expect(help).toHaveTextContent('F2 / Shift+F2Phát biểu, biểu quyết: nội dung tiếp theo / nội dung trước');
    expect(screen.getByTestId('keyboard-help-close')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('keyboard-help')).toBeNull();
  });
});
