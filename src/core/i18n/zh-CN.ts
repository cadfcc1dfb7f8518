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
      '汇报 huibao：街道工作指标的填报、校验、汇总与报告填数。\n\n用法：\n  huibao skeleton <模板.txt> -o <指标.xlsx>\n      从带掩码的报告生成指标表（不覆盖已有文件）\n  huibao fill --template <模板.txt> --workbook <指标.xlsx> -o <报告.txt>\n              [--json <结果.json>]\n      用指标表的完成值填写报告\n  huibao validate <工作簿.xlsx> [--json <结果.json>|-]\n      校验指标表并汇总各社区\n  huibao run <工作簿.xlsx> [--template <模板.txt>] [-o <输出.xlsx>]\n             [--json <结果.json>] [--street <街道名>] [--year <年度>]\n      一次完成校验、汇总、填数，写出汇总工作簿；\n      --street、--year 只改“汇总”表的标题，报告正文仍按数据填写\n\n通用选项：--lang zh|en 输出语言（默认中文）；--help 显示帮助\n（huibao <命令> --help 看单个命令的选项）。\n输出文件不会写到任何输入文件上。\n退出码：0 成功（可有警告）；1 数据有错误或有未填的掩码；2 参数或文件不可用。\n',
    unknownCommand: 'huibao：没有“{name}”这个命令。运行 huibao --help 查看用法。\n',
    argUnknown: 'huibao {command}：不认识选项“{arg}”。\n',
    argNeedsFile: 'huibao {command}：选项 {arg} 后面要写一个文件名。\n',
    argNeedsValue: 'huibao {command}：选项 {arg} 后面缺少取值。\n',
    argExtra: 'huibao {command}：多余的参数“{arg}”。\n',
    badLang: '{prefix}：--lang 只能是 zh 或 en（也可写 zh-CN、en-US），收到的是“{lang}”。\n',
    notYet: 'huibao：命令 {name} 尚未实现。\n',
    outputIsInput:
      'huibao {command}：{outFlag} {output} 与{inRole} {input} 是同一个文件，不会写到输入上；未写出任何文件，请换一个输出文件名。\n',
    outputsSame:
      'huibao {command}：{firstFlag} {first} 与 {secondFlag} {second} 是同一个文件；未写出任何文件，请给它们不同的文件名。\n',
    roleWorkbook: '工作簿',
    roleTemplate: '模板',
    notXlsxOutput:
      'huibao {command}：{flag} {path} 不以 .xlsx 结尾。写出的是 Excel 工作簿，换成别的扩展名 Excel 会拒绝打开或报告文件已损坏；请用 .xlsx 结尾的文件名。\n',
    textAsOffice:
      'huibao fill：-o {path} 是 Office 文档的扩展名，但写出的报告是纯文本，这样的文件打不开；请用 .txt 结尾的文件名。\n',
    readIsFolder: '这是一个文件夹，不是 .xlsx 工作簿',
    writeNoPlace: '无法在该位置新建文件：所在文件夹不存在或不允许新建文件',
    writePermission: '没有在该位置写文件的权限',
    writeReadOnly: '所在磁盘或文件夹是只读的',
    writeDiskFull: '磁盘空间不足',
    writeIsFolder: '这是一个文件夹，请给出文件名',
    writeNotFolder: '路径中有一段不是文件夹',
    writeOther: '系统未能写出这个文件',
    readOther: '系统未能读取这个文件',
    // Output paths checked before any input is read (paths.ts: outputProblem)
    cannotWrite: 'huibao {command}：无法写出 {path}：{reason}\n',
    folderMissing: '文件夹 {folder} 不存在',
    folderIsFile: '{folder} 是一个文件，不是文件夹',
    folderNoPermission: '没有在文件夹 {folder} 中新建文件的权限',
    jsonAsOffice:
      'huibao {command}：--json {path} 是 Office 文档的扩展名，但写出的是 JSON 文本，Excel 打不开这样的文件；请用 .json 结尾的文件名。\n',
    // Appended to a reason that ends a message, unless it already ends a sentence
    sentenceEnd: '。',
    templateEncoding:
      'huibao fill：模板 {path} 是 {encoding}，已按此读取；报告 {output} 以 UTF-8 编码写出。\n',
    encodingGb18030: 'GB18030（GBK）编码',
    encodingUtf16: 'UTF-16 编码',
    noIndicatorSheet:
      'huibao {command}：{path} 中没有指标表（找不到含“编号”或“指标”以及“完成值”表头的工作表），无从校验；未写出任何文件。可先用 huibao skeleton 生成指标表。\n',
    validateNoInput: 'huibao validate：请给出要校验的工作簿，例如 huibao validate 街道.xlsx。\n',
    figuresIndicators:
      '指标 {total} 项（数值 {numericTotal} 项：达标 {met}，超额 {exceeded}，未达标 {notMet}，无目标 {noTarget}，缺数 {missing}，以上含合计不完整 {incomplete} 项；文字 {text} 项）',
    figuresData: '数据校验：错误 {error}，警告 {warning}，提示 {info}',
    figuresReport: '；报告填写：已填 {filled}/{slots} 处，错误 {error}，警告 {warning}',
    figuresEnd: '。',
    // Each command's --help, after its usage line(s): what it does, its options, its exit codes (within 80 columns)
    helpSkeleton:
      '从带掩码的报告模板生成指标表，每处掩码一行；不会覆盖已有文件。\n\n选项：\n  -o, --output <指标.xlsx>  写出的指标表（所在文件夹不存在时会新建）\n  --lang zh|en              输出语言（默认中文）\n  -h, --help                显示本帮助\n\n退出码：0 已生成；2 参数或文件不可用（输出文件已存在也是）。\n',
    helpFill:
      '用指标表的完成值填写带掩码的报告，报告以 UTF-8 写出。\n\n选项：\n  -t, --template <模板.txt>   带掩码（*）的报告模板（UTF-8、UTF-16 或 GBK）\n  -w, --workbook <指标.xlsx>  指标表或街道工作簿\n  -o, --output <报告.txt>     写出的报告（纯文本）\n  --json <结果.json>          另写出每处掩码的明细\n  --lang zh|en                输出语言（默认中文）\n  -h, --help                  显示本帮助\n\n退出码：0 全部填好（可有警告）；1 有未填的掩码；2 参数或文件不可用。\n',
    helpValidate:
      '校验指标表的每个完成值（数字、单位、目标、同比、校验规则），并汇总各社区。\n\n选项：\n  --json <结果.json>  另把结果写成 JSON 文件；写 --json - 则把 JSON 输出到\n                      标准输出，表格和统计改输出到标准错误（便于接 | jq）\n  --lang zh|en        输出语言（默认中文）\n  -h, --help          显示本帮助\n\n退出码：0 没有错误（可有警告）；1 数据有错误；2 参数或文件不可用。\n',
    helpRun:
      '校验、汇总各单位、填写报告，写出新工作簿：输入的各表原样保留，另加“汇总”\n“分单位”（有单位工作表时）“校验结果”“报告”（有模板时）工作表。\n\n选项：\n  -t, --template <模板.txt>  报告模板；不给时用工作簿中的“报告模板”工作表\n  -o, --out <输出.xlsx>      写出的工作簿，默认 <名称>-汇总.xlsx，不覆盖输入\n  --json <结果.json>         另写出结果的 JSON\n  --street <街道名>, --year <年度>\n      --street、--year 只改“汇总”表的标题，报告正文仍按数据填写\n  --lang zh|en               输出语言（默认中文）\n  -h, --help                 显示本帮助\n\n退出码：0 没有错误（可有警告）；1 有错误或未填的掩码；2 参数或文件不可用。\n',
  },
  fill: {
    // masks, number writing, fill: src/core/masks.ts, number-writing.ts, fill.ts, cli fill
    usage:
      '用法：huibao fill --template <模板.txt> --workbook <指标.xlsx> -o <报告.txt>\n                  [--json <结果.json>] [--lang zh|en]\n',
    missingFlag: 'huibao fill：缺少 {flag}。\n',
    cannotReadTemplate: 'huibao fill：无法读取模板 {path}（{reason}）。\n',
    cannotReadWorkbook: 'huibao fill：无法读取工作簿 {path}：{reason}\n',
    cannotWrite: 'huibao fill：无法写入 {path}（{reason}）。\n',
    noMasks: 'huibao fill：模板 {path} 中没有掩码（*），不是带掩码的报告模板；未写出报告。\n',
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
    reasonNoFolder: '所在文件夹不存在',
    reasonNotText: '不是文本模板（看起来是 Excel、Word 或其他二进制文件），请给出 .txt 格式的报告模板',
  },
  skeleton: {
    // the indicator skeleton workbook: src/core/skeleton-plan.ts, cli skeleton
    usage: '用法：huibao skeleton <模板.txt> -o <指标.xlsx> [--lang zh|en]\n',
    missingArg: 'huibao skeleton：缺少 {what}。\n',
    argTemplate: '模板文件',
    argOutput: '输出文件 -o <指标.xlsx>',
    cannotRead: 'huibao skeleton：无法读取模板 {path}（{reason}）。\n',
    cannotWrite: 'huibao skeleton：无法写入 {path}（{reason}）。\n',
    exists: 'huibao skeleton：{path} 已存在。为免覆盖已填写的数据，未写出；请换一个文件名或先删除该文件。\n',
    noMasks: 'huibao skeleton：模板 {path} 中没有掩码（*），不是带掩码的报告模板；未生成指标表。\n',
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
    // &N would count the pages of the whole print job (every sheet when the workbook is printed), so only &P
    footer: '&A 第 &P 页',
  },
  validate: {
    // validation, rules, aggregation: src/core/analyse.ts and kin, cli validate
    expectedNumber: '数字',
    expectedInteger: '整数',
    expectedNonNegative: '0 或正数',
    expectedPercentRange: '0～100',
    expectedExact: '准确数字',
    ruleEmpty: '规则是空的',
    ruleUnexpectedChar: '第 {position} 个字符“{token}”不能用在规则里',
    ruleUnexpectedToken: '第 {position} 个字符处的“{token}”放错了位置',
    ruleUnexpectedEnd: '规则不完整（末尾缺少运算数）',
    ruleUnclosedParen: '规则缺少右括号',
    ruleUnknownFunction: '不认识函数 {token}（可用 ROUND、SUM、ABS、MIN、MAX、AND、OR、NOT）',
    ruleArgCount: '函数 {token} 的参数个数 {count} 不对',
    ruleNotComparison: '规则必须是比较，例如 M025 <= M024',
    ruleUnknownId: '编号 {token} 不在指标中',
    ruleDetailSides: '{values}；左边 = {left}，右边 = {right}',
    ruleDefaultHint: '核对规则涉及的各项指标数值。',
    scopeTotal: '街道合计',
    sameByDefault: '（汇总方式未填，没有单位的指标默认如此）',
    scopeTotalIncomplete: '街道合计（不完整，缺少的单位补齐后再核对）',
    referenceCatalogue: '{sheet}',
    referenceFirstSheet: '第一张指标表「{sheet}」',
    scopeSeparator: '：',
    listSeparator: '，',
    namesSeparator: '、',
    cliUsage: '用法：huibao validate <工作簿.xlsx> [--json <结果.json>|-] [--lang zh|en]\n',
    cliUnreadable: 'huibao validate：无法读取 {path}：{reason}\n',
    cliNotFound: 'huibao validate：找不到文件 {path}。\n',
    cliJsonFailed: 'huibao validate：无法写出 {path}：{reason}\n',
    cliWroteJson: '已写出 {path}。\n',
    cliNoFindings: '没有发现问题。\n',
    cliWorkbookLevel: '（整个工作簿）',
    cliSheetHeading: '■ {sheet}（{count} 条）',
    cliUnits: '目录：{catalogue}；单位：{units}',
    cliNoUnits: '单张指标表',
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
    chartCompletion: '各板块平均完成率（目标=100%）',
    chartStatus: '指标完成状态分布',
    chartTarget: '完成情况与目标对比（目标=100%，差距最大的 {n} 项）',
    chartUnits: '各单位贡献占比（前 {n} 项指标）',
    axisSection: '板块',
    axisCompletion: '完成率',
    axisIndicator: '指标',
    axisShare: '占比',
    seriesCompletion: '完成率',
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
    colParagraph: '段落',
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
    runWriteFailed: 'huibao run：无法写出 {path}：{reason}\n',
    runUsage:
      '用法：huibao run <工作簿.xlsx> [--template <模板.txt>] [-o <输出.xlsx>]\n                 [--json <结果.json>] [--street <街道名>] [--year <年度>]\n                 [--lang zh|en]\n',
    runWroteJson: '已写出 {path}\n',
    runJsonFailed: 'huibao run：无法写出 {path}：{reason}\n',
    // the sheet name and the page, no total: see skeleton.footer
    footer: '&A 第 &P 页',
    reportText: '报告正文',
    streetSuffix: '街道',
    streetEndings: '街道,镇,乡',
    titleNoStreet: '{year}年工作指标完成情况',
    titleBare: '工作指标完成情况',
    figureIncomplete: '合计不完整',
    incompleteMark: ' *',
    incompleteNote: '{mark} {id}「{name}」合计不完整：{units}未填、数据有误或未能读取，未计入合计。',
    incompleteSomeUnits: '部分单位',
    incompleteLegend:
      '{mark} 合计不完整：有单位未填、数据有误或未能读取，合计未计入这些单位（详见“汇总”表下的注）。',
    unitsComputedLegend:
      '按分子、分母汇总的比率，各单位的数由本单位的分子 ÷ 分母算出（两者都有且分母不为 0 时），与合计算法相同，不取所填之数。',
    axisCompletionTarget: '完成率（100% 即达到目标）',
    ppSuffix: '个百分点',
    runBadYear: 'huibao run：--year 应为四位年份（如 2022），收到的是“{year}”。\n',
    runTemplateNotFound: 'huibao run：找不到报告模板 {path}。\n',
  },
  xlsx: {
    // the file host: src/xlsx
    notZip: '{source}：不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）。',
    legacyXls:
      '{source}：这是旧版 .xls 工作簿，Huibao 只能读取 .xlsx。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再试。',
    encrypted:
      '{source}：工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再试。',
    corrupt: '{source}：工作簿已损坏或不完整（{reason}）。请在 Excel 中打开并重新保存后再试。',
    // What is damaged, the {reason} of `corrupt`: in words, never the zip library's own text
    damageNoDirectory: '文件末尾的目录缺失，文件可能没有下载或复制完整',
    damageDirectory: '文件内部的目录已损坏',
    damagePart: '其中的 {part} 部分无法解压',
    damageMissingPart: '缺少其中的 {part} 部分',
    zipEncrypted:
      '{source}：文件设置了密码（压缩包加密），无法读取。请用加密时所用的压缩工具输入密码解开，在 Excel 中打开并另存为 Excel 工作簿（*.xlsx）后再试。',
    notWorkbook: '{source}：不是 Excel 工作簿（这是一个压缩包，但里面没有工作簿部分 xl/workbook.xml）。',
    empty: '{source}：文件是空的。',
    userSheetExists:
      '工作簿中已有名为“{name}”的工作表，且不是 Huibao 生成的，为免覆盖您的数据，未写入。请将该工作表改名后再试。',
    writeFailed: '写出工作簿失败（{reason}）。',
    engineFailed: '无法加载 .xlsx 写入组件（{reason}）。',
    binaryWorkbook:
      '{source}：这是二进制工作簿（.xlsb），Huibao 只能读取 .xlsx。请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再试。',
  },
  officeErrors: {
    // Office JavaScript API error mapping: src/excel
    // Each kind has a title (what happened), why, and what to do.
    detailsLabel: '技术细节',
    invalidArgument: 'Excel 拒绝了汇报提交的内容',
    invalidArgumentWhy: '某个单元格、区域或格式的写法不被 Excel 接受。',
    invalidArgumentDo: '请重试；如仍失败，请把技术细节发给维护人员。',
    invalidOperation: 'Excel 此时不能执行这一步',
    invalidOperationWhy: '工作簿当前的状态不允许这一操作（例如对话框未关闭或工作表被隐藏）。',
    invalidOperationDo: '关闭打开的对话框，回到工作表后重试。',
    itemNotFound: '找不到所需的工作表或单元格',
    itemNotFoundWhy: '它可能在汇报运行期间被删除或改名。',
    itemNotFoundDo: '检查工作表名称后重新运行。',
    itemAlreadyExists: '同名的工作表已经存在',
    itemAlreadyExistsWhy: '汇报运行期间出现了与输出工作表同名的工作表。',
    itemAlreadyExistsDo: '把该工作表改名后重新运行。',
    accessDenied: 'Excel 拒绝修改：工作表或工作簿受保护',
    accessDeniedWhy: '要写入或标记的单元格位于受保护的工作表，或工作簿结构受保护、以只读方式打开。',
    accessDeniedDo: '在“审阅 → 撤消工作表保护/保护工作簿”中取消保护，或另存一份可编辑的副本后重试。',
    sheetProtected: '工作表「{sheet}」受保护，汇报无法更新它',
    sheetProtectedWhy: '「{sheet}」是汇报上次写入的工作表，但之后被设置了保护。',
    sheetProtectedDo: '在“审阅 → 撤消工作表保护”中取消「{sheet}」的保护后重试。',
    sheetNameTaken: '已有一张名为「{sheet}」的工作表，它不是汇报写入的',
    sheetNameTakenWhy: '汇报只替换自己写入的工作表，绝不覆盖您的工作表。',
    sheetNameTakenDo: '把您的「{sheet}」改名（例如「{sheet}（原）」）后重新运行。',
    cellEditMode: 'Excel 正在编辑单元格',
    cellEditModeWhy: '有单元格处于编辑状态时，加载项不能读写工作簿。',
    cellEditModeDo: '按 Enter 或 Esc 结束编辑，然后重试。',
    payloadTooLarge: '一次提交给 Excel 的数据太多',
    payloadTooLargeWhy: 'Excel（尤其是网页版）限制单次请求的大小。',
    payloadTooLargeDo: '请重试；如仍失败，请减少工作表中的数据量或在桌面版 Excel 中运行。',
    general: 'Excel 内部出错',
    generalWhy: 'Excel 未能完成请求，原因未说明。',
    generalDo: '保存工作簿后重试；如仍失败，请重新打开 Excel。',
    apiNotFound: '此版本的 Excel 缺少汇报需要的功能',
    apiNotFoundWhy: '汇报调用的某个 Excel 接口在此版本中不存在。',
    apiNotFoundDo: '请更新 Office，或使用网页版 Excel。',
    unsupported: '此版本的 Excel 不支持汇报',
    unsupportedWhy: '汇报需要 Excel JavaScript API {version} 或更高版本（页面设置、筛选、填充图案等）。',
    unsupportedDo: '请更新到 Microsoft 365 版 Excel 或使用网页版；也可在浏览器中打开汇报处理 .xlsx 文件。',
    notInExcel: '当前不在 Excel 中',
    notInExcelWhy: '汇报的此功能需要在 Excel 中运行。',
    notInExcelDo: '在 Excel 中打开汇报，或在浏览器模式下处理 .xlsx 文件。',
    busy: 'Excel 暂时繁忙',
    busyWhy: 'Excel 正忙于其他操作或服务暂时不可用。',
    busyDo: '稍等片刻后重试。',
    unknown: '发生了意外错误',
    unknownWhy: '汇报遇到未预料的问题：{message}',
    unknownDo: '请重试；如仍失败，请把技术细节发给维护人员。',
  },
  commands: {
    // ribbon function commands: src/commands
    statusSheet: '汇报状态',
    statusHeading: '汇报 · 运行状态',
    commandValidate: '校验',
    commandSummary: '生成汇总',
    labelCommand: '命令',
    labelTime: '时间',
    labelResult: '结果',
    labelWhy: '原因',
    labelDo: '怎么办',
    labelDetails: '技术细节',
    validateDone: '校验完成：{errors} 个错误，{warnings} 个警告，{infos} 条提示。',
    summaryDone: '汇总已生成：写入 {sheets}。',
    seeSheet: '查看「{sheet}」',
    failed: '{command}未完成：{title}',
  },
  pane: {
    // the task pane: src/taskpane
    title: '汇报',
    subtitle: '街道工作指标 · 校验 · 汇总 · 填报',
    sourceExcel: '当前工作簿',
    sourceFile: '文件：{name}',
    sourceNone: '尚未载入工作簿',
    language: '界面语言',
    langZh: '中文',
    langEn: 'English',
    sheetsHeading: '检测到的工作表',
    sheetsIndicators: '指标表',
    sheetsCatalogue: '指标目录',
    sheetsUnits: '社区/单位表',
    sheetsTemplate: '报告模板',
    sheetsRules: '校验规则',
    countSheets: '{count} 张',
    countRows: '{count} 行',
    countParagraphs: '{count} 段',
    countMasks: '{count} 个掩码',
    countRules: '{count} 条',
    countIndicators: '{count} 项',
    countSheetsOne: '{count} 张',
    countRowsOne: '{count} 行',
    countParagraphsOne: '{count} 段',
    countRulesOne: '{count} 条',
    countIndicatorsOne: '{count} 项',
    notFound: '未找到',
    listSeparator: '、',
    refresh: '重新读取工作簿',
    generate: '一键生成',
    generateHint: '校验 → 汇总 → 填报 → 写入工作表',
    stepsLabel: '分步操作',
    validate: '仅校验',
    writeSummary: '写入汇总',
    highlight: '在输入单元格上标记问题',
    clearMarks: '清除标记',
    marksCleared: '已清除标记。',
    progressRead: '正在读取工作簿…',
    progressAnalyse: '正在校验与汇总…',
    progressFill: '正在填写报告…',
    progressWrite: '正在写入工作表…',
    progressEngine: '正在加载表格引擎…',
    progressSkeleton: '正在生成指标表…',
    progressWorking: '正在处理…',
    progressLabel: '进度',
    done: '已完成：写入 {sheets} 工作表。',
    validated: '校验完成：{errors} 个错误，{warnings} 个警告。',
    resultsHeading: '结果',
    tabFindings: '问题 {count}',
    tabIndicators: '指标',
    tabReport: '报告',
    resultTabs: '结果视图',
    filterSeverity: '按严重程度筛选',
    filterSheet: '按工作表筛选',
    filterAll: '全部',
    filterAllSheets: '全部工作表',
    noFindings: '没有发现问题。',
    noFindingsMatch: '没有符合筛选条件的问题。',
    findingsShown: '显示 {shown} / {total} 条',
    jumpTo: '定位到 {sheet}!{cell}',
    indicatorRow: '{id} {name}：{value}',
    noValue: '—',
    noIndicators: '没有可显示的指标。',
    reportHeading: '报告预览',
    reportUnfilled: '未填：{mask}',
    reportCounts: '已填 {filled} 处掩码，未填 {unfilled} 处',
    reportLegend: '标黄处为未填写的掩码',
    reportLegendCheck: '虚线框处按不完整的合计填写，需核对',
    reportCheck: '需核对：{text} 按不完整的合计填写',
    copiedWithMasks: '报告文本已复制，但其中仍有 {count} 处掩码未填写。',
    incompleteMarker: '合计不完整：有单位未填、数据有误或未能读取，未计入合计',
    reportNone: '没有报告模板：添加“报告模板”工作表，或在下方粘贴模板文本。',
    copyReport: '复制报告文本',
    copied: '报告文本已复制。',
    copyFailed: '无法访问剪贴板，请在预览中手动选择文本复制。',
    skeletonHeading: '从模板生成指标表',
    skeletonPaste: '带掩码的报告文本（如“完成投资***亿元”）',
    skeletonPlaceholder: '在此粘贴报告模板…',
    skeletonFromText: '用粘贴的文本生成',
    skeletonFromSheet: '用“报告模板”工作表生成',
    skeletonDone: '已写入“指标”工作表：{count} 个掩码。',
    skeletonEmpty: '模板中没有找到掩码（如 ***、**.*%）。',
    settingsHeading: '设置',
    settingsStreet: '街道名称',
    settingsStreetHint: '用于汇总表标题；留空则从报告或数据中识别',
    settingsYear: '年度',
    settingsYearHint: '留空则从报告标题或表头中识别',
    settingsYearInvalid: '请输入四位年份（如 2022），或留空。',
    settingsExceeded: '超额线（目标的 %）',
    settingsExceededHint: '完成值达到“不少于”（≥）类目标的此百分比即为超额，默认 120',
    settingsExceededInvalid: '请输入大于 100、不超过 1000 的数（如 120）。',
    settingsYoy: '同比波动提醒（±%）',
    settingsYoyHint: '与上年值相比变化超过此比例时提醒，默认 50',
    settingsYoyInvalid: '请输入大于 0、不超过 1000 的数（如 50）。',
    settingsSheetLang: '生成的工作表所用语言',
    settingsWhereWorkbook: '设置存于本工作簿中，保存工作簿后随文件一起发送。',
    settingsWhereBrowser: '设置保存在此浏览器中。',
    settingsSave: '保存设置',
    settingsReset: '填入默认值',
    settingsSaved: '设置已存入工作簿。',
    settingsSavedRerun: '设置已存入工作簿，重新生成后生效。',
    settingsUnread: '未能读取本工作簿中保存的设置，暂用默认值；下次运行时会再次读取。',
    settingsBrowserSaved: '设置已保存。',
    settingsBrowserSavedRerun: '设置已保存，重新生成后生效。',
    sheetsInLang: '生成的工作表将使用{lang}（可在“设置”中更改）。',
    sheetLangZh: '中文',
    sheetLangEn: '英文',
    fileHeading: '浏览器模式',
    fileHint: '未在 Excel 中运行：可载入示例，或选择/拖入一个 .xlsx 文件。',
    fileChoose: '选择 .xlsx 文件',
    fileDrop: '把 .xlsx 文件拖到这里',
    fileExample: '载入示例工作簿',
    fileNotXlsx: '“{name}”不是 .xlsx 文件。请选择 Excel 工作簿（.xlsx）。',
    download: '下载输出工作簿',
    downloadReady: '输出工作簿已生成，可以下载。',
    errorTitle: '操作未完成',
    errorUnknown: '发生意外错误：{reason}',
    retry: '重试',
    dismiss: '关闭',
    details: '技术细节',
    busy: '正在处理，请稍候',
    // the download's name: the same suffix as the CLI's default output (huibao run → <名称>-汇总.xlsx)
    downloadName: '{name}-汇总.xlsx',
    fileUnreadable: '无法读取“{name}”',
    fileUnreadableNext: '重试仍会读取同一个文件：请选择另一个 .xlsx 文件，或载入示例工作簿。',
    chooseAnother: '选择其他文件',
    jumpInDownload: '浏览器模式不能选中单元格：请在下载的工作簿中查看 {sheet}!{cell}。',
  },
  findings: {
    'missing-value': {
      message: '{sheet}!{cell}：指标 {id}「{name}」没有填写完成值。',
      hint: '请在 {cell} 填写数值；确实无数据时，在备注中说明原因，供核对合计时参考（该单位仍不计入合计）。',
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
    'scale-suspect': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的单位是“{unit}”，值 {found} 的位数超出格式 {expected}，像是按“{baseUnit}”填写的（{found}{baseUnit} = {scaled}{unit}）。',
      hint: '按“{unit}”填写，例如 {scaled}；或写成 {scaled}万。',
    },
    'approx-not-possible': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found} 不能写成“{expected}”（“余”要求实际值大于取整值）。',
      hint: '核对数值，或把报告原文的“余”去掉。',
    },
    'target-not-met': {
      message: '{sheet}!{cell}：指标 {id}「{name}」完成值 {found}，不符合目标 {expected}。',
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
    'merged-figure': {
      message:
        '{sheet}!{cell}：{found} 是跨 {rows} 行的合并单元格，其中的数只属于第一行的指标，下面 {others} 行视为未填。',
      hint: '取消合并，在每个指标自己的行里分别填写数值。',
    },
    'unknown-id': {
      message: '{sheet}!{cell}：编号 {id} 不在{reference}中。',
      hint: '检查编号是否抄错，或先在{reference}中添加该指标。',
    },
    'unknown-name': {
      message: '{sheet}!{cell}：这一行没有编号，指标名称“{found}”在{reference}中也找不到。',
      hint: '填上{reference}中的编号，或把名称改得与{reference}中的一致。',
    },
    'unit-missing-indicator': {
      message: '{sheet}：缺少指标 {id}「{name}」（其他单位有这一行）。',
      hint: '在 {sheet} 的 {cell} 起补上编号 {id} 这一行。',
    },
    'unit-mismatch': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的单位是“{found}”，{reference}中为“{expected}”。',
      hint: '统一计量单位后再汇总。',
    },
    'yoy-jump': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」完成值 {found}{unit}，较上年 {expected}{unit} 变化 {change}。',
      hint: '变化较大，请核实数值是否正确。',
    },
    'rule-failed': {
      message: '{sheet}!{cell}：校验规则“{rule}”不成立（{detail}）。',
      hint: '{description}',
    },
    'rule-division-by-zero': {
      message: '{sheet}!{cell}：校验规则“{rule}”在 {scopes} 除数为 0，无法校验。',
      hint: '核对作除数的指标数值；除数可能为 0 时，改写规则（例如把除法改为乘法：M002 < M003 * 0.5）。',
    },
    'rule-invalid': {
      message: '{sheet}!{cell}：校验规则“{found}”无法解析：{detail}。',
      hint: '规则写法示例：M025 <= M024，M015 = ROUND(M014 / M013 * 100, 2)。',
    },
    'aggregate-disagree': {
      message: '{sheet}!{cell}：指标 {id}「{name}」要求各单位一致{why}，但填写不同：{found}。',
      hint: '核对各单位填写的值，统一后重新校验。',
    },
    'catalogue-actual-ignored': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」由各单位汇总为 {expected}，指标目录里填写的完成值 {found} 未使用。',
      hint: '如果 {found} 是街道自己的数，请把汇总方式改为“不汇总”；否则清空这一格。',
    },
    'aggregate-incomplete': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的合计不完整：{missing} 没有可用的数值（未填或有误），未计入合计。',
      hint: '补齐或改正这些单位的数据后重新汇总。',
    },
    'aggregation-unparsed': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的汇总方式“{found}”无法识别，已按默认方式汇总。',
      hint: '汇总方式可写为 求和、平均、最大、最小、一致、不汇总 或 比率(分子编号,分母编号)，编号须在目录中；加权平均等不能由各单位数值直接算出的，写“不汇总”，在指标目录的完成值填写。',
    },
    'no-indicator-sheet': {
      message: '工作簿中没有指标表：找不到含“编号”（或“指标”）和“完成值”表头的工作表。',
      hint: '先用 huibao skeleton 生成指标表，或在表头写上 编号、指标、完成值。',
    },
    // sheets and cells validation reads past (src/core/workbook-units.ts, parse-number.ts)
    'hidden-sheet-skipped': {
      message: '{sheet}：该工作表已隐藏，不作为单位参与校验和汇总。',
      hint: '如果它是需要汇总的单位，请在 Excel 中取消隐藏后重新校验；旧版或草稿可保持隐藏或删除。',
    },
    'total-sheet-skipped': {
      message: '{sheet}：表名含“{found}”，看来是合计表，不作为单位参与校验和汇总（否则会重复计算）。',
      hint: '街道合计由 Huibao 根据各单位计算。如果它确实是需要汇总的一个单位，请把表名改为单位名称（不含“合计”“汇总”等字样）后重新校验。',
    },
    'year-sheet-skipped': {
      message: '{sheet}：表名含“{found}”，看来是其他年份的数据，不作为单位参与校验和汇总。',
      hint: '上年数请填在各单位的“上年值”列。如果它确实是本年需要汇总的一个单位，请把表名改为单位名称后重新校验。',
    },
    'sheet-not-read': {
      message:
        '{sheet}!{cell}：工作表「{sheet}」列有目录中的编号，但找不到“完成值”列，整张表没有读取，合计中没有这张表的数。',
      hint: '把填写数值那一列的表头改为“完成值”（也可写 完成数、实际值 或 Actual），然后重新校验。',
    },
    'sheet-header-split': {
      message:
        '{sheet}!{cell}：工作表「{sheet}」列有目录中的编号，“完成值”表头在 {found}，与“编号”表头（{cell}）不在同一行，整张表没有读取，合计中没有这张表的数。',
      hint: '把表头写在同一行；用两行表头时，“完成值”写在“编号”所在行的下一行，“编号”“指标”等表头向下合并（下一行留空），然后重新校验。',
    },
    'unit-sheet-copy': {
      message:
        '{sheet}：表名像是「{original}」的副本（Excel 复制工作表时会加上“ (2)”），它也作为一个单位计入了合计，数字可能算了两遍。',
      hint: '如果是副本，请删除或隐藏它后重新校验；如果确实是另一个单位，请给它改一个自己的名字。',
    },
    'rule-level-unknown': {
      message: '{sheet}!{cell}：规则“{rule}”的级别“{found}”无法识别，已按“错误”处理。',
      hint: '级别可写 错误、警告 或 提示。',
    },
    'percent-on-non-percent': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的单位是“{unit}”，填写的“{found}”带百分号，已按 {value} 计算。',
      hint: '如果这一项是百分比，请把单位改为 %；否则去掉百分号（或把单元格格式改为常规）。',
    },
    'date-in-value': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的完成值显示为日期 {found}，不是数值（输入“5-1”之类的内容时 Excel 会自动变成日期）。',
      hint: '把这一格的格式改为“常规”或“数值”，再重新输入数字。',
    },
    'target-unit-mismatch': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的目标值“{found}”是百分比，单位却是“{unit}”。',
      hint: '比率的单位写 %；数量的目标值不带 %，例如 ≥50。',
    },
    'catalogue-as-unit': {
      message:
        '{sheet}!{cell}：「{sheet}」有“汇总方式”列，完成值却大多空着，像是指标目录；它被当作第一个单位读取，空着的完成值都记为缺数。',
      hint: '如果它是指标目录，请把工作表名改为“指标目录”后重新校验。',
    },
    'ambiguous-name': {
      message: '{sheet}!{cell}：这一行没有编号，而{reference}中不止一个指标叫“{found}”，无法确定是哪一个。',
      hint: '填上{reference}中的编号。',
    },
    'percent-looks-like-fraction': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」是百分比，填写的 {found} 没有 % 号，按 {found}% 计算；如果指 {percent}%，请改填 {percent} 或 {percent}%。',
      hint: '百分比填百分点，例如 95 或 95%，不要填 0.95；确实是 {found}% 时可忽略此提示。',
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
    'fill-missing-total': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」没有可用的街道合计（各单位未填、有误或不一致），报告中的 {mask} 保持原样。',
      hint: '先在“校验结果”中改正指标 {id} 的问题，再重新填数。',
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
    'round-to-100': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found}% 按格式 {expected} 四舍五入为 100%，报告不写“100%”，已写作 {rendered}%。',
      hint: '100% 表示全部；如需写出 {found}%，把报告原文的格式改为带小数（如 **.*%），或在原文前加“近”。',
    },
    'round-to-zero': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {found} 按格式 {expected} 会写成 0，已写作 {rendered}。',
      hint: '非零的数不写成 0：小于格式的最小单位时改用基本单位（去掉“万”“亿”）或多保留小数。请核对数值和单位。',
    },
    'fill-approx-value': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的完成值“{found}”是约数，报告中的 {mask} 按它填成了“{rendered}”，读来像准确数字。',
      hint: '填写准确数字后重新填写报告；确实只有估计数时，请在报告原文中保留“约”“余”等字样。',
    },
    'target-approximate': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的目标值“{found}”是约数，已只按其中的数字 {value} 判断。',
      hint: '把目标写成确切的形式，例如 ≥{value}、≤{value} 或一个范围（如 90~110）。',
    },
    'previous-not-a-number': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的上年值“{found}”不是数字，未与上年比较。',
      hint: '上年值只填数字（可带 % 或“万”），没有上年数据就留空。',
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
    'fill-total-incomplete': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的合计不完整（{missing}未填、数据有误或未能读取），报告中的 {mask} 按不完整的合计 {found} 填写。',
      hint: '补齐这些单位的数据后重新运行；否则请在报告中注明合计不含这些单位。',
    },
    // validation after the user trial (src/core/checks.ts, analyse.ts)
    'formula-not-calculated': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的单元格有公式但没有计算结果。',
      hint: '请在 Excel 中打开并保存一次（文件由程序生成时公式尚未计算），然后重新校验。',
    },
    'aggregation-rate-needs-ratio': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」是比率，各单位的值不同（{found}），比率不能相加或平均，未计算合计。',
      hint: '在“汇总方式”写 比率(分子编号,分母编号)，由分子、分母的合计重新计算；确需平均时写“平均”。',
    },
    'ratio-over-100': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」为 {top}，大于 {denominatorId}「{denominatorName}」的 {bottom}，比率 {rateId}「{rateName}」会超过 100%。',
      hint: '分子不能大于分母，请核对这两个数。',
    },
    'unit-ratio-mismatch': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」填的是 {found}，按本单位 {numeratorId}「{numeratorName}」{top} ÷ {denominatorId}「{denominatorName}」{bottom} 计算应为 {expected}。',
      hint: '比率由分子、分母重新计算，街道合计不用这里填的数；请改正，或留空。',
    },
    'ratio-zero-denominator': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的分母 {denominatorId}「{denominatorName}」合计为 0，比率无法计算，记为缺数。',
      hint: '核对分母是否漏填；确实没有这项工作时，在备注中说明。',
    },
    'actual-column-missing': {
      message: '{sheet}!{cell}：工作表「{sheet}」没有“完成值”列，{count} 项指标都没有数值。',
      hint: '在表头加一列“完成值”并填写数值。如果各单位的数值是分列填写的（每个社区一列），请给每个单位建一张工作表（以单位名命名，含“编号”和“完成值”两列），由本表作指标目录汇总。',
    },
    'catalogue-actual-column-missing': {
      message:
        '{sheet}!{cell}：{count} 项“不汇总”的指标（{found}）取指标目录自己的完成值，但指标目录没有“完成值”列，这些指标记为缺数。',
      hint: '在指标目录加一列“完成值”，填写这些指标的数值。',
    },
    'unit-previous-column-missing': {
      message:
        '{sheet}!{cell}：工作表「{sheet}」没有“上年值”列，而其他单位有：街道的上年合计只含部分单位，不计算，也不计算同比。',
      hint: '在「{sheet}」加一列“上年值”填写上年数，或在指标目录的“上年值”列填写街道的上年数。',
    },
    'previous-incomplete': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的上年值不全（{missing} 没有上年值），部分单位的上年合计与各单位今年的合计不可比，未计算同比。',
      hint: '补齐这些单位的上年值，或在指标目录的“上年值”列填写街道的上年数。',
    },
    'previous-out-of-range': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的上年值 {found} 不可能是上年的数（应为{expected}），未与上年比较。',
      hint: '核对上年值；没有上年数据就留空。',
    },
    'target-looks-like-fraction': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」是百分比，目标值“{found}”没有 % 号，按百分点判断；如果指 {suggestion}，请这样写。',
      hint: '百分比目标写百分点并带 %，例如 ≥95%，不要写 ≥0.95。',
    },
    'value-unit-differs': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」填的“{found}”带单位“{written}”，指标的单位是“{unit}”，已按 {value}{unit} 计算。',
      hint: '只填数字，单位以指标目录为准；单位确实不同时请先换算。',
    },
    // polish (src/core/checks.ts, analyse.ts)
    'approx-value': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的完成值“{found}”是约数，已按 {value} 计入，应为{expected}。',
      hint: '去掉“{word}”，填写准确数字；确实只有估计数时，请在备注中说明。',
    },
    'rule-text-indicator': {
      message:
        '{sheet}!{cell}：校验规则“{rule}”用到的 {ids} 是文字指标（没有单位，目标值也不是数字）：其值不一定是数字，也不汇总，这条规则可能始终无法校验。',
      hint: '如果 {ids} 是数值，请为其填写单位；如果确实是文字（如名称、编号），请删除这条规则或改用其他指标。',
    },
    // masks and targets after user trial 9 (src/core/checks.ts, number-writing.ts, analyse.ts)
    'mask-decimals': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的值 {shown} 有 {decimals} 位小数，多于格式 {expected} 的 {maskDecimals} 位，报告中将写作 {rendered}。',
      hint: '核对数值；要保留这些小数，请在报告模板和“格式”中加小数位（如 **.*）；有意取整的可不理会。',
    },
    'format-not-a-mask': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的格式“{found}”不是掩码，数值未按格式核对（用此格式的指标共 {count} 项）。',
      hint: '格式用星号写，每个 * 代表一位数字，例如 **、***.*、**万余、**.*%；不需要格式就留空。',
    },
    'format-malformed': {
      message:
        '{sheet}!{cell}：指标 {id}「{name}」的格式“{found}”不是可读的掩码（多了小数点，或有几段星号），数值未按格式核对（用此格式的指标共 {count} 项）。',
      hint: '格式写一段星号，小数点至多一个，例如 **、***.*、**万余、**.*%。',
    },
    'target-formula-not-calculated': {
      message: '{sheet}!{cell}：指标 {id}「{name}」的目标值是公式 {found}，但没有计算结果，按无目标处理。',
      hint: '请在 Excel 中打开并保存一次（文件由程序生成时公式尚未计算），然后重新校验；或直接填写目标值。',
    },
  },
} as const;
