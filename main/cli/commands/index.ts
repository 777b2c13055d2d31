import type { Command } from '../command.js';
import { backup } from './backup.js';
import { check } from './check.js';
import { sample } from './sample.js';
import { serve } from './serve.js';

/** Every command by name, in the order `convene --help` lists them. Add new ones here. */
export const commands: Record<string, Command> = {
  serve,
  sample,
  backup,
  check,
};
