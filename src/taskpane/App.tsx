/** The Huibao pane: one screen, top to bottom in the order people work. */
import { FluentProvider, makeStyles, mergeClasses, type Theme, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Catalogue, catalogueFor, type Lang } from '../core/i18n';
import { ActionsPanel } from './components/ActionsPanel';
import { FilePanel } from './components/FilePanel';
import { Header } from './components/Header';
import { SheetsPanel } from './components/SheetsPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { SkeletonPanel } from './components/SkeletonPanel';
import { StatusBars } from './components/StatusBars';
import { saveLangChoice } from './lang-choice';
import { loadLaterParts, useLaterParts } from './later';
import { LIGHT_THEME_CLASS } from './light-theme-class';
import { PaneTextProvider, paneText } from './pane-text';
import { afterPaint, type PaneConnection, type PaneState, SETTINGS_SAVED_KEYS, usePane } from './use-pane';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    boxSizing: 'border-box',
    maxWidth: '640px',
    marginInline: 'auto',
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
  },
});

export interface AppProps {
  /** Null while Office is starting (the shell paints first). */
  readonly connection: PaneConnection | null;
  /** Null until Office has answered (the shell paints first, without the host-specific parts). */
  readonly mode: 'excel' | 'file' | null;
  readonly initialLang: Lang;
  /**
   * The dark theme when Office's (or the system's) theme is dark. When absent the pane is light: its variables come
   * from the page, a rule on `LIGHT_THEME_CLASS` that the build writes into taskpane.html (`light-theme.ts`).
   */
  readonly darkTheme?: Theme | null;
  /** A catalogue to use instead of the language's own (the pseudo-localisation test). */
  readonly catalogue?: Catalogue;
  /** A state to start from (tests and screenshots). */
  readonly initialState?: PaneState;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const text = useMemo(() => paneText(lang, props.catalogue ?? catalogueFor(lang)), [lang, props.catalogue]);
  const chooseLang = useCallback((next: Lang): void => {
    saveLangChoice(next);
    setLang(next);
  }, []);
  const [state, actions] = usePane(props.connection, text, chooseLang, props.initialState);
  // What is never on screen at first paint (results, messages, progress, the skeleton's form): fetched right after it.
  const later = useLaterParts(state.output !== null);
  useEffect(() => afterPaint(() => void loadLaterParts().catch(() => undefined)), []);
  // Screen readers pick their voice from <html lang>; FluentProvider's lang covers only its own subtree.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A finished run: the results start below the fold at 320 px and the disabled button dropped focus, so focus
  // (and the scroll) move to the results heading; the status bar announces the outcome politely.
  const shownOutput = useRef(state.output);
  useEffect(() => {
    if (state.progress !== null || state.output === shownOutput.current) return;
    if (state.output && !later) return; // the results appear (and take focus) once the later chunk is there
    shownOutput.current = state.output;
    if (state.output) document.getElementById('huibao-results')?.focus();
  }, [state.output, state.progress, later]);
  // A failure: focus moves to its message bar (once the later chunk has drawn it), so keyboard and screen reader
  // users land on what went wrong and on its retry.
  const shownError = useRef(state.error);
  useEffect(() => {
    if (state.error === shownError.current || (state.error && !later)) return;
    shownError.current = state.error;
    if (state.error) document.getElementById('huibao-error')?.focus();
  }, [state.error, later]);
  // Browser mode: the file chooser, opened again from the error bar after an unreadable file.
  const fileInput = useRef<HTMLInputElement>(null);
  const fileMode = props.mode === 'file';
  const busy = state.progress !== null;
  const ready = props.connection !== null && (props.mode === 'excel' || state.snapshot !== null);
  const source =
    props.mode === 'excel'
      ? text.t('sourceExcel')
      : state.fileName
        ? text.t('sourceFile', { name: state.fileName })
        : text.t('sourceNone');
  return (
    <FluentProvider
      theme={props.darkTheme ?? undefined}
      className={mergeClasses(styles.root, !props.darkTheme && LIGHT_THEME_CLASS)}
      lang={lang}
    >
      <PaneTextProvider value={text}>
        <main className={styles.main} aria-busy={busy}>
          <Header source={source} onLang={actions.setLang} />
          {fileMode ? (
            <FilePanel
              inputRef={fileInput}
              busy={busy}
              hasExample={!!props.connection?.exampleUrl}
              onFile={actions.openFile}
              onExample={actions.loadExample}
            />
          ) : null}
          <SheetsPanel
            detected={state.detected}
            busy={busy || !props.connection}
            onRefresh={actions.refresh}
          />
          <ActionsPanel
            mode={props.mode}
            ready={ready}
            progress={state.progress}
            highlight={state.settings.highlightFindings}
            sheetLang={state.settingsRead && state.settings.lang !== lang ? state.settings.lang : null}
            canDownload={state.written && !!props.connection?.file?.hasOutput()}
            onGenerate={actions.generate}
            onValidate={actions.validate}
            onWriteSummary={actions.writeSummary}
            onHighlight={actions.setHighlight}
            onClearMarks={actions.clearMarks}
            onDownload={actions.download}
          />
          <StatusBars
            error={state.error}
            notice={state.notice}
            mapOfficeError={props.connection?.mapOfficeError}
            onDismiss={actions.dismiss}
            onChooseFile={fileMode ? () => fileInput.current?.click() : undefined}
            onExample={fileMode && props.connection?.exampleUrl ? actions.loadExample : undefined}
          />
          {state.output && state.summary && later ? (
            <later.ResultsPanel
              output={state.output}
              summary={state.summary}
              onJump={actions.jump}
              onCopy={actions.copyReport}
              jumpInDownload={fileMode}
            />
          ) : null}
          <SkeletonPanel
            pasted={state.pasted}
            hasTemplateSheet={!!state.detected?.template}
            busy={busy}
            ready={
              props.connection !== null &&
              (props.mode === 'excel' || state.snapshot !== null || state.pasted !== '')
            }
            onPasted={actions.setPasted}
            onMake={actions.makeSkeleton}
          />
          <SettingsPanel
            settings={state.settings}
            where={props.mode === 'excel' ? 'workbook' : 'browser'}
            busy={busy || !props.connection || !state.settingsRead}
            saved={state.notice && SETTINGS_SAVED_KEYS.has(state.notice.key) ? state.notice.key : null}
            onSave={actions.saveSettings}
          />
        </main>
      </PaneTextProvider>
    </FluentProvider>
  );
}
