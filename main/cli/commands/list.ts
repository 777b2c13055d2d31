import type { ProgrammeDetail, ProgrammeSummary } from '../../../shared/domain.js';
import { CliError, optionalString, type Command } from '../command.js';
import { dataDirFrom } from '../defaults.js';
import { openExistingRuntime } from '../open-existing.js';

/** One programme as a tree: its stages, and each stage's sessions with their first day. */
function tree(detail: ProgrammeDetail): string[] {
  const { programme, stages } = detail;
  const lines = [`${programme.title}  [${programme.id}]  (${programme.locale})`];
  stages.forEach((stage, s) => {
    const lastStage = s === stages.length - 1;
    lines.push(`${lastStage ? '└─' : '├─'} ${stage.title}  [${stage.id}]`);
    const indent = lastStage ? '   ' : '│  ';
    stage.sessions.forEach((session, i) => {
      const day = session.sittings.map((x) => x.date).sort()[0] ?? '----------';
      lines.push(`${indent}${i === stage.sessions.length - 1 ? '└─' : '├─'} ${day}  ${session.title}  [${session.id}]`);
    });
    if (stage.sessions.length === 0) lines.push(`${indent}└─ (no sessions)`);
  });
  return lines;
}

export const list: Command = {
  summary: 'print the programmes in a data folder, with their stages, sessions and IDs',
  usage: `Usage: convene list [--data DIR]

Prints every programme as a tree of its stages and sessions, each with its ID in brackets:
the IDs that 'convene export' takes.

  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  options: {
    data: { type: 'string' },
  },
  async run(values, io) {
    const dataDir = dataDirFrom(optionalString(values, 'data'), io.env);
    const runtime = openExistingRuntime(dataDir);
    try {
      const programmes = runtime.core.call('programme.list', {});
      if (!programmes.ok) throw new CliError(`listing programmes failed: ${programmes.error.code}`);
      const summaries = programmes.value as ProgrammeSummary[];
      if (summaries.length === 0) {
        io.out(`No programmes in ${dataDir}. Load the sample with 'convene sample --lang zh-CN --data ${dataDir}'.`);
        return 0;
      }
      summaries.forEach((summary, index) => {
        const detail = runtime.core.call('programme.get', { id: summary.id });
        if (!detail.ok) throw new CliError(`reading programme ${summary.id} failed: ${detail.error.code}`);
        if (index > 0) io.out('');
        for (const line of tree(detail.value as ProgrammeDetail)) io.out(line);
      });
      return 0;
    } finally {
      runtime.close({ backup: false });
    }
  },
};
