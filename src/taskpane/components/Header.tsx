/** Title, where the workbook comes from, and the language switch. */
import { Caption1, makeStyles, Select, Title3, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { useText } from '../pane-text';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalM,
  },
  title: { flexGrow: 1, minWidth: 0 },
  mark: {
    width: '28px',
    height: '28px',
    marginRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    flexShrink: 0,
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalXS,
  },
  sub: { color: tokens.colorNeutralForeground3 },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  lang: { width: '96px', flexShrink: 0 },
});

export function Header(props: { source: string; onLang: (lang: Lang) => void }) {
  const styles = useStyles();
  const text = useText();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <img className={styles.mark} src="assets/icon-32.png" alt="" width={28} height={28} />
        <Title3 as="h1" className={styles.title}>
          {text.t('title')}
        </Title3>
        <Select
          className={styles.lang}
          size="small"
          aria-label={text.t('language')}
          value={text.lang}
          onChange={(_, data) => props.onLang(data.value === 'en-US' ? 'en-US' : 'zh-CN')}
        >
          <option value="zh-CN">{text.t('langZh')}</option>
          <option value="en-US">{text.t('langEn')}</option>
        </Select>
      </div>
      <Caption1 className={styles.sub}>{text.t('subtitle')}</Caption1>
      <Caption1 className={styles.source} data-testid="source">
        {props.source}
      </Caption1>
    </header>
  );
}
