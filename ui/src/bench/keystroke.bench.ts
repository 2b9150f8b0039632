// Per-keystroke work of the UI in a long meeting (300 speeches of about
// 1,500 characters): one character typed into the speech being captured, with
// the change tracking and autosave scheduling the editor runs. Run with
// `npx vitest bench --run`; figures in docs/ui.md.
import { bench, describe, vi as vitest } from 'vitest';
import { meeting } from '../test/fixtures';
import { openSession } from './session.svelte';

vitest.mock('$lib/api', async (original) => ({
  ...(await original<typeof import('$lib/api')>()),
  saveMeeting: async () => {},
}));

const paragraph =
  'Đồng chí báo cáo tình hình thực hiện nhiệm vụ chính trị của phường trong quý, nêu rõ những kết quả đạt được, ' +
  'những tồn tại, hạn chế và nguyên nhân; đề xuất các giải pháp trọng tâm nhằm nâng cao hiệu lực, hiệu quả ' +
  'hoạt động của hệ thống chính trị trong thời gian tới.';
const text = `${paragraph}\n${paragraph}\n${paragraph}`;

describe('one keystroke in a meeting of 300 speeches', () => {
  const long = meeting({
    speeches: Array.from({ length: 300 }, (_, i) => ({
      speaker_id: 1 + (i % 3),
      time: '09:00:00',
      text,
      agenda_item: null,
    })),
  });
  const open = openSession(long);
  open.session.captureText = 'Đồng chí';
  let n = 0;
  bench('type one character', () => {
    open.type(n++ % 7 === 0 ? ' ' : 'ạ');
  });
});
