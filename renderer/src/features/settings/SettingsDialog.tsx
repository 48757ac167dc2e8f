import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n/languages';
import { useAppUi } from '../../state/appUi';
import { useSettings, type ThemePreference } from '../../state/settings';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, RadioGroup } from '../../ui/fields';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { localHomeTimeZone } from '../../lib/timezones';
import { TeamSyncSection } from '../sync';
import { DemoSection } from './DemoSection';
import { OrganisationSection } from './OrganisationSection';
import { PerDiemRatesSection } from './PerDiemRatesSection';
import { EncryptionSection, RetentionSection } from '../privacy';
import { GiftPolicySection } from './GiftPolicySection';
import './settings.css';

const THEMES: ThemePreference[] = ['system', 'light', 'dark'];

/**
 * Settings apply at once. They are kept in the data file (state/settings.ts), so the desktop app
 * and the browser mode on any port share them; only the appearance stays on this computer.
 */
export function SettingsDialog() {
  // Closed, it costs nothing: the body (the zone list, the settings store) runs only when open.
  const open = useAppUi((s) => s.settingsOpen);
  return open ? <OpenSettingsDialog /> : null;
}

function OpenSettingsDialog() {
  const { t } = useTranslation(['settings', 'common']);
  const close = useAppUi((s) => s.closeSettings);
  const { language, theme, showHomeTimeByDefault, homeTimeZone, paper, setLanguage, setTheme, setShowHomeTimeByDefault, save } =
    useSettings();
  return (
    <Dialog
      open
      onClose={close}
      title={t('title')}
      description={t('description')}
      size="md"
      dismissOnBackdrop
      footer={
        <Button variant="primary" onClick={close}>
          {t('common:actions.close')}
        </Button>
      }
    >
      <div className="form-sections settings-sections">
        <section className="settings-section" aria-labelledby="settings-app">
          <h3 id="settings-app">{t('app.heading')}</h3>
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
          <TimeZoneSelect
            label={t('homeZone.label')}
            hint={homeTimeZone ? t('homeZone.hint') : t('homeZone.hintComputer')}
            value={homeTimeZone ?? localHomeTimeZone()}
            onChange={(zone) => void save({ homeTimeZone: zone })}
          />
          <RadioGroup<'a4' | 'letter'>
            legend={t('paper.label')}
            value={paper}
            onChange={(value) => void save({ paper: value })}
            options={[
              { value: 'a4', label: t('paper.a4') },
              { value: 'letter', label: t('paper.letter') },
            ]}
          />
        </section>
        <OrganisationSection />
        <PerDiemRatesSection />
        <RetentionSection />
        <EncryptionSection />
        <GiftPolicySection />
        <TeamSyncSection />
        <DemoSection />
      </div>
    </Dialog>
  );
}
