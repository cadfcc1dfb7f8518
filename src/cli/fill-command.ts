import type { Command } from './cli';
import { EXIT } from './cli';

/** Placeholder until the command lands. */
export const fillCommand: Command = async (_argv, io) => {
  io.err(io.messages.t('cli', 'notYet', { name: 'fill' }));
  return EXIT.usage;
};
