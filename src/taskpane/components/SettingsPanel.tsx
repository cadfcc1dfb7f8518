/** The settings (street, year, thresholds, the sheets' language) behind a disclosure, below the skeleton's. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useLaterParts } from '../later';
import { type PaneKey, useText } from '../pane-text';
import { Disclosure } from './Disclosure';
import type { SettingsProps } from './SettingsForm';

const useStyles = makeStyles({
  wrap: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  saved: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

export function SettingsPanel(props: SettingsProps & { readonly saved: PaneKey | null }) {
  const styles = useStyles();
  const text = useText();
  const later = useLaterParts();
  const { saved, ...form } = props;
  return (
    <div className={styles.wrap}>
      <Disclosure label={text.t('settingsHeading')}>
        {/* Not keyed by the settings: a remount would drop what is typed and the focus (the form follows them). */}
        {later ? <later.SettingsForm {...form} /> : null}
      </Disclosure>
      {/* Beside the form as well as in the status bars at the top, which are out of sight at 320 px (they announce it). */}
      {saved ? (
        <Caption1 className={styles.saved} data-testid="settings-saved">
          <CheckmarkRegular aria-hidden />
          {text.t(saved)}
        </Caption1>
      ) : null}
    </div>
  );
}
