import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Organisation } from '../../../../shared/domain/contact';
import { VirtualList } from '../../ui/VirtualList';
import { ROLE_ICONS } from './labels';
import { NativeName } from './NativeName';

/**
 * The address book as a virtualised list (only the rows in view exist, so thousands of contacts
 * scroll smoothly). Rows not loaded yet are placeholders that ask for their page when they come
 * into view. Up/Down move between rows; Enter or a click opens one in the panel.
 */
export function ContactList({
  rows,
  selectedId,
  organisations,
  onSelect,
  onRequestRow,
  label,
}: {
  rows: readonly (Contact | undefined)[];
  selectedId: string | null;
  organisations: ReadonlyMap<string, Organisation>;
  onSelect: (contact: Contact) => void;
  onRequestRow: (index: number) => void;
  label: string;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const selectedIndex = useMemo(() => (selectedId ? rows.findIndex((c) => c?.id === selectedId) : -1), [rows, selectedId]);
  // A contact selected from elsewhere (a deep link, a search hit) is scrolled into view once.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || selectedIndex < 0 || revealed.current === selectedId) return;
    revealed.current = selectedId;
    const scroller = frame.current?.querySelector<HTMLElement>('.virtual-list');
    if (!scroller) return;
    const row = scroller.querySelector<HTMLElement>(`[data-contact-id="${CSS.escape(selectedId)}"]`);
    if (row) {
      const r = row.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (r.top >= view.top && r.bottom <= view.bottom) return;
    }
    scroller.scrollTop = Math.max(0, selectedIndex * ROW_HEIGHT - scroller.clientHeight / 3);
  }, [selectedId, selectedIndex]);

  return (
    <div ref={frame} className="contact-list-frame">
      <VirtualList
        items={rows}
        ariaLabel={label}
        className="contact-list"
        estimateSize={ROW_HEIGHT}
        overscan={10}
        getKey={(contact, index) => contact?.id ?? `row-${index}`}
        renderItem={(contact, index) =>
          contact ? (
            <ContactRow
              contact={contact}
              index={index}
              selected={contact.id === selectedId}
              organisation={contact.organisationId ? organisations.get(contact.organisationId) : undefined}
              onSelect={onSelect}
            />
          ) : (
            <PlaceholderRow index={index} onVisible={onRequestRow} />
          )
        }
      />
    </div>
  );
}

/** Rows are two lines high (CSS min-height); the virtualiser measures the exceptions. */
const ROW_HEIGHT = 60;

const ContactRow = memo(function ContactRow({
  contact,
  index,
  selected,
  organisation,
  onSelect,
}: {
  contact: Contact;
  index: number;
  selected: boolean;
  organisation: Organisation | undefined;
  onSelect: (contact: Contact) => void;
}) {
  const { t } = useTranslation('contacts');
  const Icon = ROLE_ICONS[contact.role];
  const secondary = [contact.title, organisation?.name].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className="list-row contact-row"
      aria-current={selected ? 'true' : undefined}
      data-row-index={index}
      data-contact-id={contact.id}
      data-testid="contact-row"
      onClick={() => onSelect(contact)}
      onKeyDown={moveBetweenRows}
    >
      <span className={`contact-row-icon role-${contact.role}`} aria-hidden>
        <Icon />
      </span>
      <span className="contact-row-text">
        <span className="contact-row-name">
          <span className="contact-row-latin">{contact.name}</span>
          <NativeName text={contact.nativeName} country={organisation?.country} className="contact-row-native" />
        </span>
        <span className="contact-row-secondary">
          {secondary || (organisation?.nativeName ? <NativeName text={organisation.nativeName} country={organisation.country} /> : null)}
        </span>
      </span>
      <span className="contact-row-role">{t(`role.${contact.role}`)}</span>
    </button>
  );
});

function PlaceholderRow({ index, onVisible }: { index: number; onVisible: (index: number) => void }) {
  useEffect(() => onVisible(index), [index, onVisible]);
  return (
    <div className="list-row contact-row contact-row-placeholder" aria-hidden>
      <span className="contact-row-icon" />
      <span className="contact-row-text">
        <span className="skeleton skeleton-name" />
        <span className="skeleton skeleton-line" />
      </span>
    </div>
  );
}

/** Up/Down from a row to the next one (rows near the view are rendered, so it is there). */
function moveBetweenRows(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const index = Number(event.currentTarget.dataset.rowIndex);
  const next = index + (event.key === 'ArrowDown' ? 1 : -1);
  const list = event.currentTarget.closest('[role="list"]');
  const target = list?.querySelector<HTMLElement>(`[data-row-index="${next}"]`);
  if (target) {
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  }
}
