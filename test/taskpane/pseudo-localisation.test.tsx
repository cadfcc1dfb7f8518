/**
 * Pseudo-localisation: render the pane with every catalogue string wrapped in ⟦ ⟧ and check that every visible
 * text node and every accessible name is wrapped, so no interface text bypasses the catalogue. Data (sheet names,
 * indicator names, numbers, the report) is listed in the fixtures and let through as it is.
 */
import { FluentProvider, SSRProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { pseudoCatalogue } from '../../src/core/i18n';
import { App } from '../../src/taskpane/App';
import { loadLaterParts } from '../../src/taskpane/later';
import { IndicatorsByStatus } from '../../src/taskpane/components/IndicatorsByStatus';
import { ReportPreview } from '../../src/taskpane/components/ReportPreview';
import { SettingsForm } from '../../src/taskpane/components/SettingsForm';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { PaneTextProvider, paneText } from '../../src/taskpane/pane-text';
import { summaryView } from '../../src/taskpane/summary-figures';
import { INITIAL_PANE_STATE, type PaneState } from '../../src/taskpane/use-pane';
import { DATA_TEXT, FILL, INDICATORS, OUTPUT } from './fixtures';

const pseudo = pseudoCatalogue();

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text nodes (React separates adjacent ones with `<!-- -->`) and accessible-name attributes of an HTML string. */
function visibleStrings(html: string): string[] {
  const withoutHidden = html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '');
  const out: string[] = [];
  for (const part of withoutHidden.split(/<[^>]*>/)) {
    const text = decode(part).trim();
    if (text) out.push(text);
  }
  for (const match of withoutHidden.matchAll(/\s(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
    const text = decode(match[2]).trim();
    if (text) out.push(text);
  }
  return out;
}

function unwrapped(html: string): string[] {
  const data = new Set(DATA_TEXT);
  return visibleStrings(html).filter(
    (text) => !(text.startsWith('⟦') && text.endsWith('⟧')) && !data.has(text) && !/^[\d.,%\s]+$/.test(text),
  );
}

const STATE: PaneState = {
  ...INITIAL_PANE_STATE,
  snapshot: { sheets: [] },
  fileName: '东湖社区',
  detected: {
    indicators: [
      { name: '东湖社区', count: 3 },
      { name: '西园社区', count: 3 },
    ],
    catalogue: { name: '指标目录', count: 3 },
    units: [
      { name: '东湖社区', count: 3 },
      { name: '西园社区', count: 3 },
    ],
    template: { name: '报告模板', count: 2 },
    rules: null,
    ours: [],
  },
  output: OUTPUT,
  summary: summaryView(OUTPUT.analysis),
  written: true,
  progress: { step: 'progressWrite', fraction: 0.5 },
  notice: { intent: 'success', key: 'done', params: { sheets: '汇总、校验结果、报告' } },
  error: { error: new Error('boom'), retry: () => undefined },
  // The workbook's sheets are English while the pane is not: the pane says so under 一键生成.
  settings: { ...INITIAL_PANE_STATE.settings, lang: 'en-US' },
  settingsRead: true,
};

describe('pseudo-localised pane', () => {
  // The results, messages and progress come with the later chunk, which the pane fetches after first paint.
  beforeAll(() => loadLaterParts());

  it.each(['excel', 'file', null] as const)(
    'wraps every visible string in ⟦ ⟧ (%s mode, results shown)',
    (mode) => {
      const html = renderToString(
        <App connection={null} mode={mode} initialLang="zh-CN" catalogue={pseudo} initialState={STATE} />,
      );
      // The render really holds the interface: the one-click button and the findings.
      expect(html.includes('>⟦一键生成⟧<')).toBe(true);
      expect(html.includes('「新增就业人数」')).toBe(true);
      expect(html.includes('⟦英文⟧')).toBe(true);
      expect(unwrapped(html)).toEqual([]);
    },
  );

  it('wraps the error bar after an unreadable file (its title, next step and buttons)', () => {
    const state: PaneState = {
      ...STATE,
      progress: null,
      error: { error: new Error('boom'), retry: null, unreadableFile: 'broken.xlsx' },
    };
    const html = renderToString(
      <App connection={null} mode="file" initialLang="zh-CN" catalogue={pseudo} initialState={state} />,
    );
    expect(html.includes('⟦无法读取“broken.xlsx”⟧')).toBe(true);
    expect(html.includes('>⟦选择其他文件⟧<')).toBe(true);
    expect(html.includes('>⟦重试⟧<')).toBe(false);
    expect(unwrapped(html)).toEqual([]);
  });

  it('wraps the indicator and report views too', () => {
    const html = renderToString(
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>
          <PaneTextProvider value={paneText('zh-CN', pseudo)}>
            <IndicatorsByStatus indicators={INDICATORS} />
            <ReportPreview fill={FILL} onCopy={() => undefined} />
          </PaneTextProvider>
        </FluentProvider>
      </SSRProvider>,
    );
    expect(html.includes('>垃圾分类覆盖率<')).toBe(true);
    expect(html.includes('>***</mark>')).toBe(true);
    expect(unwrapped(html)).toEqual([]);
  });

  it('wraps the settings form and its saved line (the form is behind a disclosure, so rendered on its own)', () => {
    const html = renderToString(
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>
          <PaneTextProvider value={paneText('zh-CN', pseudo)}>
            <SettingsForm
              settings={DEFAULT_SETTINGS}
              where="workbook"
              busy={false}
              onSave={() => undefined}
            />
            <SettingsPanel
              settings={DEFAULT_SETTINGS}
              where="browser"
              busy={false}
              saved="settingsSavedRerun"
              onSave={() => undefined}
            />
          </PaneTextProvider>
        </FluentProvider>
      </SSRProvider>,
    );
    expect(html.includes('>⟦街道名称⟧<')).toBe(true);
    expect(html.includes('⟦设置已存入工作簿，重新生成后生效。⟧')).toBe(true);
    expect(unwrapped(html)).toEqual([]);
  });

  it('catches text that bypasses the catalogue (the check can fail)', () => {
    const html = renderToString(
      <PaneTextProvider value={paneText('zh-CN', pseudo)}>
        <button type="button" aria-label="关闭">
          ⟦确定⟧
        </button>
        <span>未翻译</span>
      </PaneTextProvider>,
    );
    expect(unwrapped(html)).toEqual(['未翻译', '关闭']);
  });
});
