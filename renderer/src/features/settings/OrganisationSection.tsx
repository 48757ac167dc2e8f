import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile } from '../../../../shared/domain/settings';
import { useSettings } from '../../state/settings';
import { Select, TextField } from '../../ui/fields';
import { LogoField } from './LogoField';

type TextKey = 'name' | 'address' | 'phone';
const SAVE_DELAY_MS = 400;

/**
 * The organisation's profile: name and logo on every document's cover, address and phone in
 * its footer, and the language documents start in. Text saves shortly after typing stops and,
 * at the latest, when the dialog closes (the section unmounts), so nothing typed is lost.
 */
export function OrganisationSection() {
  const { t } = useTranslation(['settings', 'common']);
  const organisation = useSettings((s) => s.organisation);
  const save = useSettings((s) => s.save);
  const [draft, setDraft] = useState<Pick<OrganisationProfile, TextKey>>(() => pickText(organisation));
  const pending = useRef<Partial<OrganisationProfile> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (patch) void save({ organisation: patch });
  };
  useEffect(() => flush, []); // on close (unmount): save what is still pending

  const edit = (key: TextKey, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    pending.current = { ...pending.current, [key]: value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  const tooLong = (key: TextKey, max: number) => (draft[key].trim().length > max ? t('organisation.tooLong', { max }) : undefined);

  return (
    <section className="settings-section" aria-labelledby="settings-organisation">
      <h3 id="settings-organisation">{t('organisation.heading')}</h3>
      <p className="secondary settings-section-intro">{t('organisation.intro')}</p>
      <TextField
        label={t('organisation.name')}
        value={draft.name}
        maxLength={200}
        error={tooLong('name', 200)}
        onChange={(e) => edit('name', e.currentTarget.value)}
        onBlur={flush}
      />
      <LogoField />
      <TextField
        label={t('organisation.address')}
        hint={t('organisation.footerHint')}
        value={draft.address}
        maxLength={300}
        onChange={(e) => edit('address', e.currentTarget.value)}
        onBlur={flush}
      />
      <TextField
        label={t('organisation.phone')}
        type="tel"
        value={draft.phone}
        maxLength={60}
        onChange={(e) => edit('phone', e.currentTarget.value)}
        onBlur={flush}
      />
      <Select
        label={t('organisation.documentLanguage')}
        value={organisation.documentLanguage ?? 'app'}
        onChange={(e) => {
          const value = e.currentTarget.value;
          void save({ organisation: { documentLanguage: value === 'sv' || value === 'en' ? value : null } });
        }}
      >
        <option value="app">{t('organisation.sameAsApp')}</option>
        <option value="sv">{t('organisation.languages.sv')}</option>
        <option value="en">{t('organisation.languages.en')}</option>
      </Select>
    </section>
  );
}

function pickText({ name, address, phone }: OrganisationProfile): Pick<OrganisationProfile, TextKey> {
  return { name, address, phone };
}
