import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n/languages';
import { useAppUi } from '../../state/appUi';
import { useSettings, type ThemePreference } from '../../state/settings';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, RadioGroup } from '../../ui/fields';

const THEMES: ThemePreference[] = ['system', 'light', 'dark'];

/** Settings apply at once and are kept on this computer (state/settings.ts). */
export function SettingsDialog() {
  const { t } = useTranslation(['settings', 'common']);
  const open = useAppUi((s) => s.settingsOpen);
  const close = useAppUi((s) => s.closeSettings);
  const { language, theme, showHomeTimeByDefault, setLanguage, setTheme, setShowHomeTimeByDefault } = useSettings();
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('title')}
      description={t('description')}
      size="sm"
      dismissOnBackdrop
      footer={
        <Button variant="primary" onClick={close}>
          {t('common:actions.close')}
        </Button>
      }
    >
      <div className="form-sections">
        <RadioGroup
          legend={t('language.label')}
          value={language}
          onChange={setLanguage}
          // Language names in their own language, so anyone can find theirs.
          options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_NAMES[value]}</span> }))}
        />
        <RadioGroup
          legend={t('theme.label')}
          value={theme}
          onChange={setTheme}
          options={THEMES.map((value) => ({ value, label: t(`theme.${value}`) }))}
        />
        <Checkbox
          label={t('homeTime.label')}
          hint={t('homeTime.hint')}
          checked={showHomeTimeByDefault}
          onChange={(event) => setShowHomeTimeByDefault(event.currentTarget.checked)}
        />
      </div>
    </Dialog>
  );
}
