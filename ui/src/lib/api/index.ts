// The only place the UI talks to the backend: one typed function per Tauri
// command of the agreed IPC interface. Tests replace this module with vi.mock.
import { invoke } from '@tauri-apps/api/core';
import { open, save } from '@tauri-apps/plugin-dialog';
import { openPath } from '@tauri-apps/plugin-opener';
import { toApiError, type ApiError } from './errors';
import { vi } from '../i18n/vi';
import type { DatabaseProblem } from './types/DatabaseProblem';
import type { DocumentKind } from './types/DocumentKind';
import type { EditingPlace } from './types/EditingPlace';
import type { MeetingFilter } from './types/MeetingFilter';
import type { MeetingSummary } from './types/MeetingSummary';
import type { Warning } from './types/Warning';
import type { FormatProfile } from './types/FormatProfile';
import type { Meeting } from './types/Meeting';
import type { MeetingKind } from './types/MeetingKind';
import type { CsvPreview } from './types/CsvPreview';
import type { NewPerson } from './types/NewPerson';
import type { OrganisationProfile } from './types/OrganisationProfile';
import type { Person } from './types/Person';
import type { MeetingItemKind } from './types/MeetingItemKind';
import type { Restored } from './types/Restored';
import type { TrashEntry } from './types/TrashEntry';
import type { StorageInfo } from './types/StorageInfo';

export type { ApiError } from './errors';
export { isApiError, toApiError } from './errors';
export type { WarningCode } from './types/WarningCode';
export type { CsvPreview } from './types/CsvPreview';
export type { IssuedDocument } from './types/IssuedDocument';
export type { AgendaItem } from './types/AgendaItem';
export type { Assignee } from './types/Assignee';
export type { Attendance } from './types/Attendance';
export type { AttendanceStatus } from './types/AttendanceStatus';
export type { AttendeeRole } from './types/AttendeeRole';
export type { ConclusionItem } from './types/ConclusionItem';
export type { Conclusions } from './types/Conclusions';
export type { Fraction } from './types/Fraction';
export type { IssuerSnapshot } from './types/IssuerSnapshot';
export type { MemberKind } from './types/MemberKind';
export type { PageNumberPosition } from './types/PageNumberPosition';
export type { Signer } from './types/Signer';
export type { Speech } from './types/Speech';
export type { Vote } from './types/Vote';
export type { VoteMethod } from './types/VoteMethod';
export type { BallotCount } from './types/BallotCount';
export type { CandidateResult } from './types/CandidateResult';
export type { Departure } from './types/Departure';
export type { OnlineSite } from './types/OnlineSite';
export type { ReservedOpinion } from './types/ReservedOpinion';
export type { TrashedItem } from './types/TrashedItem';
export type { MeetingItemKind, Restored, TrashEntry };
export type {
  DatabaseProblem,
  DocumentKind,
  EditingPlace,
  FormatProfile,
  Meeting,
  MeetingFilter,
  MeetingKind,
  MeetingSummary,
  NewPerson,
  OrganisationProfile,
  Person,
  StorageInfo,
  Warning,
};

/** Calls a command and rethrows failures as `ApiError`. */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const getOrganisation = () => call<OrganisationProfile | null>('get_organisation');
export const saveOrganisation = (profile: OrganisationProfile) => call<void>('save_organisation', { profile });

export const getFormatProfile = () => call<FormatProfile>('get_format_profile');
export const saveFormatProfile = (profile: FormatProfile) => call<void>('save_format_profile', { profile });

export const listPeople = () => call<Person[]>('list_people');
export const searchPeople = (query: string) => call<Person[]>('search_people', { query });
export const createPerson = (person: NewPerson) => call<Person>('create_person', { person });
export const updatePerson = (person: Person) => call<void>('update_person', { person });
// A CSV file travels as its bytes: the core detects the encoding.
export const previewPeopleCsv = (bytes: number[]) => call<CsvPreview>('preview_people_csv', { bytes });
export const importPeopleCsv = (bytes: number[]) => call<number>('import_people_csv', { bytes });
export const deletePerson = (id: number) => call<Person>('delete_person', { id });
export const restorePerson = (person: Person) => call<void>('restore_person', { person });

