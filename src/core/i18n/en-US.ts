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
      "Huibao: indicator sheets, validation, totals and report filling for sub-district\noffices.\n\nUsage:\n  huibao skeleton <template.txt> -o <indicators.xlsx>\n      make the indicator sheet for a masked report (never over an existing file)\n  huibao fill --template <template.txt> --workbook <indicators.xlsx>\n              -o <report.txt> [--json <slots.json>]\n      fill the report from the actual values\n  huibao validate <workbook.xlsx> [--json <findings.json>|-]\n      validate and total the communities\n  huibao run <workbook.xlsx> [--template <report.txt>] [-o <out.xlsx>]\n             [--json <result.json>] [--street <name>] [--year <year>]\n      validate, total, fill and write the summary workbook;\n      --street and --year change only the title of the 汇总 sheet; the report\n      text keeps what the data says\n\nCommon options: --lang zh|en for the language of messages (Chinese by default);\n--help for this text (huibao <command> --help for one command's options).\nNo output is ever written over an input file.\nExit codes: 0 success (warnings allowed); 1 errors in the data or unfilled\nmasks; 2 unusable arguments or files.\n",
    unknownCommand: 'huibao: there is no command “{name}”. Run huibao --help for usage.\n',
    argUnknown: 'huibao {command}: unknown option “{arg}”.\n',
    argNeedsFile: 'huibao {command}: the option {arg} needs a file name after it.\n',
    argNeedsValue: 'huibao {command}: the option {arg} needs a value after it.\n',
    argExtra: 'huibao {command}: extra argument “{arg}”.\n',
    badLang: '{prefix}: --lang must be zh or en (or zh-CN, en-US); got “{lang}”.\n',
    notYet: 'huibao: the command {name} is not built yet.\n',
    outputIsInput:
      'huibao {command}: {outFlag} {output} is the same file as the {inRole} {input}; an input is never written over. Nothing was written: give another output name.\n',
    outputsSame:
      'huibao {command}: {firstFlag} {first} and {secondFlag} {second} are the same file. Nothing was written: give them different names.\n',
    roleWorkbook: 'workbook',
    roleTemplate: 'template',
    notXlsxOutput:
      'huibao {command}: {flag} {path} does not end in .xlsx. The output is an Excel workbook, which Excel refuses to open, or calls damaged, under another extension; use a name ending in .xlsx.\n',
    textAsOffice:
      'huibao fill: -o {path} has an Office document extension, but the report is plain text and such a file would not open; use a name ending in .txt.\n',
    readIsFolder: 'this is a folder, not an .xlsx workbook',
    writeNoPlace: 'a file cannot be created there: the folder does not exist or does not accept new files',
    writePermission: 'no permission to write there',
    writeReadOnly: 'the disk or folder is read-only',
    writeDiskFull: 'the disk is full',
    writeIsFolder: 'this is a folder; give a file name',
    writeNotFolder: 'part of the path is not a folder',
    writeOther: 'the system could not write this file',
    readOther: 'the system could not read this file',
    cannotWrite: 'huibao {command}: cannot write {path}: {reason}\n',
    folderMissing: 'the folder {folder} does not exist',
    folderIsFile: '{folder} is a file, not a folder',
    folderNoPermission: 'no permission to create files in the folder {folder}',
    jsonAsOffice:
      'huibao {command}: --json {path} has an Office document extension, but the output is JSON text, which Excel cannot open; use a name ending in .json.\n',
    sentenceEnd: '.',
    templateEncoding:
      'huibao fill: the template {path} is in {encoding}, and was read as such; the report {output} is written in UTF-8.\n',
    encodingGb18030: 'GB18030 (GBK)',
    encodingUtf16: 'UTF-16',
    noIndicatorSheet:
      'huibao {command}: {path} has no indicator sheet (no sheet with an ID or Indicator header and an Actual header), so there is nothing to validate; nothing was written. huibao skeleton makes one.\n',
    validateNoInput: 'huibao validate: give the workbook to validate, e.g. huibao validate street.xlsx.\n',
    figuresIndicators:
      'Indicators: {total} ({numericTotal} numeric: met {met}, exceeded {exceeded}, not met {notMet}, no target {noTarget}, missing {missing}, {incomplete} of them with an incomplete total; {text} text)',
    figuresData: 'Data checks: errors {error}, warnings {warning}, info {info}',
    figuresReport: '; report fill: {filled}/{slots} filled, errors {error}, warnings {warning}',
    figuresEnd: '.',
    helpSkeleton:
      'Makes the indicator sheet for a masked report template, one row per mask; never\nwrites over an existing file.\n\nOptions:\n  -o, --output <indicators.xlsx>  the indicator sheet to write (a missing folder\n                                  is made)\n  --lang zh|en                    language of messages (Chinese by default)\n  -h, --help                      show this help\n\nExit codes: 0 written; 2 unusable arguments or files (an existing output too).\n',
    helpFill:
      "Fills a masked report from the actual values of an indicator sheet; the report\nis written in UTF-8.\n\nOptions:\n  -t, --template <template.txt>    the masked (*) report (UTF-8, UTF-16 or GBK)\n  -w, --workbook <indicators.xlsx> an indicator sheet or a street workbook\n  -o, --output <report.txt>        the report to write (plain text)\n  --json <slots.json>              also write each mask's details\n  --lang zh|en                     language of messages (Chinese by default)\n  -h, --help                       show this help\n\nExit codes: 0 every mask filled (warnings allowed); 1 some masks not filled;\n2 unusable arguments or files.\n",
    helpValidate:
      'Validates every actual value of the indicator sheets (numbers, units, targets,\nyear-on-year changes, rules) and totals the communities.\n\nOptions:\n  --json <findings.json>  also write the results as JSON; with --json - the JSON\n                          goes to standard output, the table and figures to\n                          standard error (for | jq)\n  --lang zh|en            language of messages (Chinese by default)\n  -h, --help              show this help\n\nExit codes: 0 no errors (warnings allowed); 1 errors in the data; 2 unusable\narguments or files.\n',
    helpRun:
      "Validates, totals the units, fills the report and writes a new workbook: the\ninput's sheets unchanged, plus 汇总, 分单位 (with unit sheets), 校验结果 and\n报告 (with a template).\n\nOptions:\n  -t, --template <report.txt>  the masked report; without it, the sheet 报告模板\n  -o, --out <out.xlsx>         the workbook to write (by default\n                               <name>-汇总.xlsx; never over the input)\n  --json <result.json>         also write the results as JSON\n  --street <name>, --year <year>\n      --street and --year change only the title of the 汇总 sheet; the report\n      text keeps what the data says\n  --lang zh|en                 language of messages (Chinese by default)\n  -h, --help                   show this help\n\nExit codes: 0 no errors (warnings allowed); 1 errors or unfilled masks;\n2 unusable arguments or files.\n",
  },
  fill: {
    // masks, number writing, fill: src/core/masks.ts, number-writing.ts, fill.ts, cli fill
    usage:
      'Usage: huibao fill --template <template.txt> --workbook <indicators.xlsx>\n                   -o <report.txt> [--json <slots.json>] [--lang zh|en]\n',
    missingFlag: 'huibao fill: {flag} is missing.\n',
    cannotReadTemplate: 'huibao fill: cannot read the template {path} ({reason}).\n',
    cannotReadWorkbook: 'huibao fill: cannot read the workbook {path}: {reason}\n',
    cannotWrite: 'huibao fill: cannot write {path} ({reason}).\n',
    noMasks:
      'huibao fill: the template {path} has no masks (*), so it is not a masked report; no report was written.\n',
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
    reasonNoFolder: 'its folder does not exist',
    reasonNotText:
      'not a text template (it looks like an Excel, Word or other binary file); give the report template as a .txt file',
  },
  skeleton: {
    // the indicator skeleton workbook: src/core/skeleton-plan.ts, cli skeleton
    usage: 'Usage: huibao skeleton <template.txt> -o <indicators.xlsx> [--lang zh|en]\n',
    missingArg: 'huibao skeleton: {what} is missing.\n',
    argTemplate: 'the template file',
    argOutput: 'the output file -o <indicators.xlsx>',
    cannotRead: 'huibao skeleton: cannot read the template {path} ({reason}).\n',
    cannotWrite: 'huibao skeleton: cannot write {path} ({reason}).\n',
    exists:
      'huibao skeleton: {path} already exists. Nothing was written, so no filled-in data is lost; choose another file name or delete the file first.\n',
    noMasks:
      'huibao skeleton: the template {path} has no masks (*), so it is not a masked report; no indicator sheet was made.\n',
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
    footer: '&A, page &P',
  },
  validate: {
    // validation, rules, aggregation: src/core/analyse.ts and kin, cli validate
    expectedNumber: 'a number',
    expectedInteger: 'a whole number',
    expectedNonNegative: '0 or more',
    expectedPercentRange: '0–100',
    expectedExact: 'an exact figure',
    ruleEmpty: 'the rule is empty',
    ruleUnexpectedChar: 'character {position} “{token}” cannot be used in a rule',
    ruleUnexpectedToken: '“{token}” at character {position} is out of place',
    ruleUnexpectedEnd: 'the rule is incomplete (it ends without an operand)',
    ruleUnclosedParen: 'a closing bracket is missing',
    ruleUnknownFunction: 'unknown function {token} (use ROUND, SUM, ABS, MIN, MAX, AND, OR, NOT)',
    ruleArgCount: 'function {token} cannot take {count} arguments',
    ruleNotComparison: 'a rule must be a comparison, such as M025 <= M024',
    ruleUnknownId: 'the ID {token} is not an indicator',
    ruleDetailSides: '{values}; left side = {left}, right side = {right}',
    ruleDefaultHint: 'Check the values of the indicators the rule names.',
    scopeTotal: 'street total',
    sameByDefault: ' (its aggregation is blank: the default for an indicator without a unit)',
    scopeTotalIncomplete: 'street total (incomplete: check again once the missing units are in)',
    referenceCatalogue: 'the catalogue “{sheet}”',
    referenceFirstSheet: 'the first indicator sheet “{sheet}”',
    scopeSeparator: ': ',
    listSeparator: ', ',
    namesSeparator: ', ',
    cliUsage: 'Usage: huibao validate <workbook.xlsx> [--json <findings.json>|-] [--lang zh|en]\n',
    cliUnreadable: 'huibao validate: cannot read {path}: {reason}\n',
    cliNotFound: 'huibao validate: no such file: {path}.\n',
    cliJsonFailed: 'huibao validate: cannot write {path}: {reason}\n',
    cliWroteJson: 'Wrote {path}.\n',
    cliNoFindings: 'No problems found.\n',
    cliWorkbookLevel: '(whole workbook)',
    cliSheetHeading: '■ {sheet} ({count})',
    cliUnits: 'Catalogue: {catalogue}; units: {units}',
    cliNoUnits: 'a single indicator sheet',
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
      'Subtotal — indicators: {total}, met {met}, exceeded {exceeded}, not met {notMet}, no target {noTarget}, missing {missing}',
    unitsHeading: 'Values by unit',
    chartDataHeading: 'Appendix: chart data',
    targetTableHeading: 'Actual against target (the {n} furthest from target)',
    unitShareHeading: 'Share of each unit (top {n} indicators)',
    colLabel: 'Chart label',
    colTargetRatio: 'Target',
    chartCompletion: 'Average completion by section (target = 100%)',
    chartStatus: 'Indicators by status',
    chartTarget: 'Completion against target (target = 100%, the {n} furthest)',
    chartUnits: 'Share of each unit (top {n} indicators)',
    axisSection: 'Section',
    axisCompletion: 'Completion',
    axisIndicator: 'Indicator',
    axisShare: 'Share',
    seriesCompletion: 'Completion',
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
    colParagraph: 'Para.',
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
    runWriteFailed: 'huibao run: cannot write {path}: {reason}\n',
    runUsage:
      'Usage: huibao run <workbook.xlsx> [--template <report.txt>] [-o <out.xlsx>]\n                  [--json <result.json>] [--street <name>] [--year <year>]\n                  [--lang zh|en]\n',
    runWroteJson: 'Wrote {path}\n',
    runJsonFailed: 'huibao run: cannot write {path}: {reason}\n',
    footer: '&A, page &P',
    reportText: 'Report',
    streetSuffix: ' Subdistrict',
    streetEndings: '街道,镇,乡,Subdistrict,Street,Town',
    titleNoStreet: 'Work indicators {year}: completion',
    titleBare: 'Work indicators: completion',
    figureIncomplete: 'Incomplete totals',
    incompleteMark: ' *',
    incompleteNote:
      '{mark} {id} “{name}”: incomplete total: no valid value from {units} (blank, wrong or unreadable), which the total leaves out.',
    incompleteSomeUnits: 'some units',
    incompleteLegend:
      '{mark} Incomplete total: some units sent no valid value and are left out of it (see the notes under the 汇总 table).',
    unitsComputedLegend:
      'A rate totalled from a numerator and a denominator shows each unit’s own numerator ÷ denominator (where it has both and the denominator is not 0), worked out as the total is, not the rate it typed.',
    axisCompletionTarget: 'Completion (100% = target met)',
    ppSuffix: ' pp',
    runBadYear: 'huibao run: --year must be a four-digit year (such as 2022), not “{year}”.\n',
    runTemplateNotFound: 'huibao run: cannot find the report template {path}.\n',
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
    damageNoDirectory:
      'the directory at the end of the file is missing; it may have been only partly downloaded or copied',
    damageDirectory: 'its internal directory is damaged',
    damagePart: 'its part {part} cannot be decompressed',
    damageMissingPart: 'its part {part} is missing',
    zipEncrypted:
      '{source}: the file is password-protected (an encrypted zip) and cannot be read. Unpack it with the password in the tool that encrypted it, open it in Excel, save it as an Excel Workbook (*.xlsx) and try again.',
    notWorkbook:
      '{source}: not an Excel workbook (it is a zip archive, but holds no workbook part xl/workbook.xml).',
    empty: '{source}: the file is empty.',
    userSheetExists:
      'The workbook already has a sheet named “{name}” that Huibao did not write; it was left untouched and nothing was written. Rename that sheet and try again.',
    writeFailed: 'Could not write the workbook ({reason}).',
    engineFailed: 'Could not load the .xlsx writer ({reason}).',
    binaryWorkbook:
      '{source}: this is a binary workbook (.xlsb); Huibao reads only .xlsx. Save it as an Excel Workbook (*.xlsx) in Excel and try again.',
  },
  officeErrors: {
    // Office JavaScript API error mapping: src/excel
    // Each kind has a title (what happened), why, and what to do.
    detailsLabel: 'Technical details',
    invalidArgument: 'Excel refused what Huibao sent',
    invalidArgumentWhy: 'Excel did not accept the form of a cell, range or format.',
    invalidArgumentDo: 'Try again; if it keeps failing, send the technical details to your maintainer.',
    invalidOperation: 'Excel cannot do this step right now',
    invalidOperationWhy:
      'The workbook is in a state that does not allow it (a dialog is open or a sheet is hidden).',
    invalidOperationDo: 'Close any open dialog, go back to the sheet and try again.',
    itemNotFound: 'A sheet or cell Huibao needs is missing',
    itemNotFoundWhy: 'It may have been deleted or renamed while Huibao was running.',
    itemNotFoundDo: 'Check the sheet names and run again.',
    itemAlreadyExists: 'A sheet of that name already exists',
    itemAlreadyExistsWhy: 'A sheet named like one of the output sheets appeared while Huibao was running.',
    itemAlreadyExistsDo: 'Rename that sheet and run again.',
    accessDenied: 'Excel refused the change: the sheet or workbook is protected',
    accessDeniedWhy:
      'The cells to write or mark are on a protected sheet, or the workbook structure is protected or read-only.',
    accessDeniedDo:
      'Unprotect it under Review → Unprotect Sheet / Protect Workbook, or save an editable copy, and try again.',
    sheetProtected: 'The sheet "{sheet}" is protected, so Huibao cannot update it',
    sheetProtectedWhy: '"{sheet}" was written by Huibao earlier but has been protected since.',
    sheetProtectedDo: 'Unprotect "{sheet}" under Review → Unprotect Sheet and try again.',
    sheetNameTaken: 'There is a sheet named "{sheet}" that Huibao did not write',
    sheetNameTakenWhy: 'Huibao only replaces sheets it wrote itself and never overwrites yours.',
    sheetNameTakenDo: 'Rename your "{sheet}" (for example "{sheet} (old)") and run again.',
    cellEditMode: 'Excel is editing a cell',
    cellEditModeWhy: 'While a cell is being edited, add-ins cannot read or write the workbook.',
    cellEditModeDo: 'Press Enter or Esc to finish editing, then try again.',
    payloadTooLarge: 'Too much data was sent to Excel at once',
    payloadTooLargeWhy: 'Excel (Excel on the web in particular) limits the size of one request.',
    payloadTooLargeDo:
      'Try again; if it keeps failing, reduce the data in the sheets or run it in Excel desktop.',
    general: 'Excel had an internal error',
    generalWhy: 'Excel could not complete the request and did not say why.',
    generalDo: 'Save the workbook and try again; if it keeps failing, restart Excel first.',
    apiNotFound: 'This version of Excel lacks a feature Huibao needs',
    apiNotFoundWhy: 'An Excel API Huibao calls does not exist in this version.',
    apiNotFoundDo: 'Update Office, or use Excel on the web.',
    unsupported: 'This version of Excel cannot run Huibao',
    unsupportedWhy:
      'Huibao needs the Excel JavaScript API {version} or later (page setup, filters, fill patterns).',
    unsupportedDo:
      'Update to Excel for Microsoft 365 or use Excel on the web; or open Huibao in a browser to work on .xlsx files.',
    notInExcel: 'Not running in Excel',
    notInExcelWhy: 'This part of Huibao needs Excel to be running.',
    notInExcelDo: 'Open Huibao in Excel, or use the browser mode on an .xlsx file.',
    busy: 'Excel is busy',
    busyWhy: 'Excel is busy with something else or the service is briefly unavailable.',
    busyDo: 'Wait a moment and try again.',
    unknown: 'Something unexpected went wrong',
    unknownWhy: 'Huibao met an unexpected problem: {message}',
    unknownDo: 'Try again; if it keeps failing, send the technical details to your maintainer.',
  },
  commands: {
    // ribbon function commands: src/commands
    statusSheet: '汇报状态',
    statusHeading: 'Huibao · run status',
    commandValidate: 'Validate',
    commandSummary: 'Build summary',
    labelCommand: 'Command',
    labelTime: 'Time',
    labelResult: 'Result',
    labelWhy: 'Why',
    labelDo: 'What to do',
    labelDetails: 'Technical details',
    validateDone: 'Validation done: {errors} errors, {warnings} warnings, {infos} notes.',
    summaryDone: 'Summary written: {sheets}.',
    seeSheet: 'Open "{sheet}"',
    failed: '{command} did not finish: {title}',
  },
  pane: {
    // the task pane: src/taskpane
    title: 'Huibao',
    subtitle: 'Sub-district indicators · validate · total · report',
    sourceExcel: 'Current workbook',
    sourceFile: 'File: {name}',
    sourceNone: 'No workbook loaded yet',
    language: 'Language',
    langZh: '中文',
    langEn: 'English',
    sheetsHeading: 'Detected sheets',
    sheetsIndicators: 'Indicator sheets',
    sheetsCatalogue: 'Indicator catalogue',
    sheetsUnits: 'Community / unit sheets',
    sheetsTemplate: 'Report template',
    sheetsRules: 'Validation rules',
    countSheets: '{count} sheets',
    countRows: '{count} rows',
    countParagraphs: '{count} paragraphs',
    countMasks: '{count} masks',
    countRules: '{count} rules',
    countIndicators: '{count} indicators',
    countSheetsOne: '{count} sheet',
    countRowsOne: '{count} row',
    countParagraphsOne: '{count} paragraph',
    countRulesOne: '{count} rule',
    countIndicatorsOne: '{count} indicator',
    notFound: 'Not found',
    listSeparator: ', ',
    refresh: 'Read the workbook again',
    generate: 'Generate all',
    generateHint: 'Validate → total → fill → write sheets',
    stepsLabel: 'Separate steps',
    validate: 'Validate only',
    writeSummary: 'Write summary',
    highlight: 'Mark findings on the input cells',
    clearMarks: 'Clear marks',
    marksCleared: 'Marks cleared.',
    progressRead: 'Reading the workbook…',
    progressAnalyse: 'Validating and totalling…',
    progressFill: 'Filling the report…',
    progressWrite: 'Writing sheets…',
    progressEngine: 'Loading the spreadsheet engine…',
    progressSkeleton: 'Making the indicator sheet…',
    progressWorking: 'Working…',
    progressLabel: 'Progress',
    done: 'Done: wrote the sheets {sheets}.',
    validated: 'Validated: {errors} errors, {warnings} warnings.',
    resultsHeading: 'Results',
    tabFindings: 'Findings {count}',
    tabIndicators: 'Indicators',
    tabReport: 'Report',
    resultTabs: 'Result views',
    filterSeverity: 'Filter by severity',
    filterSheet: 'Filter by sheet',
    filterAll: 'All',
    filterAllSheets: 'All sheets',
    noFindings: 'No findings.',
    noFindingsMatch: 'No findings match the filter.',
    findingsShown: 'Showing {shown} of {total}',
    jumpTo: 'Go to {sheet}!{cell}',
    indicatorRow: '{id} {name}: {value}',
    noValue: '—',
    noIndicators: 'No indicators to show.',
    reportHeading: 'Report preview',
    reportUnfilled: 'Unfilled: {mask}',
    reportCounts: 'Masks filled: {filled}, unfilled: {unfilled}',
    reportLegend: 'Highlighted: masks left unfilled',
    reportLegendCheck: 'Dashed boxes were filled from incomplete totals: check them',
    reportCheck: 'Check: {text} was filled from an incomplete total',
    copiedWithMasks: 'Report text copied, but it still has unfilled masks: {count}.',
    incompleteMarker:
      'Incomplete total: some units are missing, have errors or could not be read, and were left out',
    reportNone: 'No report template: add a 报告模板 sheet, or paste the template text below.',
    copyReport: 'Copy report text',
    copied: 'Report text copied.',
    copyFailed: 'Cannot reach the clipboard; select the text in the preview and copy it.',
    skeletonHeading: 'Indicator sheet from a template',
    skeletonPaste: 'Masked report text (such as “invested *** 100 million yuan”)',
    skeletonPlaceholder: 'Paste the report template here…',
    skeletonFromText: 'Make from pasted text',
    skeletonFromSheet: 'Make from the 报告模板 sheet',
    skeletonDone: 'Wrote the sheet 指标: {count} masks.',
    skeletonEmpty: 'No masks (such as ***, **.*%) found in the template.',
    settingsHeading: 'Settings',
    settingsStreet: 'Street name',
    settingsStreetHint: 'Used in the summary title; leave blank to take it from the report or the data',
    settingsYear: 'Year',
    settingsYearHint: 'Leave blank to take it from the report title or the sheet titles',
    settingsYearInvalid: 'Enter a four-digit year (for example 2022), or leave it blank.',
    settingsExceeded: 'Counts as exceeded from (% of target)',
    settingsExceededHint:
      'A value at or above this percentage of an at-least (≥) target counts as exceeded; default 120',
    settingsExceededInvalid: 'Enter a number greater than 100 and no more than 1000 (for example 120).',
    settingsYoy: 'Year-on-year warning (±%)',
    settingsYoyHint: 'Warn when a value changes by more than this against last year; default 50',
    settingsYoyInvalid: 'Enter a number greater than 0 and no more than 1000 (for example 50).',
    settingsSheetLang: 'Language of generated sheets',
    settingsWhereWorkbook: 'These settings are kept in this workbook and travel with it once it is saved.',
    settingsWhereBrowser: 'Saved in this browser.',
    settingsSave: 'Save settings',
    settingsReset: 'Fill in the defaults',
    settingsSaved: 'Settings saved.',
    settingsSavedRerun: 'Settings saved; they apply from the next run.',
    settingsUnread:
      'Could not read the settings kept in this workbook: defaults are used for now, and they are read again on the next run.',
    settingsBrowserSaved: 'Settings saved.',
    settingsBrowserSavedRerun: 'Settings saved; they apply from the next run.',
    sheetsInLang: 'Sheets will be generated in {lang} (change it in Settings).',
    sheetLangZh: 'Chinese',
    sheetLangEn: 'English',
    fileHeading: 'Browser mode',
    fileHint: 'Not running in Excel: load the example, or choose or drop an .xlsx file.',
    fileChoose: 'Choose an .xlsx file',
    fileDrop: 'Drop an .xlsx file here',
    fileExample: 'Load the example workbook',
    fileNotXlsx: '“{name}” is not an .xlsx file. Choose an Excel workbook (.xlsx).',
    download: 'Download output workbook',
    downloadReady: 'The output workbook is ready to download.',
    errorTitle: 'Could not finish',
    errorUnknown: 'Something unexpected happened: {reason}',
    retry: 'Retry',
    dismiss: 'Dismiss',
    details: 'Technical details',
    busy: 'Working, please wait',
    // the same name as the CLI's default output in either language (huibao run → <name>-汇总.xlsx)
    downloadName: '{name}-汇总.xlsx',
    fileUnreadable: 'Could not read “{name}”',
    fileUnreadableNext:
      'Retrying would read the same file: choose another .xlsx file, or load the example workbook.',
    chooseAnother: 'Choose another file',
    jumpInDownload: 'The browser cannot select cells: see {sheet}!{cell} in the downloaded workbook.',
  },
  findings: {
    'missing-value': {
      message: '{sheet}!{cell}: indicator {id} “{name}” has no actual value.',
      hint: 'Enter a number in {cell}; if there is truly no data, give the reason in the note for whoever checks the totals (the unit still stays out of the total).',
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
        '{sheet}!{cell}: the value {found} of indicator {id} “{name}” has {digits} digit(s) before the decimal point; the mask {expected} has {maskDigits}.',
      hint: 'Check the value; if it is right, the report will show it with its true digits.',
    },
    'scale-suspect': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is in {unit}, and {found} has more digits than the format {expected} allows: it looks entered in {baseUnit} ({found} {baseUnit} = {scaled} {unit}).',
      hint: 'Enter it in {unit}, e.g. {scaled}, or write {scaled}万.',
    },
    'approx-not-possible': {
      message:
        '{sheet}!{cell}: the value {found} of indicator {id} “{name}” cannot be written as “{expected}” (余 needs a value above the round number).',
      hint: 'Check the value, or drop 余 from the report text.',
    },
    'target-not-met': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}, which does not meet its target {expected}.',
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
    'merged-figure': {
      message:
        '{sheet}!{cell}: {found} is one cell merged over {rows} rows; its figure belongs to the first row’s indicator only, and the other rows of the range are read as blank.',
      hint: 'Unmerge the cells and enter each indicator’s figure in its own row.',
    },
    'unknown-id': {
      message: '{sheet}!{cell}: the ID {id} is not in {reference}.',
      hint: 'Check the ID for a typo, or add the indicator to {reference} first.',
    },
    'unknown-name': {
      message:
        '{sheet}!{cell}: this row has no ID, and the indicator name “{found}” is not in {reference} either.',
      hint: 'Enter its ID from {reference}, or write the name exactly as {reference} does.',
    },
    'unit-missing-indicator': {
      message: '{sheet}: indicator {id} “{name}” is missing (other units have a row for it).',
      hint: 'Add a row for {id} to {sheet} at {cell}.',
    },
    'unit-mismatch': {
      message: '{sheet}!{cell}: indicator {id} “{name}” is in “{found}”, {reference} says “{expected}”.',
      hint: 'Use one unit of measure before totalling.',
    },
    'yoy-jump': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}{unit}, a change of {change} on last year’s {expected}{unit}.',
      hint: 'A large change: check that the value is right.',
    },
    'rule-failed': {
      message: '{sheet}!{cell}: the rule “{rule}” does not hold ({detail}).',
      hint: '{description}',
    },
    'rule-division-by-zero': {
      message: '{sheet}!{cell}: rule “{rule}” divides by 0 for {scopes}, so it cannot be checked there.',
      hint: 'Check the figures the rule divides by; if a divisor can be 0, rewrite the rule without the division (e.g. M002 < M003 * 0.5).',
    },
    'rule-invalid': {
      message: '{sheet}!{cell}: the rule “{found}” cannot be read: {detail}.',
      hint: 'Rules look like M025 <= M024 or M015 = ROUND(M014 / M013 * 100, 2).',
    },
    'aggregate-disagree': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” must be the same in every unit{why}, but the units differ: {found}.',
      hint: 'Check what each unit entered, make them agree and validate again.',
    },
    'catalogue-actual-ignored': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is totalled from the units as {expected}; the value {found} typed in the catalogue is not used.',
      hint: 'If {found} is the office’s own figure, set the aggregation to 不汇总 (not totalled); otherwise clear this cell.',
    },
    'aggregate-incomplete': {
      message:
        '{sheet}!{cell}: the total of indicator {id} “{name}” is incomplete: {missing} gave no usable value (blank or wrong) and is left out.',
      hint: 'Collect or correct those values and total again.',
    },
    'aggregation-unparsed': {
      message:
        '{sheet}!{cell}: the aggregation “{found}” of indicator {id} “{name}” cannot be read; the default was used.',
      hint: 'Write 求和 (sum), 平均 (mean), 最大 (max), 最小 (min), 一致 (same), 不汇总 (none) or 比率(numerator ID,denominator ID) with IDs from the catalogue; for what cannot be computed from the units’ figures (a weighted average), write 不汇总 and enter the figure in the catalogue’s 完成值.',
    },
    'no-indicator-sheet': {
      message: 'The workbook has no indicator sheet: no sheet has the headers ID (or Indicator) and Actual.',
      hint: 'Make one with huibao skeleton, or give a sheet the headers ID, Indicator and Actual.',
    },
    // sheets and cells validation reads past (src/core/workbook-units.ts, parse-number.ts)
    'hidden-sheet-skipped': {
      message: '{sheet}: this sheet is hidden, so it is not validated or totalled as a unit.',
      hint: 'If it is a unit to be totalled, unhide it in Excel and validate again; an old copy or draft can stay hidden or be deleted.',
    },
    'total-sheet-skipped': {
      message:
        '{sheet}: the name has “{found}”, so it looks like a totals sheet; it is not validated or totalled as a unit (its figures would be counted twice).',
      hint: 'Huibao totals the units itself. If it really is a unit to be totalled, give it the unit’s name (without 合计, 汇总 and the like) and validate again.',
    },
    'year-sheet-skipped': {
      message:
        '{sheet}: the name has “{found}”, so it looks like another year’s figures; it is not validated or totalled as a unit.',
      hint: 'Put last year’s figures in each unit’s 上年值 (Previous) column. If it really is one of this year’s units, give it the unit’s name and validate again.',
    },
    'sheet-not-read': {
      message:
        '{sheet}!{cell}: sheet “{sheet}” lists IDs from the catalogue but has no Actual (完成值) column, so none of it was read: the totals leave it out.',
      hint: 'Name the header of the column with the figures 完成值 (or 完成数, 实际值, Actual) and validate again.',
    },
    'sheet-header-split': {
      message:
        '{sheet}!{cell}: sheet “{sheet}” lists IDs from the catalogue, but its Actual (完成值) header at {found} is not on the line of its ID header ({cell}), so none of it was read: the totals leave it out.',
      hint: 'Put the headers on one line; with a header in two lines, put 完成值 on the line right under 编号’s and merge 编号, 指标 and the like down over both (the line below left blank), then validate again.',
    },
    'unit-sheet-copy': {
      message:
        '{sheet}: the name looks like a copy of “{original}” (Excel adds “ (2)” when it copies a sheet); it is totalled as a unit too, so its figures may be counted twice.',
      hint: 'If it is a copy, delete or hide it and validate again; if it really is another unit, give it a name of its own.',
    },
    'rule-level-unknown': {
      message:
        '{sheet}!{cell}: the level “{found}” of the rule “{rule}” cannot be read; it counts as an error.',
      hint: 'Write the level as 错误 (error), 警告 (warning) or 提示 (info).',
    },
    'percent-on-non-percent': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is counted in {unit}, but “{found}” carries a % sign; it was read as {value}.',
      hint: 'If this indicator is a percentage, change its unit to %; otherwise drop the % sign (or set the cell format to General).',
    },
    'date-in-value': {
      message:
        '{sheet}!{cell}: the actual value of indicator {id} “{name}” shows as the date {found}, not a number (Excel turns entries such as “5-1” into dates).',
      hint: 'Set the cell’s format to General or Number, then type the figure again.',
    },
    'target-unit-mismatch': {
      message:
        '{sheet}!{cell}: the target “{found}” of indicator {id} “{name}” is a percentage, but its unit is “{unit}”.',
      hint: 'Give a rate the unit %; give a count a target without %, e.g. ≥50.',
    },
    'catalogue-as-unit': {
      message:
        '{sheet}!{cell}: “{sheet}” has an Aggregation column and mostly blank actual values, so it looks like the catalogue; it was read as the first unit, its blanks counted as missing.',
      hint: 'If it is the catalogue, rename the sheet 指标目录 and validate again.',
    },
    'ambiguous-name': {
      message:
        '{sheet}!{cell}: this row has no ID, and more than one indicator in {reference} is named “{found}”, so it cannot tell which.',
      hint: 'Enter its ID from {reference}.',
    },
    'percent-looks-like-fraction': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is a percentage and {found} has no % sign, so it counts as {found}%; if {percent}% is meant, enter {percent} or {percent}%.',
      hint: 'Enter percentages in points, e.g. 95 or 95%, not 0.95; if {found}% is right, ignore this note.',
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
    'fill-missing-total': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” has no usable street total (the units left it blank, wrong or disagreeing); {mask} in the report is left as it was.',
      hint: 'Fix the findings about {id} in the validation results first, then fill again.',
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
    'round-to-100': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}%, which the mask {expected} would round to 100%; the report does not say 100%, it was written as {rendered}%.',
      hint: '100% means all; to show {found}%, give the mask in the report decimals (e.g. **.*%), or put 近 before it.',
    },
    'round-to-zero': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {found}, which the mask {expected} would write as 0; it was written as {rendered}.',
      hint: 'A nonzero value is never written as 0: below the mask’s smallest step it is written in the base unit (without 万/亿) or with more decimals. Check the value and its unit.',
    },
    'fill-approx-value': {
      message:
        '{sheet}!{cell}: the actual value “{found}” of indicator {id} “{name}” is approximate; {mask} in the report was filled as “{rendered}”, which reads as an exact figure.',
      hint: 'Enter the exact figure and fill the report again; if only an estimate exists, keep a word such as 约 or 余 in the report’s text.',
    },
    'target-approximate': {
      message:
        '{sheet}!{cell}: the target “{found}” of indicator {id} “{name}” is approximate; only its number, {value}, was judged.',
      hint: 'Write the target exactly, e.g. ≥{value}, ≤{value} or a range such as 90~110.',
    },
    'previous-not-a-number': {
      message:
        '{sheet}!{cell}: last year’s value “{found}” of indicator {id} “{name}” is not a number, so it was not compared with last year.',
      hint: 'Enter a number only (% or 万 allowed), or leave it blank when there is no figure for last year.',
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
    'fill-total-incomplete': {
      message:
        '{sheet}!{cell}: the total of indicator {id} “{name}” is incomplete ({missing} sent no valid value, or could not be read); {mask} in the report was filled with the incomplete total {found}.',
      hint: 'Complete those units’ values and run again, or say in the report that the total leaves them out.',
    },
    // validation after the user trial (src/core/checks.ts, analyse.ts)
    'formula-not-calculated': {
      message: '{sheet}!{cell}: the cell of indicator {id} “{name}” has a formula but no calculated result.',
      hint: 'Open the file in Excel and save it once (a file written by a program has not calculated its formulas yet), then validate again.',
    },
    'aggregation-rate-needs-ratio': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is a rate and the units differ ({found}); rates cannot be added or averaged, so there is no total.',
      hint: 'Write 比率(numerator ID,denominator ID) under Aggregation so the rate is recomputed from their totals; write 平均 if an average is really meant.',
    },
    'ratio-over-100': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is {top}, more than {denominatorId} “{denominatorName}” at {bottom}, so the rate {rateId} “{rateName}” would be over 100%.',
      hint: 'A numerator cannot be larger than its denominator: check both figures.',
    },
    'unit-ratio-mismatch': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” says {found}, but this unit’s {numeratorId} “{numeratorName}” {top} ÷ {denominatorId} “{denominatorName}” {bottom} gives {expected}.',
      hint: 'Rates are recomputed from their parts and the street total does not use this figure: correct it or leave it blank.',
    },
    'ratio-zero-denominator': {
      message:
        '{sheet}!{cell}: the denominator of indicator {id} “{name}”, {denominatorId} “{denominatorName}”, totals 0, so the rate cannot be computed and counts as missing.',
      hint: 'Check whether the denominator was left out; if there was no such work, say so in the note.',
    },
    'actual-column-missing': {
      message:
        '{sheet}!{cell}: sheet “{sheet}” has no 完成值 (Actual) column, so none of its {count} indicators has a value.',
      hint: 'Add a 完成值 column with the figures. If each unit’s figures are in a column of their own (one column per community), give each unit a sheet of its own (named after it, with 编号 and 完成值 columns) and let this sheet be the catalogue that totals them.',
    },
    'catalogue-actual-column-missing': {
      message:
        '{sheet}!{cell}: indicators not totalled from the units ({found}; {count} in all) take the catalogue’s own figure, but the catalogue has no 完成值 (Actual) column, so they count as missing.',
      hint: 'Add a 完成值 column to the catalogue and fill in these figures.',
    },
    'unit-previous-column-missing': {
      message:
        '{sheet}!{cell}: sheet “{sheet}” has no 上年值 (Previous) column while other units have one: a street total for last year would cover some units only, so none is given, nor any year-on-year change.',
      hint: 'Add a 上年值 column to “{sheet}” with last year’s figures, or give the street’s own in the catalogue’s 上年值 column.',
    },
    'previous-incomplete': {
      message:
        '{sheet}!{cell}: the previous-year values of indicator {id} “{name}” are incomplete ({missing} gave none): a total of some units is not comparable with this year’s, so no year-on-year change is given.',
      hint: 'Fill in these units’ previous-year values, or the street’s own in the catalogue’s 上年值 (Previous) column.',
    },
    'previous-out-of-range': {
      message:
        '{sheet}!{cell}: the previous-year value {found} of indicator {id} “{name}” cannot be last year’s figure (expected {expected}), so it is not compared.',
      hint: 'Check last year’s figure; leave it blank if there is none.',
    },
    'target-looks-like-fraction': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” is a percentage and its target “{found}” has no % sign, so it is judged in points; if {suggestion} is meant, write that.',
      hint: 'Write percentage targets in points with %, e.g. ≥95%, not ≥0.95.',
    },
    'value-unit-differs': {
      message:
        '{sheet}!{cell}: indicator {id} “{name}” holds “{found}”, written in “{written}” while the indicator counts in “{unit}”; it was read as {value} {unit}.',
      hint: 'Enter the number alone, in the catalogue’s unit; convert first if the units really differ.',
    },
    // polish (src/core/checks.ts, analyse.ts)
    'approx-value': {
      message:
        '{sheet}!{cell}: the actual value “{found}” of indicator {id} “{name}” is approximate and was counted as {value}; expected {expected}.',
      hint: 'Drop “{word}” and enter the exact figure; if only an estimate exists, say so in the notes.',
    },
    'rule-text-indicator': {
      message:
        '{sheet}!{cell}: the rule “{rule}” uses {ids}, read as text (no unit, and no numeric target): such values need not be numbers and are not totalled, so the rule may never be checked.',
      hint: 'An indicator holding figures needs a unit: give {ids} one if so; for real text (a name, a code), delete the rule or use another indicator.',
    },
    // masks and targets after user trial 9 (src/core/checks.ts, number-writing.ts, analyse.ts)
    'mask-decimals': {
      message:
        '{sheet}!{cell}: the value {shown} of indicator {id} “{name}” has {decimals} decimal place(s), more than the {maskDecimals} the mask {expected} shows: the report will show {rendered}.',
      hint: 'Check the value; to keep the decimals, add decimal places to the template’s mask and the format (e.g. **.*); if the rounding is meant, ignore this.',
    },
    'format-not-a-mask': {
      message:
        '{sheet}!{cell}: the format “{found}” of indicator {id} “{name}” is not a mask, so its figures are not checked against it (indicators with this format: {count}).',
      hint: 'Write the format in stars, one * per digit: **, ***.*, **万余, **.*%; leave it blank if there is none.',
    },
    'format-malformed': {
      message:
        '{sheet}!{cell}: the format “{found}” of indicator {id} “{name}” is not a readable mask (a second decimal point, or several runs of stars), so its figures are not checked against it (indicators with this format: {count}).',
      hint: 'Write one run of stars with at most one decimal point: **, ***.*, **万余, **.*%.',
    },
    'target-formula-not-calculated': {
      message:
        '{sheet}!{cell}: the target of indicator {id} “{name}” is the formula {found} with no calculated result, so the indicator has no target.',
      hint: 'Open and save the file once in Excel (files written by programs have their formulas uncalculated), then validate again; or type the target itself.',
    },
  },
};
