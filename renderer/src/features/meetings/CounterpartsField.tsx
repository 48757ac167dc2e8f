import { useState } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact, Organisation } from '../../../../shared/domain/contact';
import { IconButton } from '../../ui/Button';
import { ContactPicker, ROLE_ICONS, NativeName } from '../contacts';

/**
 * Counterparts across the table: address-book contacts, shown with their native names, picked
 * by typing (Latin or native script) and removed with ×. Controlled.
 */
export function CounterpartsField({
  value,
  onChange,
  known,
  organisations,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Contacts already loaded (the workspace's); picked ones are remembered here until it reloads. */
  known: ReadonlyMap<string, Contact>;
  organisations: ReadonlyMap<string, Organisation>;
}) {
  const { t } = useTranslation('meetings');
  const [picked, setPicked] = useState<ReadonlyMap<string, Contact>>(new Map());
  const lookup = (id: string) => known.get(id) ?? picked.get(id);

  return (
    <div className="counterparts">
      <p className="field-label" id="counterparts-label">
        {t('fields.counterparts')}
      </p>
      {value.length === 0 ? (
        <p className="form-note">{t('counterparts.none')}</p>
      ) : (
        <ul className="counterpart-list" aria-labelledby="counterparts-label">
          {value.map((id) => {
            const contact = lookup(id);
            const organisation = contact?.organisationId ? organisations.get(contact.organisationId) : undefined;
            const Icon = contact ? ROLE_ICONS[contact.role] : ROLE_ICONS.other;
            const name = contact?.name ?? t('counterparts.unknown');
            return (
              <li key={id} className="counterpart" data-testid="counterpart">
                <Icon aria-hidden className="counterpart-icon" />
                <span className="counterpart-text">
                  <span className="counterpart-name">
                    {name} {contact ? <NativeName text={contact.nativeName} country={organisation?.country} /> : null}
                  </span>
                  {contact && (contact.title || organisation) ? (
                    <span className="counterpart-meta">
                      {[contact.title, organisation?.name].filter(Boolean).join(' · ')}
                      {organisation?.nativeName ? (
                        <>
                          {' '}
                          <NativeName text={organisation.nativeName} country={organisation.country} />
                        </>
                      ) : null}
                    </span>
                  ) : null}
                </span>
                <IconButton
                  size="sm"
                  icon={X}
                  label={t('counterparts.remove', { name })}
                  onClick={() => onChange(value.filter((other) => other !== id))}
                />
              </li>
            );
          })}
        </ul>
      )}
      <ContactPicker
        label={t('counterparts.add')}
        hint={t('counterparts.addHint')}
        exclude={value}
        onPick={(contact) => {
          setPicked((previous) => new Map(previous).set(contact.id, contact));
          onChange([...value, contact.id]);
        }}
      />
    </div>
  );
}
