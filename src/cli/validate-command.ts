import type { Command } from './cli';
import { EXIT } from './cli';

/** Placeholder until the command lands. */
export const validateCommand: Command = async (_argv, io) => {
  io.err(io.messages.t('cli', 'notYet', { name: 'validate' }));
  return EXIT.usage;
};
