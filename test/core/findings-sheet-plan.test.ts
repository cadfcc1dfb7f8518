import type { Finding } from '../../src/core/findings';
import { messageWithoutLocation } from '../../src/core/findings-sheet-plan';

describe('messageWithoutLocation', () => {
  const at: Finding = { severity: 'error', code: 'missing-value', sheet: '社区(1).a*', cell: 'D11' };

  test('drops `sheet!cell：` or `sheet：` at the start, with any spaces around the colon', () => {
    expect(messageWithoutLocation('社区(1).a*!D11：没有填写完成值。', at)).toBe('没有填写完成值。');
    expect(messageWithoutLocation('社区(1).a*!D11 :  没有填写完成值。', at)).toBe('没有填写完成值。');
    expect(messageWithoutLocation('社区(1).a*：缺少表头。', at)).toBe('缺少表头。');
    // An English message then starts with a capital.
    expect(messageWithoutLocation('社区(1).a*!D11: indicator M005 has no value.', at)).toBe(
      'Indicator M005 has no value.',
    );
  });

  test('leaves a message that does not start with the place and a colon', () => {
    expect(messageWithoutLocation('社区(1).a*!D11 没有填写完成值。', at)).toBe(
      '社区(1).a*!D11 没有填写完成值。',
    );
    expect(messageWithoutLocation('见 社区(1).a*!D11：没有填写。', at)).toBe('见 社区(1).a*!D11：没有填写。');
    // Sheet-name characters are literal, not a pattern (`.` is not any character).
    expect(messageWithoutLocation('社区(1)xa*：缺少表头。', at)).toBe('社区(1)xa*：缺少表头。');
    expect(messageWithoutLocation('x：y', { severity: 'info', code: 'missing-value' })).toBe('x：y');
  });
});
