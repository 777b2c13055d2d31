import type { Command } from '../command.js';
import { backup } from './backup.js';
import { bundle } from './bundle.js';
import { check } from './check.js';
import { directory } from './directory.js';
import { exportCommand } from './export.js';
import { followup } from './followup.js';
import { list } from './list.js';
import { sample } from './sample.js';
import { serve } from './serve.js';

/** Every command by name, in the order `convene --help` lists them. Add new ones here. */
export const commands: Record<string, Command> = {
  serve,
  sample,
  backup,
  check,
  list,
  export: exportCommand,
  bundle,
  directory,
  followup,
};
