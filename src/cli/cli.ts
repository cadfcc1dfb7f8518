/** Dispatch to the commands; shared flags (`--lang`, `--help`) and exit codes live here. */
import { languageFrom, messagesFor, type Messages } from '../core/i18n';
import { UsageError } from './args';

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly messages: Messages;
}

export type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Exit codes, the same for every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'skeleton':
      return (await import('./skeleton-command')).skeletonCommand;
    case 'fill':
      return (await import('./fill-command')).fillCommand;
    case 'validate':
      return (await import('./validate-command')).validateCommand;
    case 'run':
      return (await import('./run-command')).runCommand;
    default:
      return null;
  }
}

function langOf(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--lang');
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith('--lang='));
  return inline?.slice('--lang='.length) ?? process.env.HUIBAO_LANG;
}

export async function runCli(argv: readonly string[], io?: Partial<CliIO>): Promise<number> {
  const messages = messagesFor(languageFrom(langOf(argv)));
  const full: CliIO = {
    out: io?.out ?? ((text) => process.stdout.write(text)),
    err: io?.err ?? ((text) => process.stderr.write(text)),
    messages,
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    full.out(messages.t('cli', 'usage'));
    return EXIT.ok;
  }
  if (name === '--version') {
    full.out('0.1.0\n');
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    full.err(messages.t('cli', 'unknownCommand', { name }));
    return EXIT.usage;
  }
  try {
    return await command(rest, full);
  } catch (error) {
    if (error instanceof UsageError) {
      full.err(messages.t('cli', 'badArgument', { arg: error.message, command: name }));
      return EXIT.usage;
    }
    throw error;
  }
}