export const listMeetings = (filter: MeetingFilter) => call<MeetingSummary[]>('list_meetings', { filter });
export const createMeeting = (kind: MeetingKind) => call<Meeting>('create_meeting', { kind });
export const duplicateMeeting = (id: number) => call<Meeting>('duplicate_meeting', { id });
export const getMeeting = (id: number) => call<Meeting>('get_meeting', { id });
export const saveMeeting = (meeting: Meeting) => call<void>('save_meeting', { meeting });
/** Moves the meeting to the trash. */
export const deleteMeeting = (id: number) => call<TrashEntry>('delete_meeting', { id });
export const checkMeeting = (meeting: Meeting) => call<Warning[]>('check_meeting', { meeting });
export const editingPlace = () => call<EditingPlace | null>('editing_place');
export const setEditingPlace = (place: EditingPlace | null) => call<void>('set_editing_place', { place });
export const databaseProblem = () => call<DatabaseProblem | null>('database_problem');
export const restoreOfferedBackup = () => call<void>('restore_offered_backup');
export const loadSamples = () => call<number[]>('load_samples');

/** Stores `meeting` (as shown) without item `index` of `kind` and puts that item in the trash. */
export const deleteMeetingItem = (meeting: Meeting, kind: MeetingItemKind, index: number) =>
  call<TrashEntry>('delete_meeting_item', { meeting, kind, index });
export const listTrash = () => call<TrashEntry[]>('list_trash');
/** `current`: the open meeting as shown, when the item goes back into it. */
export const restoreFromTrash = (id: number, current: Meeting | null) =>
  call<Restored>('restore_from_trash', { id, current });
export const purgeFromTrash = (id: number) => call<void>('purge_from_trash', { id });

export const proposedNumber = (meetingId: number, kind: DocumentKind) =>
  call<number>('proposed_number', { meetingId, kind });
/** The file name the core proposes for an export, valid on Windows too. */
export const suggestedFileName = (meetingId: number, kind: DocumentKind, number: number) =>
  call<string>('suggested_file_name', { meetingId, kind, number });
/** "Số 05-BB/ĐU": the number line the document would carry, worded by the core. */
export const numberLine = (meetingId: number, kind: DocumentKind, number: number) =>
  call<string>('number_line', { meetingId, kind, number });
export const exportDocument = (meetingId: number, kind: DocumentKind, number: number, path: string) =>
  call<string>('export_document', { meetingId, kind, number, path });

export const storageInfo = () => call<StorageInfo>('storage_info');
/** "Sao lưu ngay": a copy of the database into `folder`; returns the file written. */
export const backupNow = (folder: string) => call<string>('backup_now', { folder });

/** Native folder picker (for "Sao lưu ngay"); null when the user cancels. */
export async function chooseFolder(title: string): Promise<string | null> {
  try {
    const chosen = await open({ directory: true, multiple: false, title });
    return typeof chosen === 'string' ? chosen : null;
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

/**
 * Folder the end-to-end tests export into without the native dialog. The
 * command exists only in builds with the test feature (see docs/desktop.md);
 * in a normal build the call fails and the save dialog is used.
 */
export async function e2eExportDir(): Promise<string | null> {
  try {
    const dir = await invoke<string | null>('e2e_export_dir');
    return typeof dir === 'string' && dir.length > 0 ? dir : null;
  } catch {
    return null;
  }
}

/** Native save dialog for a .docx; null when the user cancels. */
export async function chooseSavePath(defaultName: string, filterName: string): Promise<string | null> {
  try {
    return await save({ defaultPath: defaultName, filters: [{ name: filterName, extensions: ['docx'] }] });
  } catch {
    throw { code: 'dialog_failed', message: vi.common.dialogFailed } satisfies ApiError;
  }
}

/** Opens an exported file with the system's default application. */
export async function openFile(path: string): Promise<void> {
  try {
    await openPath(path);
  } catch {
    // The opener plugin's reasons are English OS text: say it in Vietnamese.
    throw { code: 'open_failed', message: vi.common.openFailed(path) } satisfies ApiError;
  }
}

/**
 * Runs `beforeClose` (awaited) when the user closes the window; the window is
 * destroyed only if it resolves to true. Outside Tauri (tests, a plain
 * browser) it does nothing.
 */
export async function onWindowClose(beforeClose: () => Promise<boolean>): Promise<void> {
  if (typeof window === 'undefined' || !('__TAURI_INTERNALS__' in window)) return;
  const { getCurrentWindow } = await import('@tauri-apps/api/window');
  await getCurrentWindow().onCloseRequested(async (event) => {
    if (!(await beforeClose())) event.preventDefault();
  });
}
