import { describe, expect, it } from 'vitest';
import { minutesDocument } from '../../shared/contract/channels-minutes.js';
import type { MinutesDocument } from '../../shared/minutes.js';
import { newAction, newAgenda, newAttendee, newDiscussion, newPoint, splitNames, toDocument, toForm } from '../../renderer/src/screens/minutes/model.js';
import { savedPath, SaveFailed } from '../../renderer/src/screens/export/deliver.js';

const doc: MinutesDocument = {
  title: '常委会层面战略对接研讨会',
  docNumber: '清政办纪〔2027〕1号',
  time: '2027年1月11日 09:00–12:00',
  venue: '县委会议室',
  chair: '江辰',
  recorder: '秦悦',
  attendees: [{ group: '县领导', names: ['江辰', '王志远'] }],
  observers: ['周明'],
  excused: ['刘芳'],
  absent: [],
  unrecorded: ['吴海'],
  agenda: [{ title: '战略愿景与关键路径', presenter: '江辰', planned: '09:00–09:45', actual: '' }],
  discussion: [{ item: '交流发言', speakers: [{ speaker: '林卫东', unit: '工信局', points: ['建议一', '建议二'] }] }],
  decisions: ['原则同意方案。'],
  actions: [{ no: 7, task: '制定政策', lead: '工信局', co: '财政局', deadline: '2027-02-11', deliverable: '初稿', status: '已交办' }],
  closing: '',
  distribution: '县委办、县政府办',
  copyTo: '县人大办',
  issuer: '清源县人民政府办公室',
  issueDate: '2027-01-12',
};

describe('the minutes editor form', () => {
  it('round-trips the stored document (tasks renumbered 1..n as printed)', () => {
    const back = toDocument(toForm(doc, 'zh-CN'));
    expect(back).toEqual({ ...doc, actions: [{ ...doc.actions[0], no: 1 }] });
    expect(minutesDocument.safeParse(back).success).toBe(true);
  });

  it('shows name lists as one line in the language of the minutes and reads any separator back', () => {
    expect(toForm(doc, 'zh-CN').attendees[0]!.names).toBe('江辰、王志远');
    expect(toForm({ ...doc, attendees: [{ group: 'Leaders', names: ['Jiang Chen', 'Wang Zhiyuan'] }] }, 'en').attendees[0]!.names).toBe(
      'Jiang Chen, Wang Zhiyuan',
    );
    expect(splitNames(' 江辰、王志远，孙海燕,赵国栋;马文博；\n陈静 、、 ')).toEqual(['江辰', '王志远', '孙海燕', '赵国栋', '马文博', '陈静']);
  });

  it('drops rows left empty when saving, but keeps them (and their indices) for validation', () => {
    const form = toForm(doc, 'zh-CN');
    form.attendees.push(newAttendee());
    form.agenda.unshift(newAgenda());
    form.discussion.push(newDiscussion());
    form.discussion[0]!.speakers[0]!.points.splice(1, 0, newPoint('  '));
    form.decisions.push(newPoint());
    form.actions.unshift(newAction());
    const saved = toDocument(form);
    expect(saved.attendees).toHaveLength(1);
    expect(saved.agenda).toEqual(doc.agenda);
    expect(saved.discussion).toEqual(doc.discussion);
    expect(saved.decisions).toEqual(doc.decisions);
    expect(saved.actions).toEqual([{ ...doc.actions[0], no: 1 }]);
    const all = toDocument(form, false);
    expect(all.agenda).toHaveLength(2);
    expect(all.discussion[0]!.speakers[0]!.points).toEqual(['建议一', '  ', '建议二']);
    expect(all.actions.map((a) => a.no)).toEqual([1, 2]);
  });

  it('gives every row a distinct key, so React keeps each field in its place', () => {
    const form = toForm(doc, 'zh-CN');
    const keys = [
      ...form.attendees.map((r) => r.key),
      ...form.agenda.map((r) => r.key),
      ...form.discussion.flatMap((d) => [d.key, ...d.speakers.flatMap((s) => [s.key, ...s.points.map((p) => p.key)])]),
      ...form.decisions.map((r) => r.key),
      ...form.actions.map((r) => r.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('what a native save dialog answers', () => {
  it('reads a path, a cancel, a Result or Electron’s own answer', () => {
    expect(savedPath('/home/u/纪要.docx')).toBe('/home/u/纪要.docx');
    expect(savedPath(null)).toBeNull();
    expect(savedPath(undefined)).toBeNull();
    expect(savedPath('')).toBeNull();
    expect(savedPath({ ok: true, value: 'C:\\纪要.docx' })).toBe('C:\\纪要.docx');
    expect(savedPath({ ok: true, value: null })).toBeNull();
    expect(savedPath({ canceled: true, filePath: '' })).toBeNull();
    expect(savedPath({ canceled: false, filePath: '/tmp/a.pdf' })).toBe('/tmp/a.pdf');
    expect(() => savedPath({ ok: false, error: { code: 'io' } })).toThrow(SaveFailed);
  });
});
