import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { describedBy, FieldShell, useFieldIds } from '../../ui/fields';
import { useAnchoredPopover } from '../../ui/popover';
import { ROLE_ICONS } from './labels';
import { NativeName } from './NativeName';
import { useContactSearch, useOrganisationIndex } from './queries';
import './picker.css';

const MAX_OPTIONS = 12;

/**
 * Pick a contact from the address book by typing part of a name (Latin or native), title or
 * organisation: an ARIA combobox over `contacts:list`. Arrows and Enter choose, Esc closes the
 * list. Contacts in `exclude` (already chosen) are left out.
 */
export function ContactPicker({
  label,
  hint,
  placeholder,
  exclude = [],
  onPick,
}: {
  label: string;
  hint?: string;
  placeholder?: string;
  exclude?: readonly string[];
  onPick: (contact: Contact) => void;
}) {
  const { t } = useTranslation('contacts');
  const ids = useFieldIds(undefined);
  const listId = `${ids.id}-list`;
  const optionPrefix = `${useId().replaceAll(':', '')}-option`;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text, 150);
  const search = useContactSearch(query.trim(), { limit: MAX_OPTIONS + exclude.length, enabled: open });
  const organisations = useOrganisationIndex();
  const results = (search.data?.contacts ?? []).filter((c) => !exclude.includes(c.id)).slice(0, MAX_OPTIONS);
  const showList = open && results.length > 0;
  useAnchoredPopover(showList, inputRef, listRef, { matchWidth: true });

  const choose = (contact: Contact) => {
    onPick(contact);
    setText('');
    setActive(0);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.min(a + 1, results.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter': {
        const contact = results[active];
        if (open && contact) {
          event.preventDefault();
          choose(contact);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
        break;
    }
  };

  const settled = search.status === 'success' && query === text;
  return (
    <FieldShell ids={ids} label={label} hint={hint} className="contact-picker">
      <div className="input-with-icon">
        <UserPlus className="input-icon" aria-hidden />
        <input
          ref={inputRef}
          id={ids.id}
          className="input"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && results[active] ? `${optionPrefix}-${active}` : undefined}
          aria-describedby={describedBy(ids, hint, undefined)}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder ?? t('picker.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </div>
      <ul ref={listRef} id={listId} popover="manual" role="listbox" aria-label={label} className="popover-panel listbox contact-listbox">
        {results.map((contact, index) => {
          const organisation = contact.organisationId ? organisations.get(contact.organisationId) : undefined;
          const Icon = ROLE_ICONS[contact.role];
          return (
            <li
              key={contact.id}
              id={`${optionPrefix}-${index}`}
              role="option"
              aria-selected={index === active}
              className="listbox-option contact-option"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(contact);
              }}
              onMouseMove={() => setActive(index)}
            >
              <Icon aria-hidden className="contact-option-icon" />
              <span className="contact-option-text">
                <span className="contact-option-name">
                  {contact.name} <NativeName text={contact.nativeName} country={organisation?.country} />
                </span>
                <span className="contact-option-meta">
                  {[contact.title, organisation?.name, t(`role.${contact.role}`)].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {open && settled && text.trim() !== '' && results.length === 0 ? (
        <p className="field-hint" role="status">
          {t('picker.noMatch', { text: text.trim() })}
        </p>
      ) : null}
    </FieldShell>
  );
}
