import type { Catalogue } from './catalogue';

/** The English catalogue; the type checker holds it to exactly the keys of `zh-CN.ts`. */
export const enUS: Catalogue = {
  common: {
    appName: 'Huibao',
    severityError: 'Error',
    severityWarning: 'Warning',
    severityInfo: 'Info',
    statusMet: 'Met',
    statusNotMet: 'Not met',
    statusExceeded: 'Exceeded',
    statusNoTarget: 'No target',
    statusMissing: 'Missing',
    currentWorkbook: 'Current workbook',
  },
  cli: {
    usage:
      'Huibao: indicator sheets, validation, totals and report filling for sub-district offices.\n\nUsage:\n  huibao skeleton <template.txt> -o <indicators.xlsx>   make indicator sheets from a masked report\n  huibao fill --template <template.txt> --workbook <indicators.xlsx> -o <report.txt> [--json <slots.json>]\n                                                  fill the report from the actual values\n  huibao validate <workbook.xlsx> [--json <findings.json>]  validate and total the communities\n  huibao run <workbook.xlsx> [--template <report.txt>] [-o <out.xlsx>] [--json <result.json>]\n                                                  validate, total, fill and write the summary workbook\n\nCommon options: --lang en for English; --help for this text.\nExit codes: 0 success; 1 errors or unfilled masks; 2 unusable arguments or files.\n',
    unknownCommand: 'huibao: there is no command “{name}”. Run huibao --help for usage.\n',
    badArgument: 'huibao {command}: cannot use the argument “{arg}”. Run huibao --help for usage.\n',
    notYet: 'huibao: the command {name} is not built yet.\n',
  },
  fill: {
    // masks, number writing, fill: src/core/masks.ts, number-writing.ts, fill.ts, cli fill
    usage:
      'Usage: huibao fill --template <template.txt> --workbook <indicators.xlsx> -o <report.txt> [--json <slots.json>] [--lang en]\n',
    missingFlag: 'huibao fill: {flag} is missing.\n',
    cannotReadTemplate: 'huibao fill: cannot read the template {path} ({reason}).\n',
    cannotReadWorkbook: 'huibao fill: cannot read the workbook {path}: {reason}\n',
    cannotWrite: 'huibao fill: cannot write {path} ({reason}).\n',
    noMasks: 'huibao fill: the template {path} has no masks (*); there is nothing to fill.\n',
    noIndicators:
      'huibao fill: {path} has no indicator sheet (a header row with ID or Indicator, and Actual).\n',
    summary:
      'Wrote {path}: {total} masks, {filled} filled ({warnings} of them with warnings), {errors} errors, {unlinked} not linked.\n',
    jsonWritten: 'Wrote the per-mask details to {path}.\n',
    slotLine: '  [{status}] {id} {message}\n',
    statusFilled: 'filled',
    statusWarning: 'warning',
    statusError: 'error',
    statusUnlinked: 'not linked',
    reasonMissing: 'no such file',
    reasonDirectory: 'it is a folder',
    reasonPermission: 'permission denied',
  },
  skeleton: {
    // the indicator skeleton workbook: src/core/skeleton-plan.ts, cli skeleton
    usage: 'Usage: huibao skeleton <template.txt> -o <indicators.xlsx> [--lang en]\n',
    missingArg: 'huibao skeleton: {what} is missing.\n',
    argTemplate: 'the template file',
    cannotRead: 'huibao skeleton: cannot read the template {path} ({reason}).\n',
    cannotWrite: 'huibao skeleton: cannot write {path} ({reason}).\n',
    exists:
      'huibao skeleton: {path} already exists. Nothing was written, so no filled-in data is lost; choose another file name or delete the file first.\n',
    noMasks: 'huibao skeleton: the template {path} has no masks (*).\n',
    wrote: 'Wrote {path}: sheet 指标 with {rows} rows for {total} masks ({numeric} numeric, {text} text).\n',
    unclassified:
      'These {count} masks could not be classified; they are listed in the sheet, unguessed. Please check:\n',
    unclassifiedLine: '  {id} line {line}: {source}\n',
    promptTitle: 'How to fill',
    promptNumber: 'The report writes “{format}”, unit: {unit}. Enter a number (no unit).',
    promptPercent: 'The report writes “{format}%”. Enter percent points, e.g. 98.5 or 98.5%.',
    promptText: 'The report writes “{format}”. Enter text, e.g. “{example}”.',
    promptUnknown: 'The report writes “{format}”; its kind is unclear. Enter what the report needs.',
    exampleName: '和平',
    exampleCode: '1+3+N',
    exampleHotline: '12345',
    errorTitle: 'Invalid entry',
    errorNumber: 'Enter a number of 0 or more.',
    errorPercent: 'Enter percent points between 0 and 100.',
    noteSameAs: 'Same name as {id}; may be left blank',
    noteUnclassified: 'Kind unclear, please check',
    noUnit: '(none)',
    footer: '&A page &P of &N',
  },
  validate: {
    // validation, rules, aggregation: src/core/analyse.ts and kin, cli validate
    expectedNumber: 'a number',
    expectedInteger: 'a whole number',
    expectedNonNegative: '0 or more',
    expectedPercentRange: '0–100',
    ruleEmpty: 'the rule is empty',
    ruleUnexpectedChar: 'character {position} “{token}” cannot be used in a rule',
    ruleUnexpectedToken: '“{token}” at character {position} is out of place',
    ruleUnexpectedEnd: 'the rule is incomplete (a closing bracket or an operand is missing)',
    ruleUnknownFunction: 'unknown function {token} (use ROUND, SUM, ABS, MIN, MAX, AND, OR)',
    ruleArgCount: 'function {token} cannot take {count} arguments',
    ruleNotComparison: 'a rule must be a comparison, such as M025 <= M024',
    ruleUnknownId: 'the ID {token} is not an indicator',
    ruleDetailSides: '{values}; left side = {left}, right side = {right}',
    ruleDefaultHint: 'Check the values of the indicators the rule names.',
    scopeTotal: 'street total',
    cliUsage: 'Usage: huibao validate <workbook.xlsx> [--json <findings.json>] [--lang en]\n',
    cliUnreadable: 'huibao validate: cannot read {path}: {reason}\n',
    cliNotFound: 'huibao validate: no such file: {path}.\n',
    cliJsonFailed: 'huibao validate: cannot write {path}: {reason}\n',
    cliWroteJson: 'Wrote {path}.\n',
    cliNoFindings: 'No problems found.\n',
    cliWorkbookLevel: '(whole workbook)',
    cliSheetHeading: '■ {sheet} ({count})',
    cliUnits: 'Catalogue: {catalogue}; units: {units}',
    cliNoUnits: 'a single indicator sheet',
    cliSummary:
      'Total: {error} errors, {warning} warnings, {info} notes. {total} indicators: {met} met, {exceeded} exceeded, {notMet} not met, {missing} missing, {noTarget} without target.\n',
  },
  summary: {
    // the written sheets 汇总 / 校验结果 / 报告: src/core/summary-plan.ts, cli run
    title: '{street} {year} work indicators: completion',
    titleNoYear: '{street} work indicators: completion',
    generatedOn: 'Generated {date}    Source: {source}',
    date: '{y}-{mm}-{dd}',
    keyFigures: 'Overview',
    figureTotal: 'Indicators',
    figureErrors: 'Data errors',
    sectionsHeading: 'Completion by section',
    colSection: 'Section',
    colCount: 'Indicators',
    colAvgCompletion: 'Avg completion',
    totalRow: 'Total',
    noSection: '(no section)',
    chartsHeading: 'Charts',
    detailHeading: 'Indicators in detail',
    colId: 'ID',
    colName: 'Indicator',
    colUnit: 'Unit',
    colTarget: 'Target',
    colActual: 'Actual',
    colCompletion: 'Completion',
    colStatus: 'Status',
    colPrevious: 'Previous',
    colYoy: 'YoY',
    colOwner: 'Owner',
    subtotal:
      'Subtotal: {total} indicators, met {met}, exceeded {exceeded}, not met {notMet}, no target {noTarget}, missing {missing}',
    unitsHeading: 'Values by unit',
    chartDataHeading: 'Appendix: chart data',
    targetTableHeading: 'Actual against target (the {n} furthest from target)',
    unitShareHeading: 'Share of each unit (top {n} indicators)',
    colLabel: 'Chart label',
    colTargetRatio: 'Target',
    chartCompletion: 'Average completion by section',
    chartStatus: 'Indicators by status',
    chartTarget: 'Completion against target (target = 100%, the {n} furthest)',
    chartUnits: 'Share of each unit (top {n} indicators)',
    axisSection: 'Section',
    axisCompletion: 'Completion',
    axisIndicator: 'Indicator',
    axisShare: 'Share',
    seriesCompletion: 'Completion',
    seriesTarget: 'Target',
    seriesCount: 'Indicators',
    findingsNone: 'No problems found.',
    colSeverity: 'Severity',
    colSheet: 'Sheet',
    colCell: 'Cell',
    colIndicator: 'Indicator',
    colFound: 'Found',
    colExpected: 'Expected',
    colMessage: 'Message',
    colHint: 'Hint',
    linkTooltip: 'Go to {sheet}!{cell}',
    reportSlotsHeading: 'Figures filled in',
    colIndex: 'No.',
    colMask: 'Mask',
    colValue: 'Value',
    colWritten: 'Written',
    colSlotStatus: 'Status',
    slotFilled: 'Filled',
    slotWarning: 'Check',
    slotError: 'Error',
    slotUnlinked: 'Not filled',
    unfilledNote: '{n} mask(s) in this paragraph could not be filled: {masks}',
    runWrote: 'Wrote {path}\n',
    runSummary:
      '{total} indicators: met {met}, exceeded {exceeded}, not met {notMet}, no target {noTarget}, missing {missing}; {errors} errors, {warnings} warnings{report}.\n',
    runReport: '; report {filled}/{slots} masks filled',
    runNoTemplate:
      'Note: no report template (--template or a 报告模板 sheet), so no 报告 sheet is written this time.\n',
    runTemplateFromSheet: 'Using the 报告模板 sheet of the workbook.\n',
    progressReading: 'Reading {path}…\n',
    progressAnalysing: 'Validating, totalling and filling…\n',
    progressWriting: 'Writing {path}…\n',
    runNoInput: 'huibao run: name the workbook to process, e.g. huibao run street.xlsx.\n',
    runTooManyInputs: 'huibao run: one workbook at a time; extra arguments: {extra}.\n',
    runNotFound: 'huibao run: file not found: {path}.\n',
    runUnreadable: 'huibao run: cannot read {path}: {reason}\n',
    runTemplateUnreadable: 'huibao run: cannot read the report template {path}: {reason}\n',
    runSameAsInput: 'huibao run: the output would overwrite the input {path}; choose another name with -o.\n',
    runWriteFailed: 'huibao run: cannot write {path}: {reason}\n',
    runUsage:
      'Usage: huibao run <workbook.xlsx> [--template <report.txt>] [-o <out.xlsx>] [--json <result.json>] [--lang en]\n  Validates, totals the units, fills the report and writes a new workbook with the 汇总, 校验结果 and 报告 sheets (default <name>-汇总.xlsx; never over the input).\n  Exit codes: 0 no errors; 1 errors or unfilled masks; 2 unusable arguments or files.\n',
    runWroteJson: 'Wrote {path}\n',
    runJsonFailed: 'huibao run: cannot write {path}: {reason}\n',
    footer: 'Page &P of &N',
    reportText: 'Report',
  },
  xlsx: {
    // the file host: src/xlsx
    notZip: '{source}: not an .xlsx workbook (the file is not in the Excel 2007 or later format).',
    legacyXls:
      '{source}: this is an old .xls workbook; Huibao reads only .xlsx. Save it as an Excel Workbook (*.xlsx) in Excel or WPS and try again.',
    encrypted:
      '{source}: the workbook has an open password (it is encrypted) and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and try again.',
    corrupt:
      '{source}: the workbook is damaged or incomplete ({reason}). Open it in Excel, save it again and retry.',
    empty: '{source}: the file is empty.',
    userSheetExists:
      'The workbook already has a sheet named “{name}” that Huibao did not write; it was left untouched and nothing was written. Rename that sheet and try again.',
    writeFailed: 'Could not write the workbook ({reason}).',
    engineFailed: 'Could not load the .xlsx writer ({reason}).',
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
      message: '{sheet}!{cell}: indicator {id} “{name}” has no actual value.',
      hint: 'Enter a number in {cell}; if there is no data, say why in the note.',
    },
    'not-a-number': {
      message:
        '{sheet}!{cell}: the actual value “{found}” of indicator {id} “{name}” is not a number; expected {expected}.',
      hint: 'Enter only the number, such as 1234 or 95%; the unit goes in the Unit column.',
    },
    'excel-error': {
      message: '{sheet}!{cell}: the cell of indicator {id} “{name}” holds the error value {found}.',
      hint: 'Check the formula in that cell and validate again.',
    },
    'negative-count': {
      message: '{sheet}!{cell}: indicator {id} “{name}” is a count ({unit}) and cannot be negative: {found}.',
      hint: 'Enter 0 or a positive number.',
    },
    'not-integer': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is counted in “{unit}” and must be a whole number; found {found}.',
      hint: 'Counts take whole numbers.',
    },
    'percent-out-of-range': {
      message:
        '{sheet}!{cell}: the percentage {found} of indicator {id} “{name}” is out of range; expected {expected}.',
      hint: 'Enter percent points, such as 98.5 or 98.5%, at most 100.',
    },
    'mask-digits': {
      message:
        '{sheet}!{cell}: the value {found} of indicator {id} “{name}” has {digits} integer digits; the mask {expected} has {maskDigits}.',
      hint: 'Check the value; if it is right, the report will show it with its true digits.',
    },
    'approx-not-possible': {
      message:
        '{sheet}!{cell}: the value {found} of indicator {id} “{name}” cannot be written as “{expected}” (余 needs a value above the round number).',
      hint: 'Check the value, or drop 余 from the report text.',
    },
    'target-not-met': {
      message: '{sheet}!{cell}: indicator {id} “{name}” reached {found}, short of its target {expected}.',
      hint: 'Check the value, or explain the shortfall in the note.',
    },
    'target-unparsed': {
      message: '{sheet}!{cell}: the target “{found}” of indicator {id} “{name}” cannot be read.',
      hint: 'Write targets as ≥95%, ≤3, 20~30, 20 or 完成 (done).',
    },
    'duplicate-id': {
      message: '{sheet}!{cell}: the ID {id} appears more than once (see also {other}).',
      hint: 'Each indicator needs its own ID.',
    },
    'unknown-id': {
      message: '{sheet}!{cell}: the ID {id} is not in the indicator catalogue.',
      hint: 'Check the ID for a typo, or add the indicator to the catalogue first.',
    },
    'unit-missing-indicator': {
      message: '{sheet}: indicator {id} “{name}” is missing (the other units have it).',
      hint: 'Add a row for {id} to {sheet} at {cell}.',
    },
    'unit-mismatch': {
      message: '{sheet}!{cell}: indicator {id} “{name}” is in “{found}”, the catalogue says “{expected}”.',
      hint: 'Use one unit of measure before totalling.',
    },
    'yoy-jump': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}, a change of {change} on last year’s {expected}.',
      hint: 'A large change: check that the value is right.',
    },
    'rule-failed': {
      message: '{sheet}!{cell}: the rule “{rule}” does not hold ({detail}).',
      hint: '{description}',
    },
    'rule-invalid': {
      message: '{sheet}!{cell}: the rule “{found}” cannot be read: {detail}.',
      hint: 'Rules look like M025 <= M024 or M015 = ROUND(M014 / M013 * 100, 2).',
    },
    'aggregate-disagree': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” must be the same in every unit, but the units differ: {found}.',
      hint: 'Check what each unit entered, make them agree and validate again.',
    },
    'aggregate-incomplete': {
      message:
        '{sheet}!{cell}: the total of indicator {id} “{name}” is incomplete: {missing} gave no value and is left out.',
      hint: 'Collect the missing values and total again.',
    },
    'aggregation-unparsed': {
      message:
        '{sheet}!{cell}: the aggregation “{found}” of indicator {id} “{name}” cannot be read; the default was used.',
      hint: 'Write 求和 (sum), 平均 (mean), 最大 (max), 最小 (min), 一致 (same), 不汇总 (none) or 比率(numerator ID,denominator ID) with IDs from the catalogue.',
    },
    'no-indicator-sheet': {
      message: 'The workbook has no indicator sheet: no sheet has the headers ID (or Indicator) and Actual.',
      hint: 'Make one with huibao skeleton, or give a sheet the headers ID, Indicator and Actual.',
    },
    // fill (src/core/fill.ts, mask-linking.ts, number-writing.ts)
    'fill-unlinked': {
      message: 'Line {line} of the template: mask {mask} ({source}) has no indicator; it is left as it was.',
      hint: 'Add the indicator to the sheet with ID {maskId}, or with this passage as its Source.',
    },
    'fill-missing': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” has no actual value; {mask} in the report is left as it was.',
      hint: 'Enter the actual value in {cell} and fill again.',
    },
    'fill-not-a-number': {
      message:
        '{sheet}!{cell}: the actual value “{found}” of indicator {id} “{name}” is not a number; {mask} in the report is left as it was.',
      hint: 'Enter a number only, e.g. 1234, 98.5 or 98.5%; the unit belongs in the Unit column.',
    },
    'approx-one-digit': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}, a single digit, which cannot be written as “{expected}”; it was written as {rendered}.',
      hint: 'Check the value, or remove 余 from the report text.',
    },
    'fill-weak-link': {
      message:
        '{sheet}!{cell}: mask {mask} ({source}) was linked by name to indicator {id} “{name}” with similarity {score}; please check.',
      hint: 'Put {maskId} in the indicator’s ID column, or this passage in its Source column, to link it for certain.',
    },
    'fill-link-contested': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” resembles several masks equally; it was used only for {mask} ({source}).',
      hint: 'Add an indicator for each of the other masks, with its ID.',
    },
  },
};
