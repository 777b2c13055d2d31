import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/index.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * A full disk, simulated with SQLite's max_page_count: the database cannot grow past its current
 * size. A save must fail with a clear, translated message and leave everything as it was.
 */
let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());

describe('a full disk', () => {
  it('refuses a save with storage_full and keeps the previous state intact', () => {
    const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
    const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: '阶段' })) as { id: string };
    const session = ok(rt.core.call('session.create', { stageId: stage.id, title: '研讨会' })) as { id: string };
    ok(rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: '保存成功的记录' }));
    const db = rt.core.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const before = snapshot(db);

    let failure: unknown;
    for (let i = 0; i < 200 && !failure; i++) {
      const result = rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: `很长的记录 ${i} ${'字'.repeat(8000)}` });
      if (!result.ok) failure = result.error;
      else before.note = snapshot(db).note!;
    }
    expect(failure).toEqual({ code: 'storage_full' });
    expect(resources['zh-CN'].errors.code.storage_full).toContain('已满');
    expect(resources.en.errors.code.storage_full).toContain('full');
    // Everything committed before the failure is there, and the failed call left no trace.
    expect(snapshot(db)).toEqual(before);
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    db.pragma('max_page_count = 1073741823');
    ok(rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: '空间恢复后可以继续保存' }));
  });
});
