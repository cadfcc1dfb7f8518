import type { Command } from './cli';
import { EXIT } from './cli';

/** Placeholder until the command lands. */
export const skeletonCommand: Command = async (_argv, io) => {
  io.err(io.messages.t('cli', 'notYet', { name: 'skeleton' }));
  return EXIT.usage;
};
