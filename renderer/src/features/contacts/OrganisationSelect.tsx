import { useState, type ReactNode } from 'react';
import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/contact';
import { IconButton } from '../../ui/Button';
import { Select } from '../../ui/fields';
import { OrganisationCreateDialog } from './OrganisationCreateDialog';
import { useOrganisations } from './queries';

/**
 * A contact's organisation (or a meeting's host): one of the address book's organisations, with
 * a button beside it to add a new one. Controlled (use react-hook-form's Controller).
 */
export function OrganisationSelect({
  label,
  value,
  onChange,
  onBlur,
  onCreateNew,
  error,
  hint,
  noneLabel,
}: {
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  onBlur?: () => void;
  /** Open the "New organisation" dialog (rendered by the caller outside its form: useNewOrganisation). */
  onCreateNew?: () => void;
  error?: string;
  hint?: ReactNode;
  noneLabel?: string;
}) {
  const { t } = useTranslation('contacts');
  const organisations = useOrganisations();
  const list = organisations.data ?? [];
  // A value not in the list (still loading, or just created) keeps an option so it is not lost.
  const missing = value !== null && !list.some((o) => o.id === value);
  return (
    <div className="field-with-action">
      <Select
        label={label}
        hint={hint}
        error={error}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        onBlur={onBlur}
      >
        <option value="">{noneLabel ?? t('organisation.none')}</option>
        {missing ? <option value={value}>{t('organisation.loading')}</option> : null}
        {list.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.nativeName ? `${organisation.name} · ${organisation.nativeName}` : organisation.name}
          </option>
        ))}
      </Select>
      {onCreateNew ? (
        <IconButton label={t('organisation.new')} icon={Plus} variant="secondary" onClick={onCreateNew} className="field-action" />
      ) : null}
    </div>
  );
}

/** The "New organisation" dialog for a picker: render `dialog` outside any <form>. */
export function useNewOrganisation(onCreated: (organisation: Organisation) => void): { open: () => void; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  return {
    open: () => setOpen(true),
    dialog: open ? <OrganisationCreateDialog onClose={() => setOpen(false)} onCreated={onCreated} /> : null,
  };
}
