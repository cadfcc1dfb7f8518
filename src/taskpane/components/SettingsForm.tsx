/**
 * The settings' form (in the later chunk: it is behind a closed disclosure at first paint). Fields hold what the
 * user types; nothing is saved until every field reads, and a field that does not read says why beside it.
 */
import { Button, Caption1, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, SaveRegular } from '@fluentui/react-icons';
import { type FormEvent, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n';
import {
  DEFAULT_SETTINGS,
  EXCEEDED_PERCENT,
  parsePercentSetting,
  parseYear,
  percentText,
  type Settings,
  YOY_JUMP_PERCENT,
} from '../../core/settings';
import { type PaneKey, useText } from '../pane-text';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '120px' },
});

export interface SettingsProps {
  readonly settings: Settings;
  /** Where the settings are kept: the workbook (Excel) or this browser (browser mode). */
  readonly where: 'workbook' | 'browser';
  readonly busy: boolean;
  onSave(settings: Settings): void;
}

interface Draft {
  readonly streetName: string;
  readonly year: string;
  readonly exceeded: string;
  readonly yoy: string;
  readonly lang: Lang;
}

function draftOf(settings: Settings): Draft {
  return {
    streetName: settings.streetName,
    year: settings.year === null ? '' : String(settings.year),
    exceeded: percentText(settings.exceededRatio),
    yoy: percentText(settings.yoyJumpRatio),
    lang: settings.lang,
  };
}

/** Each field still as it was drawn from `before` takes its value in `after`; an edited field keeps the edit. */
export function followSettings(draft: Draft, before: Draft, after: Draft): Draft {
  const next: Record<keyof Draft, string> = { ...draft };
  for (const key of Object.keys(after) as (keyof Draft)[]) {
    if (draft[key] === before[key]) next[key] = after[key];
  }
  return next as Draft;
}

type Problems = Partial<Record<'year' | 'exceeded' | 'yoy', PaneKey>>;

/** The draft as settings, or what is wrong with which field. */
export function readDraft(
  draft: Draft,
  base: Settings,
): { settings: Settings; problems: null } | { settings: null; problems: Problems } {
  const year = draft.year.trim() === '' ? null : parseYear(draft.year);
  const exceededRatio = parsePercentSetting(draft.exceeded, EXCEEDED_PERCENT);
  const yoyJumpRatio = parsePercentSetting(draft.yoy, YOY_JUMP_PERCENT);
  const problems: Problems = {};
  if (year === undefined) problems.year = 'settingsYearInvalid';
  if (exceededRatio === undefined) problems.exceeded = 'settingsExceededInvalid';
  if (yoyJumpRatio === undefined) problems.yoy = 'settingsYoyInvalid';
  if (year === undefined || exceededRatio === undefined || yoyJumpRatio === undefined) {
    return { settings: null, problems };
  }
  return {
    settings: {
      ...base,
      streetName: draft.streetName.trim(),
      year,
      exceededRatio,
      yoyJumpRatio,
      lang: draft.lang,
    },
    problems: null,
  };
}

export function SettingsForm(props: SettingsProps) {
  const styles = useStyles();
  const text = useText();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.settings));
  const [problems, setProblems] = useState<Problems>({});
  // The settings the draft started from. When they change under the form (read from the workbook, the header's
  // language switch, the highlight button, a save), a field the user has not touched follows them; typed text stays.
  const [base, setBase] = useState(props.settings);
  if (props.settings !== base) {
    setBase(props.settings);
    setDraft((d) => followSettings(d, draftOf(base), draftOf(props.settings)));
  }
  const inputs = {
    year: useRef<HTMLInputElement>(null),
    exceeded: useRef<HTMLInputElement>(null),
    yoy: useRef<HTMLInputElement>(null),
  };
  const edit = (change: Partial<Draft>): void => setDraft((d) => ({ ...d, ...change }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // The save button stays focusable while a job runs, so Enter in a field still submits: ignore it then.
    if (props.busy) return;
    const read = readDraft(draft, props.settings);
    setProblems(read.problems ?? {});
    if (read.settings) {
      setDraft(draftOf(read.settings)); // as saved (`130%` → `130`)
      props.onSave(read.settings);
      return;
    }
    // The first field that does not read takes focus, so its message is read out with it.
    const first = (['year', 'exceeded', 'yoy'] as const).find((field) => read.problems[field]);
    if (first) inputs[first].current?.focus();
  };
  const problem = (field: keyof Problems) =>
    problems[field] ? { validationState: 'error' as const, validationMessage: text.t(problems[field]) } : {};
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="settings-form">
      <Field label={text.t('settingsStreet')} hint={text.t('settingsStreetHint')}>
        <Input
          value={draft.streetName}
          onChange={(_, data) => edit({ streetName: data.value })}
          data-testid="settings-street"
        />
      </Field>
      <Field label={text.t('settingsYear')} hint={text.t('settingsYearHint')} {...problem('year')}>
        <Input
          ref={inputs.year}
          inputMode="numeric"
          value={draft.year}
          onChange={(_, data) => edit({ year: data.value })}
          data-testid="settings-year"
        />
      </Field>
      <Field
        label={text.t('settingsExceeded')}
        hint={text.t('settingsExceededHint')}
        {...problem('exceeded')}
      >
        <Input
          ref={inputs.exceeded}
          inputMode="decimal"
          value={draft.exceeded}
          onChange={(_, data) => edit({ exceeded: data.value })}
          data-testid="settings-exceeded"
        />
      </Field>
      <Field label={text.t('settingsYoy')} hint={text.t('settingsYoyHint')} {...problem('yoy')}>
        <Input
          ref={inputs.yoy}
          inputMode="decimal"
          value={draft.yoy}
          onChange={(_, data) => edit({ yoy: data.value })}
          data-testid="settings-yoy"
        />
      </Field>
      <Field label={text.t('settingsSheetLang')}>
        <Select
          value={draft.lang}
          onChange={(_, data) => edit({ lang: data.value === 'en-US' ? 'en-US' : 'zh-CN' })}
          data-testid="settings-lang"
        >
          <option value="zh-CN">{text.t('langZh')}</option>
          <option value="en-US">{text.t('langEn')}</option>
        </Select>
      </Field>
      <Caption1 className={styles.where}>
        {text.t(props.where === 'workbook' ? 'settingsWhereWorkbook' : 'settingsWhereBrowser')}
      </Caption1>
      <div className={styles.buttons}>
        <Button
          className={styles.button}
          appearance="primary"
          type="submit"
          icon={<SaveRegular />}
          // Focusable while a job runs, so focus stays on it through the save.
          disabledFocusable={props.busy}
          data-testid="settings-save"
        >
          {text.t('settingsSave')}
        </Button>
        <Button
          className={styles.button}
          icon={<ArrowResetRegular />}
          onClick={() => {
            // Fills the fields only: the defaults take effect when saved, like anything else typed here.
            setDraft({ ...draftOf(DEFAULT_SETTINGS), lang: draft.lang });
            setProblems({});
          }}
        >
          {text.t('settingsReset')}
        </Button>
      </div>
    </form>
  );
}
