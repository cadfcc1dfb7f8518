/**
 * Test-only page entry: installs engineer E's strict fake of Excel and Office on `window` (the workbook comes from
 * `window.__HUIBAO_FAKE_INIT__`), then boots the real pane on the real Office.js host. Bundled by esbuild in the test.
 */
import { createExcelWorkbookHost, onOfficeThemeChange, whenOfficeReady } from '../../src/excel/office-host';
import { boot } from '../../src/taskpane/boot';
import { lightThemeRule } from '../../src/taskpane/light-theme';
import { mapOfficeError } from '../../src/taskpane/office-error-mapper';
import { type FakeWorkbookInit, installFakeOffice } from '../fake-excel';

// The light theme's variables, as the build writes them into taskpane.html's head.
const theme = document.createElement('style');
theme.textContent = lightThemeRule();
document.head.appendChild(theme);

const page = window as unknown as { __HUIBAO_FAKE_INIT__: FakeWorkbookInit; __huibaoFake: unknown };
page.__huibaoFake = installFakeOffice(window, page.__HUIBAO_FAKE_INIT__);
const root = document.getElementById('root');
if (root) {
  void boot(root, {
    whenOfficeReady,
    createExcelHost: createExcelWorkbookHost,
    mapOfficeError,
    onThemeChange: onOfficeThemeChange,
  });
}
