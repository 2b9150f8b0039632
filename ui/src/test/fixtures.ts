// Sample records for the UI tests, shaped exactly like the generated types.
import type { Attendance, FormatProfile, Meeting, OrganisationProfile, Person, Vote } from '$lib/api';
import { blankAttendance, blankVote } from '$lib/meeting/blank';

export const people: Person[] = [
  { id: 1, full_name: 'Nguyễn Thị Ngọc', position: 'Bí thư Đảng ủy', unit: '', member_kind: 'official' },
  { id: 2, full_name: 'Đặng Văn Hùng', position: 'Phó Bí thư', unit: '', member_kind: 'official' },
  { id: 3, full_name: 'Trần Minh Anh', position: 'Ủy viên', unit: '', member_kind: 'official' },
  { id: 4, full_name: 'Lê Thị Hoa', position: 'Ủy viên', unit: '', member_kind: 'official' },
  { id: 5, full_name: 'Phạm Quốc Bảo', position: 'Ủy viên', unit: '', member_kind: 'official' },
  { id: 6, full_name: 'Vũ Ngọc Lan', position: 'Ủy viên', unit: '', member_kind: 'probationary' },
  {
    id: 7,
    full_name: 'Hoàng Văn Nam',
    position: 'Phó Chủ tịch UBND quận',
    unit: 'UBND quận',
    member_kind: 'non_member',
  },
];

export function organisation(): OrganisationProfile {
  return {
    superior_body: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'],
    superior_body_name: ['Đảng bộ thành phố Hà Nội'],
    issuing_body: 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG',
    issuing_body_name: 'Đảng ủy phường Phúc Đồng',
    issuer_code: 'ĐU',
    place_name: 'Long Biên',
    signers: [{ name: 'Nguyễn Thị Ngọc', position: 'BÍ THƯ', authority: 'T/M ĐẢNG ỦY' }],
    recipients: ['Các chi bộ trực thuộc'],
    format_profile: 'HD36-2018',
    term_start: '2025-07-01',
  };
}

export function formatProfile(): FormatProfile {
  return {
    name: 'HD36-2018',
    version: 1,
    page_width_mm: 210,
    page_height_mm: 297,
    margin_top_mm: 20,
    margin_bottom_mm: 20,
    margin_left_mm: 30,
    margin_right_mm: 15,
    font: 'Times New Roman',
    body_size_pt: 14,
    line_spacing_pt: 18,
    space_after_pt: 6,
    first_line_indent_mm: 10,
    party_line_size_pt: 15,
    kind_title_size_pt: 16,
    recipients_size_pt: 12,
    number_prefix: 'Số ',
    number_min_digits: 2,
    page_number_position: 'top_center',
    page_number_size_pt: 14,
    page_number_from: 2,
    quorum: { numerator: 2, denominator: 3 },
    majority: { numerator: 1, denominator: 2 },
  };
}

/** One person on the attendance list: a member present unless told otherwise. */
export function attendee(personId: number, overrides: Partial<Attendance> = {}): Attendance {
  return { ...blankAttendance(personId, 'member'), ...overrides };
}

/** A show of hands with no count yet, under no agenda item. */
export function vote(overrides: Partial<Vote> = {}): Vote {
  return { ...blankVote(null), question: 'Thông qua kế hoạch', ...overrides };
}

/** A meeting of the six members (ids 1–6), all present. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  const members = people.filter((p) => p.member_kind !== 'non_member');
  return {
    id: 42,
    kind: 'committee_conference',
    title: 'Hội nghị Ban Chấp hành tháng 3',
    subject: 'Triển khai nhiệm vụ quý II',
    issuer: {
      superior_body: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'],
      superior_body_name: ['Đảng bộ thành phố Hà Nội'],
      issuing_body: 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG',
      issuing_body_name: 'Đảng ủy phường Phúc Đồng',
      issuer_code: 'ĐU',
      place_name: 'Long Biên',
    },
    date: '2026-03-15',
    start_time: '08:00:00',
    end_time: null,
    place: 'Hội trường Đảng ủy phường',
    online_sites: [],
    chair_ids: [1],
    minute_taker_id: 3,
    members_convened: members.length,
    agenda: [],
    documents: [],
    recording_note: '',
    attendance: members.map((p) => attendee(p.id)),
    speeches: [],
    votes: [],
    conclusions: { concluded_by: 1, intro: '', items: [] },
    resolution: { legal_bases: [], sections: [] },
    signer: { name: 'Nguyễn Thị Ngọc', position: 'BÍ THƯ', authority: 'T/M ĐẢNG ỦY' },
    recipients: ['Các chi bộ trực thuộc'],
    copies: 2,
    read_back: false,
    ...overrides,
  };
}
