/**
 * The later chunk (results, messages, progress, the skeleton's form) is fetched after first paint: until it is
 * there the pane renders without those parts, and a notice or an error is still shown as plain text.
 */
import { renderToString } from 'react-dom/server';
import { StatusBars } from '../../src/taskpane/components/StatusBars';
import { loadLaterParts } from '../../src/taskpane/later';
import { PaneTextProvider, paneText } from '../../src/taskpane/pane-text';

const text = paneText('zh-CN');

const bars = (props: Partial<Parameters<typeof StatusBars>[0]>): string =>
  renderToString(
    <PaneTextProvider value={text}>
      <StatusBars error={null} notice={null} onDismiss={() => undefined} {...props} />
    </PaneTextProvider>,
  );

describe('status bars and the later chunk', () => {
  it('show a notice as plain text in the live region before the chunk is there', () => {
    const html = bars({ notice: { intent: 'info', key: 'marksCleared' } });
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain(text.t('marksCleared'));
    expect(html).not.toContain('data-testid="notice"');
  });

  it("show an error's title before the chunk is there", () => {
    const html = bars({ error: { error: new Error('boom'), retry: null } });
    expect(html).toContain(text.t('errorTitle'));
  });

  it('render nothing in the live region when there is nothing to say', () => {
    expect(bars({})).not.toContain('<p>');
  });

  it("use Fluent's message bars once the chunk is loaded", async () => {
    await loadLaterParts();
    const html = bars({ notice: { intent: 'info', key: 'marksCleared' } });
    expect(html).toContain('data-testid="notice"');
    expect(html).toContain(text.t('marksCleared'));
  });
});
