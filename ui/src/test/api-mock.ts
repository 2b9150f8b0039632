// Replaces every backend command of $lib/api with a vi.fn(), keeping the
// error helpers real. Used from each test file's vi.mock factory.
import { vi } from 'vitest';

const commands = [
  'getOrganisation',
  'saveOrganisation',
  'getFormatProfile',
  'saveFormatProfile',
  'listPeople',
  'searchPeople',
  'createPerson',
  'updatePerson',
  'previewPeopleCsv',
  'importPeopleCsv',
  'deletePerson',
  'restorePerson',
  'listMeetings',
  'createMeeting',
  'duplicateMeeting',
  'getMeeting',
  'saveMeeting',
  'deleteMeeting',
  'databaseProblem',
  'restoreOfferedBackup',
  'editingPlace',
  'setEditingPlace',
  'deleteMeetingItem',
  'listTrash',
  'restoreFromTrash',
  'purgeFromTrash',
  'checkMeeting',
  'loadSamples',
  'proposedNumber',
  'suggestedFileName',
  'numberLine',
  'exportDocument',
  'e2eExportDir',
  'chooseSavePath',
  'openFile',
  'storageInfo',
  'backupNow',
  'chooseFolder',
  'onWindowClose',
] as const;

export function mockModule<T extends object>(actual: T): T {
  const mocked: Record<string, unknown> = { ...(actual as Record<string, unknown>) };
  for (const name of commands) mocked[name] = vi.fn();
  return mocked as T;
}
