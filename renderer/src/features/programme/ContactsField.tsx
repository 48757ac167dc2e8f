import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Search, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useAnchoredPopover } from '../../ui/popover';
import { cjkLang } from './model';
import { useContactSearch } from './queries';

type ContactLite = Pick<Contact, 'id' | 'name' | 'nativeName' | 'title'>;

/**
 * Contacts involved in an item (hosts, guides, drivers): chips for the chosen ones, and a
 * search over the whole address book ('contacts:list') to add more — an ARIA combobox: type,
 * arrows, Enter adds, Esc closes the list. Backspace in the empty box removes the last chip.
 */
export function ContactsField({
  value,
  onChange,
  known,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Contacts already loaded with the workspace (names for the chosen ids). */
  known: readonly ContactLite[];
}) {
  const { t } = useTranslation('programme');
  const inputId = useId();
  const listId = `${inputId}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const debounced = useDebouncedValue(query.trim(), 150);
  const search = useContactSearch(debounced, open);

  // Names of every contact seen, so a chip picked from a search keeps its name afterwards.
  const [seen, setSeen] = useState<Map<string, ContactLite>>(() => new Map(known.map((c) => [c.id, c])));
  useEffect(() => {
    const found = search.data?.contacts ?? [];
    if (!found.length && !known.length) return;
    setSeen((previous) => {
      const next = new Map(previous);
      for (const c of [...known, ...found]) next.set(c.id, c);
      return next;
    });
  }, [search.data, known]);

  const chosen = new Set(value);
  const results = (search.data?.contacts ?? []).filter((c) => !chosen.has(c.id));
  useAnchoredPopover(open && (results.length > 0 || search.status === 'success'), inputRef, listRef, { matchWidth: true });

  const add = (contact: ContactLite) => {
    onChange([...value, contact.id]);
    setQuery('');
    setActive(0);
    // Close the list so the chosen chip shows; typing or ArrowDown opens it again.
    setOpen(false);
  };
  const remove = (id: string) => onChange(value.filter((v) => v !== id));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      const contact = results[active];
      if (open && contact) {
        event.preventDefault();
        add(contact);
      }
    } else if (event.key === 'Escape' && open) {
      // Close the list only; the dialog around us stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      remove(value[value.length - 1]!);
    }
  };

  return (
    <div className="field contacts-field">
      <label htmlFor={inputId} className="field-label">
        {t('contacts.label')}
      </label>
      {value.length > 0 ? (
        <ul className="chip-list" aria-label={t('contacts.chosen')}>
          {value.map((id) => {
            const contact = seen.get(id);
            const name = contact?.name ?? t('contacts.unknown');
            return (
              <li key={id} className="chip">
                <span>{name}</span>
                {contact?.nativeName ? (
                  <span className="chip-native" lang={cjkLang(contact.nativeName)}>
                    {contact.nativeName}
                  </span>
                ) : null}
                <button type="button" className="chip-remove" aria-label={t('contacts.remove', { name })} onClick={() => remove(id)}>
                  <X aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="input-with-icon">
        <Search className="input-icon" aria-hidden />
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={t('contacts.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul ref={listRef} id={listId} popover="manual" role="listbox" aria-label={t('contacts.results')} className="popover-panel listbox">
        {results.map((contact, index) => (
          <li
            key={contact.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="listbox-option contact-option"
            onMouseDown={(event) => {
              event.preventDefault();
              add(contact);
            }}
            onMouseMove={() => setActive(index)}
          >
            <span className="contact-option-name">
              {contact.name}
              {contact.nativeName ? (
                <span className="chip-native" lang={cjkLang(contact.nativeName)}>
                  {' '}
                  {contact.nativeName}
                </span>
              ) : null}
            </span>
            {contact.title ? <span className="contact-option-title">{contact.title}</span> : null}
          </li>
        ))}
        {results.length === 0 && search.status === 'success' ? (
          <li className="listbox-empty" role="presentation">
            {debounced ? t('contacts.noMatch') : t('contacts.empty')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
