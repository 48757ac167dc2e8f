import { useState, type KeyboardEvent } from 'react';
import type { LucideIcon } from 'lucide-react';
import { BookUser, CalendarDays, CornerDownLeft, Luggage, Search, User } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation/Link';
import type { SearchHit, SearchHitKind } from '../../../../shared/domain/search';
import { paths } from '../../navigation/routes';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useAppUi } from '../../state/appUi';
import { Dialog } from '../../ui/Dialog';
import { useGlobalSearch } from './queries';
import './search.css';

const KIND_ICONS: Record<SearchHitKind, LucideIcon> = {
  trip: Luggage,
  member: User,
  item: CalendarDays,
  contact: BookUser,
};

/** Where a hit opens: trip → overview, member → members tab, item → programme, contact → address book. */
export function searchHitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'trip':
      return paths.trip(hit.id, 'overview');
    case 'member':
      return hit.tripId ? paths.trip(hit.tripId, 'members', hit.id) : paths.home();
    case 'item':
      return hit.tripId ? paths.trip(hit.tripId, 'programme', hit.id) : paths.home();
    case 'contact':
      return paths.addressBook(hit.id);
  }
}

/** Ctrl/Cmd+K: search everything, arrows + Enter to jump. */
export function SearchPalette() {
  const { t } = useTranslation('search');
  const open = useAppUi((s) => s.searchOpen);
  const close = useAppUi((s) => s.closeSearch);
  return (
    <Dialog open={open} onClose={close} title={t('title')} bare dismissOnBackdrop className="palette">
      <PaletteBody onDone={close} />
    </Dialog>
  );
}

function PaletteBody({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 120);
  const search = useGlobalSearch(query);
  const hits = query && text.trim() ? (search.data ?? []) : [];
  const listId = 'search-results';

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onDone();
    navigate(searchHitPath(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      const next = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[active]);
    }
  };

  const activeId = hits[active] ? `${listId}-${active}` : undefined;
  const searching = search.status === 'loading' || query !== text.trim();

  return (
    <div className="palette-body">
      <div className="palette-input-row">
        <Search className="palette-input-icon" aria-hidden />
        <input
          className="palette-input"
          role="combobox"
          aria-label={t('label')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={text}
          data-autofocus
          onChange={(event) => {
            setText(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd>Esc</kbd>
      </div>
      <ul id={listId} role="listbox" aria-label={t('results')} className="palette-results">
        {hits.map((hit, index) => {
          const Icon = KIND_ICONS[hit.kind];
          return (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="palette-option"
              data-kind={hit.kind}
              onMouseMove={() => setActive(index)}
              onClick={() => go(hit)}
            >
              <span className={`palette-option-icon palette-kind-${hit.kind}`} aria-hidden>
                <Icon />
              </span>
              <span className="palette-option-text">
                <span className="palette-option-title">{hit.title}</span>
                {hit.subtitle ? <span className="palette-option-subtitle">{hit.subtitle}</span> : null}
              </span>
              <span className="palette-option-kind">{t(`kinds.${hit.kind}`)}</span>
              {index === active ? <CornerDownLeft className="palette-option-enter" aria-hidden /> : null}
            </li>
          );
        })}
      </ul>
      {!text.trim() ? (
        <p className="palette-hint">{t('hint')}</p>
      ) : !searching && hits.length === 0 && search.status === 'success' ? (
        <p className="palette-hint" role="status">
          {t('noResults', { query: text.trim() })}
        </p>
      ) : null}
      <footer className="palette-footer" aria-hidden>
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> {t('footer.move')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('footer.open')}
        </span>
        <span>
          <kbd>Esc</kbd> {t('footer.close')}
        </span>
      </footer>
    </div>
  );
}
