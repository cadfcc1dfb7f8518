/** The status labels' text against their background, computed from Fluent's token values: WCAG AA in both themes. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { PILL_TOKENS } from '../../src/taskpane/components/Pill';

function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Pill colours', () => {
  for (const [name, theme] of [
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ] as const) {
    it.each(Object.entries(PILL_TOKENS))(`%s meets 4.5:1 in the ${name} theme`, (_, [bg, fg]) => {
      const background = theme[bg] as string;
      const text = theme[fg] as string;
      expect(background).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });
});
