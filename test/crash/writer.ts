/**
 * Child process of the crash test: writes notes and actions through the real core as fast as it can
 * and prints one line per acknowledged write, after the call returned (so after COMMIT). The parent
 * kills it with SIGKILL at a random moment and checks that every acknowledged write survived.
 */
import { openRuntime } from '../../main/service/runtime.js';

const [dataDir, sessionId, programmeId, prefix] = process.argv.slice(2) as [string, string, string, string];
const runtime = openRuntime({ dataDir });
const { core } = runtime;
process.stdout.write('READY\n');

for (let i = 0; ; i++) {
  const noteId = `${prefix}-n${i}`;
  const note = core.call('note.create', { id: noteId, sessionId, category: 'suggestion', text: `crash note ${noteId} ${'意见'.repeat(i % 50)}` });
  if (!note.ok) throw new Error(JSON.stringify(note.error));
  process.stdout.write(`note ${noteId}\n`);
  if (i % 3 === 0) {
    const action = core.call('action.create', {
      programmeId,
      sessionId,
      title: `crash action ${prefix}-${i}`,
      checklist: ['贷款贴息', '研发补助', '市场开拓支持'],
    });
    if (!action.ok) throw new Error(JSON.stringify(action.error));
    process.stdout.write(`action ${(action.value as { id: string }).id}\n`);
  }
  if (i % 7 === 0) {
    const edit = core.call('note.update', { id: noteId, text: `edited ${noteId}` });
    if (!edit.ok) throw new Error(JSON.stringify(edit.error));
    process.stdout.write(`edit ${noteId}\n`);
  }
}
