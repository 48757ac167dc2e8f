import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callSafely } from '../../api/mutation';
import { useApi } from '../../api/context';
import { useSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { readLogoFile } from './logoFile';

/** The organisation's logo: preview, choose another, remove. A refused file changes nothing. */
export function LogoField() {
  const { t } = useTranslation('settings');
  const call = useApi();
  const logo = useSettings((s) => s.logo);
  const organisationName = useSettings((s) => s.organisation.name);
  const apply = useSettings((s) => s.apply);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function choose(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    try {
      const read = await readLogoFile(file);
      if (!read.ok) {
        setError(t(`logo.problems.${read.problem}`, { name: file.name }));
        return;
      }
      const result = await callSafely(call, 'settings:setLogo', { image: read.base64 });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      apply(result.value);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = ''; // choosing the same file again still reacts
    }
  }

  async function remove() {
    const result = await callSafely(call, 'settings:setLogo', { image: null });
    if (result.ok) apply(result.value);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <div className="settings-logo field">
      <span className="field-label">{t('logo.label')}</span>
      <div className="settings-logo-row">
        <div className="settings-logo-preview" data-testid="logo-preview">
          {logo ? <img src={logo.dataUrl} alt={t('logo.alt', { name: organisationName || t('logo.yourOrganisation') })} /> : <span className="secondary">{t('logo.none')}</span>}
        </div>
        <div className="settings-logo-actions">
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg,image/gif,image/webp"
            aria-label={t('logo.choose')}
            aria-describedby={error ? errorId : undefined}
            data-testid="logo-input"
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
          <Button icon={ImagePlus} busy={busy} onClick={() => input.current?.click()}>
            {logo ? t('logo.replace') : t('logo.choose')}
          </Button>
          {logo ? (
            <Button variant="ghost" icon={Trash2} onClick={() => void remove()}>
              {t('logo.remove')}
            </Button>
          ) : null}
        </div>
      </div>
      <p className="field-hint">{t('logo.hint')}</p>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
