/** Dispatch to the commands; shared flags (`--lang`, `--help`) and exit codes live here. */
import { languageFrom, messagesFor, type Messages } from '../core/i18n';
import { UsageError } from './args';

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly messages: Messages;
  /** The terminal's width for each stream that is a terminal; absent for pipes and files, which get long lines. */
  readonly columns: { readonly out?: number; readonly err?: number };
}

/** A stream's width when it is a terminal (lines are wrapped to it), else undefined (lines are left whole). */
function terminalColumns(stream: NodeJS.WriteStream): number | undefined {
  return stream.isTTY && stream.columns > 0 ? stream.columns : undefined;
}

export type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Exit codes, the same for every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const COMMANDS: ReadonlySet<string> = new Set(['skeleton', 'fill', 'validate', 'run']);

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

/** Each command's short usage, printed after a message about its arguments. */
function usageOf(name: string, messages: Messages): string {
  switch (name) {
    case 'skeleton':
      return messages.t('skeleton', 'usage');
    case 'fill':
      return messages.t('fill', 'usage');
    case 'validate':
      return messages.t('validate', 'cliUsage');
    case 'run':
      return messages.t('summary', 'runUsage');
    default:
      return messages.t('cli', 'usage');
  }
}

/** `--lang X` / `--lang=X` given on the command line (undefined when absent or without a value). */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--lang');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

/** The languages there are: `zh`, `en`, and tags of them such as `zh-CN`, `en-US`, `en_GB`. */
const KNOWN_LANG = /^(zh|en)([-_][a-z0-9]+)*$/i;

/** `huibao --lang en run …`: the flag may come before the command; it is handed on to the command. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const lead: string[] = [];
  let k = 0;
  while (k < argv.length && (argv[k] === '--lang' || argv[k].startsWith('--lang='))) {
    const take = argv[k] === '--lang' ? 2 : 1;
    lead.push(...argv.slice(k, k + take));
    k += take;
  }
  return { name: argv[k], rest: [...lead, ...argv.slice(k + 1)] };
}

export async function runCli(argv: readonly string[], io?: Partial<CliIO>): Promise<number> {
  const given = langFlag(argv);
  // An unknown language on the command line is refused; HUIBAO_LANG, set once for a shell, falls back to Chinese.
  // `en_GB` as locales are spelt in the environment: the same language as `en-GB`.
  const messages = messagesFor(languageFrom((given ?? process.env.HUIBAO_LANG)?.replace(/_/g, '-')));
  const full: CliIO = {
    out: io?.out ?? ((text) => process.stdout.write(text)),
    err: io?.err ?? ((text) => process.stderr.write(text)),
    messages,
    // Writers given by a caller (tests, embedding) are not terminals unless the caller says so.
    columns:
      io?.columns ??
      (io?.out || io?.err
        ? {}
        : { out: terminalColumns(process.stdout), err: terminalColumns(process.stderr) }),
  };
  const { name, rest } = splitCommand(argv);
  if (given !== undefined && given !== '' && !given.startsWith('-') && !KNOWN_LANG.test(given.trim())) {
    // As every other argument problem: the command's prefix, then its usage (the general one without a command).
    const known = name !== undefined && COMMANDS.has(name);
    const prefix = known ? `huibao ${name}` : 'huibao';
    full.err(messages.t('cli', 'badLang', { prefix, lang: given }) + usageOf(known ? name : '', messages));
    return EXIT.usage;
  }
  if (!name) {
    // Nothing asked for: the usage, but as an error (exit 2), so that a script calling `huibao $CMD` notices.
    full.err(messages.t('cli', 'usage'));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
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
      const key = (
        {
          unknown: 'argUnknown',
          needsFile: 'argNeedsFile',
          needsValue: 'argNeedsValue',
          extra: 'argExtra',
        } as const
      )[error.problem];
      full.err(messages.t('cli', key, { arg: error.arg, command: name }) + usageOf(name, messages));
      return EXIT.usage;
    }
    throw error;
  }
}
