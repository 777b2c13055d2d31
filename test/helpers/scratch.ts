import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { scratchRoot } from '../../main/export/pdf/scratch.js';

/**
 * What a Convene killed during PDF exports leaves in the temp directory `tmp`: print folders of a
 * process that is gone (with a page and a browser profile in them), beside things that must stay: the
 * folder of a Convene still running (this test process), files that only look alike, and other files.
 */
export function leaveLeftovers(tmp: string) {
  const root = scratchRoot(tmp);
  // A process that ran and ended: its pid is free.
  const gone = spawnSync(process.execPath, ['-e', '']).pid!;
  const leftovers = [`pdf-${gone}-a1B2c3`, `print-${gone}-Zz9yX8`];
  for (const name of leftovers) {
    fs.mkdirSync(path.join(root, name, 'profile', 'Default'), { recursive: true });
    fs.writeFileSync(path.join(root, name, 'in.html'), '<p>会议纪要</p>');
    fs.writeFileSync(path.join(root, name, 'profile', 'Default', 'Cookies'), Buffer.alloc(64 * 1024));
  }
  const kept = [`pdf-${process.pid}-live01`, `pdf-${gone}-notmine-x`, 'notes.txt'];
  fs.mkdirSync(path.join(root, kept[0]!));
  fs.mkdirSync(path.join(root, kept[1]!));
  fs.writeFileSync(path.join(root, kept[2]!), 'keep me');
  // Outside our folder, even with a name like ours: not ours to touch.
  fs.mkdirSync(path.join(tmp, `pdf-${gone}-a1B2c3`));
  return {
    root,
    expectCleaned() {
      expect(fs.readdirSync(root).sort()).toEqual([...kept].sort());
      expect(fs.readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('keep me');
      expect(fs.existsSync(path.join(tmp, `pdf-${gone}-a1B2c3`))).toBe(true);
    },
  };
}
