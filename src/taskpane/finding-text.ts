/** A finding's message as the findings list shows it: without the location the row already shows above it. */
import type { Lang } from '../core/i18n';

/**
 * `光明社区!D34: the rule …` → `The rule …`. The catalogue's messages start with `{sheet}!{cell}:` or `{sheet}:`
 * (a missing indicator names its sheet only, even when the finding has a cell), so the CLI prints them as
 * sentences; once the pane drops that prefix, an English message starts mid-sentence and gets its first letter
 * capitalised. Chinese (and any message without the prefix) keeps its text.
 */
export function findingSentence(
  message: string,
  sheet: string | undefined,
  cell: string | undefined,
  lang: Lang,
): string {
  const prefixes = sheet ? (cell ? [`${sheet}!${cell}`, sheet] : [sheet]) : [];
  const prefix = prefixes.find((p) => /^\s*[：:]/.test(message.slice(p.length)) && message.startsWith(p));
  if (prefix === undefined) return message;
  const rest = message.slice(prefix.length).replace(/^\s*[：:]\s*/, '');
  if (lang !== 'en-US') return rest;
  return rest.charAt(0).toLocaleUpperCase('en-US') + rest.slice(1);
}
