/**
 * The Chinese catalogue: every user-facing string of Huibao, by section. It is the reference: `en-US.ts` must have
 * exactly these keys (the type checker enforces it). Placeholders are `{name}`.
 * Sections belong to modules: findings (core checks), fill, cli, summary (written sheets), pane, officeErrors, commands.
 */
export const zhCN = {
  common: {
    appName: '汇报',
    severityError: '错误',
    severityWarning: '警告',
    severityInfo: '提示',
    statusMet: '达标',
    statusNotMet: '未达标',
    statusExceeded: '超额',
    statusNoTarget: '无目标',
    statusMissing: '缺数',
    currentWorkbook: '当前工作簿',
  },
  cli: {
    usage:
      '汇报 huibao：街道工作指标的填报、校验、汇总与报告填数。\n\n用法：\n  huibao skeleton <模板.txt> -o <指标.xlsx>        从带掩码的报告生成指标表\n  huibao fill --template <模板.txt> --workbook <指标.xlsx> -o <报告.txt> [--json <结果.json>]\n                                                  用指标表的完成值填写报告\n  huibao validate <工作簿.xlsx> [--json <结果.json>]  校验指标表并汇总各社区\n  huibao run <工作簿.xlsx> [--template <模板.txt>] [-o <输出.xlsx>] [--json <结果.json>]\n                                                  一次完成校验、汇总、填数，写出汇总工作簿\n\n通用选项：--lang en 英文输出；--help 显示帮助。\n退出码：0 成功；1 有错误或未填的掩码；2 参数或文件不可用。\n',
    unknownCommand: 'huibao：没有“{name}”这个命令。运行 huibao --help 查看用法。\n',
    badArgument: 'huibao {command}：参数“{arg}”无法使用。运行 huibao --help 查看用法。\n',
    notYet: 'huibao：命令 {name} 尚未实现。\n',
  },
  fill: {
    // masks, number writing, fill: src/core/masks.ts, number-writing.ts, fill.ts, cli fill
    usage:
      '用法：huibao fill --template <模板.txt> --workbook <指标.xlsx> -o <报告.txt> [--json <结果.json>] [--lang en]\n',
    missingFlag: 'huibao fill：缺少 {flag}。\n',
    cannotReadTemplate: 'huibao fill：无法读取模板 {path}（{reason}）。\n',
    cannotReadWorkbook: 'huibao fill：无法读取工作簿 {path}：{reason}\n',
    cannotWrite: 'huibao fill：无法写入 {path}（{reason}）。\n',
    noMasks: 'huibao fill：模板 {path} 中没有掩码（*），无需填数。\n',
    noIndicators: 'huibao fill：{path} 中没有指标表（表头需有“编号”或“指标”，以及“完成值”）。\n',
    summary:
      '已写出 {path}：共 {total} 处掩码，已填 {filled} 处（其中 {warnings} 处有警告），出错 {errors} 处，未匹配 {unlinked} 处。\n',
    jsonWritten: '已写出逐处明细 {path}。\n',
    slotLine: '  [{status}] {id} {message}\n',
    statusFilled: '已填',
    statusWarning: '警告',
    statusError: '错误',
    statusUnlinked: '未匹配',
    reasonMissing: '文件不存在',
    reasonDirectory: '这是一个文件夹',
    reasonPermission: '没有读写权限',
  },
  skeleton: {
    // the indicator skeleton workbook: src/core/skeleton-plan.ts, cli skeleton
    usage: '用法：huibao skeleton <模板.txt> -o <指标.xlsx> [--lang en]\n',
    missingArg: 'huibao skeleton：缺少 {what}。\n',
    argTemplate: '模板文件',
    cannotRead: 'huibao skeleton：无法读取模板 {path}（{reason}）。\n',
    cannotWrite: 'huibao skeleton：无法写入 {path}（{reason}）。\n',
    exists: 'huibao skeleton：{path} 已存在。为免覆盖已填写的数据，未写出；请换一个文件名或先删除该文件。\n',
    noMasks: 'huibao skeleton：模板 {path} 中没有掩码（*）。\n',
    wrote:
      '已生成 {path}：工作表“指标”共 {rows} 行，对应 {total} 处掩码（数字 {numeric} 处，文字 {text} 处）。\n',
    unclassified: '以下 {count} 处掩码无法判断类型，已列入指标表但未猜测类型，请核对：\n',
    unclassifiedLine: '  {id} 第 {line} 行：{source}\n',
    promptTitle: '填写说明',
    promptNumber: '报告中写作“{format}”，单位：{unit}。请填数字（不带单位）。',
    promptPercent: '报告中写作“{format}%”。请填百分点，如 98.5 或 98.5%。',
    promptText: '报告中写作“{format}”。请填文字，如“{example}”。',
    promptUnknown: '报告中写作“{format}”，类型无法判断。请按报告原文填写。',
    exampleName: '和平',
    exampleCode: '1+3+N',
    exampleHotline: '12345',
    errorTitle: '输入有误',
    errorNumber: '请填写不小于 0 的数字。',
    errorPercent: '请填写 0 到 100 之间的百分点。',
    noteSameAs: '与 {id} 是同一名称，可留空',
    noteUnclassified: '类型无法判断，请核对',
    noUnit: '（无）',
    footer: '&A 第 &P 页，共 &N 页',
  },
  validate: {
    // validation, rules, aggregation: src/core/analyse.ts and kin, cli validate
    expectedNumber: '数字',
    expectedInteger: '整数',
    expectedNonNegative: '0 或正数',
    expectedPercentRange: '0～100',
    ruleEmpty: '规则是空的',
    ruleUnexpectedChar: '第 {position} 个字符“{token}”不能用在规则里',
    ruleUnexpectedToken: '第 {position} 个字符处的“{token}”放错了位置',
    ruleUnexpectedEnd: '规则不完整（缺少右括号或运算数）',
    ruleUnknownFunction: '不认识函数 {token}（可用 ROUND、SUM、ABS、MIN、MAX、AND、OR）',
    ruleArgCount: '函数 {token} 的参数个数 {count} 不对',
    ruleNotComparison: '规则必须是比较，例如 M025 <= M024',
    ruleUnknownId: '编号 {token} 不在指标中',
    ruleDetailSides: '{values}；左边 = {left}，右边 = {right}',
    ruleDefaultHint: '核对规则涉及的各项指标数值。',
    scopeTotal: '街道合计',
    cliUsage: '用法：huibao validate <工作簿.xlsx> [--json <结果.json>] [--lang en]\n',
    cliUnreadable: 'huibao validate：无法读取 {path}：{reason}\n',
    cliNotFound: 'huibao validate：找不到文件 {path}。\n',
    cliJsonFailed: 'huibao validate：无法写出 {path}：{reason}\n',
    cliWroteJson: '已写出 {path}。\n',
    cliNoFindings: '没有发现问题。\n',
    cliWorkbookLevel: '（整个工作簿）',
    cliSheetHeading: '■ {sheet}（{count} 条）',
    cliUnits: '目录：{catalogue}；单位：{units}',
    cliNoUnits: '单张指标表',
    cliSummary:
      '合计：{error} 个错误，{warning} 个警告，{info} 个提示。指标 {total} 项：达标 {met}，超额 {exceeded}，未达标 {notMet}，缺数 {missing}，无目标 {noTarget}。\n',
  },
  summary: {
    // the written sheets 汇总 / 校验结果 / 报告: src/core/summary-plan.ts, cli run
    title: '{street}{year}年工作指标完成情况',
    titleNoYear: '{street}工作指标完成情况',
    generatedOn: '生成日期：{date}　　数据来源：{source}',
    date: '{y}年{m}月{d}日',
    keyFigures: '总体情况',
    figureTotal: '指标总数',
    figureErrors: '数据错误',
    sectionsHeading: '分板块完成情况',
    colSection: '板块',
    colCount: '指标数',
    colAvgCompletion: '平均完成率',
    totalRow: '合计',
    noSection: '（未分板块）',
    chartsHeading: '图表',
    detailHeading: '指标完成情况明细',
    colId: '编号',
    colName: '指标',
    colUnit: '单位',
    colTarget: '目标值',
    colActual: '完成值',
    colCompletion: '完成率',
    colStatus: '状态',
    colPrevious: '上年值',
    colYoy: '同比',
    colOwner: '责任部门',
    subtotal:
      '小计：{total} 项，达标 {met}，超额 {exceeded}，未达标 {notMet}，无目标 {noTarget}，缺数 {missing}',
    unitsHeading: '各单位分项数据',
    chartDataHeading: '附：图表数据',
    targetTableHeading: '完成值与目标值对比（差距最大的 {n} 项）',
    unitShareHeading: '各单位贡献占比（前 {n} 项指标）',
    colLabel: '图表标签',
    colTargetRatio: '目标',
    chartCompletion: '各板块平均完成率',
    chartStatus: '指标完成状态分布',
    chartTarget: '完成情况与目标对比（目标=100%，差距最大的 {n} 项）',
    chartUnits: '各单位贡献占比（前 {n} 项指标）',
    axisSection: '板块',
    axisCompletion: '完成率',
    axisIndicator: '指标',
    axisShare: '占比',
    seriesCompletion: '完成率',
    seriesTarget: '目标',
    seriesCount: '指标数',
    findingsNone: '未发现问题。',
    colSeverity: '级别',
    colSheet: '工作表',
    colCell: '单元格',
    colIndicator: '指标',
    colFound: '发现值',
    colExpected: '应为',
    colMessage: '说明',
    colHint: '建议',
    linkTooltip: '转到 {sheet}!{cell}',
    reportSlotsHeading: '填数明细',
    colIndex: '序号',
    colMask: '掩码',
    colValue: '值',
    colWritten: '写入文本',
    colSlotStatus: '状态',
    slotFilled: '已填',
    slotWarning: '需核对',
    slotError: '有误',
    slotUnlinked: '未填',
    unfilledNote: '本段有 {n} 处掩码未能填写：{masks}',
    runWrote: '已写出 {path}\n',
    runSummary:
      '{total} 项指标：达标 {met}，超额 {exceeded}，未达标 {notMet}，无目标 {noTarget}，缺数 {missing}；错误 {errors}，警告 {warnings}{report}。\n',
    runReport: '；报告 {filled}/{slots} 处已填',
    runNoTemplate: '提示：没有报告模板（--template 或“报告模板”工作表），本次不生成“报告”工作表。\n',
    runTemplateFromSheet: '使用工作簿中的“报告模板”工作表。\n',
    progressReading: '正在读取 {path}…\n',
    progressAnalysing: '正在校验、汇总与填数…\n',
    progressWriting: '正在写出 {path}…\n',
    runNoInput: 'huibao run：请给出要处理的工作簿，例如 huibao run 街道.xlsx。\n',
    runTooManyInputs: 'huibao run：只能处理一个工作簿，多出的参数：{extra}。\n',
    runNotFound: 'huibao run：找不到文件 {path}。\n',
    runUnreadable: 'huibao run：无法读取 {path}：{reason}\n',
    runTemplateUnreadable: 'huibao run：无法读取报告模板 {path}：{reason}\n',
    runSameAsInput: 'huibao run：输出文件不能覆盖输入文件 {path}，请用 -o 指定另一个文件名。\n',
    runWriteFailed: 'huibao run：无法写出 {path}：{reason}\n',
    runUsage:
      '用法：huibao run <工作簿.xlsx> [--template <模板.txt>] [-o <输出.xlsx>] [--json <结果.json>] [--lang en]\n  校验、汇总各单位、填写报告，写出带“汇总”“校验结果”“报告”工作表的新工作簿（默认 <名称>-汇总.xlsx，不覆盖输入）。\n  退出码：0 无错误；1 有错误或未填的掩码；2 参数或文件不可用。\n',
    runWroteJson: '已写出 {path}\n',
    runJsonFailed: 'huibao run：无法写出 {path}：{reason}\n',
    footer: '第 &P 页，共 &N 页',
    reportText: '报告正文',
  },
  xlsx: {
    // the file host: src/xlsx
    notZip: '{source}：不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）。',
    legacyXls:
      '{source}：这是旧版 .xls 工作簿，Huibao 只能读取 .xlsx。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再试。',
    encrypted:
      '{source}：工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再试。',
    corrupt: '{source}：工作簿已损坏或不完整（{reason}）。请在 Excel 中打开并重新保存后再试。',
    empty: '{source}：文件是空的。',
    userSheetExists:
      '工作簿中已有名为“{name}”的工作表，且不是 Huibao 生成的，为免覆盖您的数据，未写入。请将该工作表改名后再试。',
    writeFailed: '写出工作簿失败（{reason}）。',
    engineFailed: '无法加载 .xlsx 写入组件（{reason}）。',
  },
  officeErrors: {
    // Office.js error mapping: src/excel
  },
  commands: {
    // ribbon function commands: src/commands
  },
  pane: {
    // the task pane: src/taskpane
  },
  findings: {
    'missing-value': {
      message: '{sheet}!{cell}：指标 {id}「{name}」没有填写完成值。',
      hint: '请在 {cell} 填写数值；确实无数据时在备注中说明。',
    },
    'not-a-number': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的完成值“{found}”不是数字，应为{expected}。',
      hint: '只填数字，例如 1234 或 95%；单位写在“单位”列。',
    },
    'excel-error': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的单元格是错误值 {found}。',
      hint: '检查该单元格的公式，修正后重新校验。',
    },
    'negative-count': {
      message: '{sheet}!{cell}：指标 {id}「{name}」是计数（{unit}），不能为负数：{found}。',
      hint: '填写 0 或正数。',
    },
    'not-integer': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的单位是“{unit}”，应为整数，实际为 {found}。',
      hint: '计数类指标请填整数。',
    },
    'percent-out-of-range': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的百分比 {found} 超出范围，应在 {expected} 之间。',
      hint: '百分比填百分点，例如 98.5 或 98.5%，不超过 100。',
    },
    'mask-digits': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found} 有 {digits} 位整数，格式 {expected} 为 {maskDigits} 位。',
      hint: '核对数值；如确实如此，报告中将按实际位数填写。',
    },
    'approx-not-possible': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found} 不能写成“{expected}”（“余”要求实际值大于取整值）。',
      hint: '核对数值，或把报告原文的“余”去掉。',
    },
    'target-not-met': {
      message: '{sheet}!{cell}：指标 {id}「{name}」完成值 {found}，未达到目标 {expected}。',
      hint: '核对数值，或在备注中说明未达标原因。',
    },
    'target-unparsed': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的目标值“{found}”无法识别。',
      hint: '目标值可写为 ≥95%、≤3、20~30、20 或“完成”。',
    },
    'duplicate-id': {
      message: '{sheet}!{cell}：编号 {id} 重复出现（另见 {other}）。',
      hint: '每个指标的编号应唯一。',
    },
    'unknown-id': {
      message: '{sheet}!{cell}：编号 {id} 不在指标目录中。',
      hint: '检查编号是否抄错，或先在指标目录中添加该指标。',
    },
    'unit-missing-indicator': {
      message: '{sheet}：缺少指标 {id}「{name}」（其他单位都有）。',
      hint: '在 {sheet} 的 {cell} 起补上编号 {id} 这一行。',
    },
    'unit-mismatch': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的单位是“{found}”，目录中为“{expected}”。',
      hint: '统一计量单位后再汇总。',
    },
    'yoy-jump': {
      message: '{sheet}!{cell}：指标 {id}「{name}」完成值 {found}，较上年 {expected} 变化 {change}。',
      hint: '变化较大，请核实数值是否正确。',
    },
    'rule-failed': {
      message: '{sheet}!{cell}：校验规则“{rule}”不成立（{detail}）。',
      hint: '{description}',
    },
    'rule-invalid': {
      message: '{sheet}!{cell}：校验规则“{found}”无法解析：{detail}。',
      hint: '规则写法示例：M025 <= M024，M015 = ROUND(M014 / M013 * 100, 2)。',
    },
    'aggregate-disagree': {
      message: '{sheet}!{cell}：指标 {id}「{name}」要求各单位一致，但填写不同：{found}。',
      hint: '核对各单位填写的值，统一后重新校验。',
    },
    'aggregate-incomplete': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的合计不完整：{missing} 没有数值，未计入合计。',
      hint: '补齐这些单位的数据后重新汇总。',
    },
    'aggregation-unparsed': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的汇总方式“{found}”无法识别，已按默认方式汇总。',
      hint: '汇总方式可写为 求和、平均、最大、最小、一致、不汇总 或 比率(分子编号,分母编号)，编号须在目录中。',
    },
    'no-indicator-sheet': {
      message: '工作簿中没有指标表：找不到含“编号”（或“指标”）和“完成值”表头的工作表。',
      hint: '先用 huibao skeleton 生成指标表，或在表头写上 编号、指标、完成值。',
    },
    // fill (src/core/fill.ts, mask-linking.ts, number-writing.ts)
    'fill-unlinked': {
      message: '模板第 {line} 行的掩码 {mask}（{source}）没有对应的指标，保持原样。',
      hint: '在指标表中加上这一指标：“编号”填 {maskId}，或“原文”填这段原文。',
    },
    'fill-missing': {
      message: '{sheet}!{cell}：指标 {id}「{name}」没有填写完成值，报告中的 {mask} 保持原样。',
      hint: '在 {cell} 填写完成值后重新填数。',
    },
    'fill-not-a-number': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的完成值“{found}”不是数字，报告中的 {mask} 保持原样。',
      hint: '只填数字，例如 1234、98.5 或 98.5%；单位写在“单位”列。',
    },
    'approx-one-digit': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found} 只有一位数，不宜写成“{expected}”，已写作 {rendered}。',
      hint: '核对数值，或把报告原文的“余”去掉。',
    },
    'fill-weak-link': {
      message:
        '{sheet}!{cell}：掩码 {mask}（{source}）按名称匹配到指标 {id}「{name}」，相似度 {score}，请核对。',
      hint: '在该指标的“编号”列填 {maskId}，或在“原文”列填这段原文，即可明确对应。',
    },
    'fill-link-contested': {
      message: '{sheet}!{cell}：指标 {id}「{name}」与多处掩码同样相似，只用于 {mask}（{source}）。',
      hint: '为其他掩码补上各自的指标，并在“编号”列填写对应编号。',
    },
  },
} as const;
