import { useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Globe } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatUtcOffset } from '../../../shared/time/zoned';
import { searchTimeZones, timeZoneLabel, zoneOffsetAt } from '../lib/timezones';
import { describedBy, FieldShell, useFieldIds, type FieldChromeProps } from './fields';
import { useAnchoredPopover } from './popover';

export interface TimeZoneSelectProps extends FieldChromeProps {
  /** IANA zone, e.g. 'Asia/Shanghai'; '' for none chosen yet. */
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  /** Date or date-time the offsets are shown for (offsets change with daylight saving). */
  referenceDate?: string;
  id?: string;
  name?: string;
  disabled?: boolean;
  placeholder?: string;
  ref?: Ref<HTMLInputElement>;
}

const MAX_OPTIONS = 80;

/**
 * An IANA time-zone picker with search (an ARIA 1.2 combobox): type a city ("shang"), a region
 * or an offset ("+8"); arrows and Enter choose; Esc closes the list (a second Esc closes the
 * dialog around it). Shows "Asia/Shanghai (UTC+8)".
 */
export function TimeZoneSelect({
  value,
  onChange,
  onBlur,
  referenceDate,
  id,
  name,
  disabled,
  placeholder,
  ref,
  label,
  hint,
  error,
  required,
  hideLabel,
  className,
}: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(id);
  const listId = `${ids.id}-list`;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null); // null: not editing, show the value
  const [active, setActive] = useState(0);

  const results = useMemo(
    () => (open ? searchTimeZones(query ?? '', referenceDate).slice(0, MAX_OPTIONS) : []),
    [open, query, referenceDate],
  );
  useAnchoredPopover(open && results.length > 0, inputRef, listRef, { matchWidth: true });

  const display = query ?? (value ? timeZoneLabel(value, referenceDate) : '');

  const choose = (zone: string) => {
    setQuery(null);
    setOpen(false);
    if (zone !== value) onChange(zone);
  };

  const move = (delta: number) => {
    if (!open) {
      setOpen(true);
      setActive(0);
      return;
    }
    const next = Math.min(Math.max(0, active + delta), results.length - 1);
    setActive(next);
    document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        if (open) {
          event.preventDefault();
          move(10);
        }
        break;
      case 'PageUp':
        if (open) {
          event.preventDefault();
          move(-10);
        }
        break;
      case 'Enter': {
        const zone = results[active];
        if (open && zone) {
          event.preventDefault();
          choose(zone);
        }
        break;
      }
      case 'Escape':
        if (open || query !== null) {
          // Close the list only; the dialog around us stays open.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setQuery(null);
        }
        break;
      case 'Tab':
        if (open && query) {
          const zone = results[active];
          if (zone) choose(zone);
        }
        break;
    }
  };

  const activeId = open && results[active] ? `${listId}-${active}` : undefined;

  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      required={required}
      hideLabel={hideLabel}
      className={['tz-select', className].filter(Boolean).join(' ')}
    >
      <div className="input-with-icon">
        <Globe className="input-icon" aria-hidden />
        <input
          ref={(el) => {
            inputRef.current = el;
            if (typeof ref === 'function') ref(el);
            else if (ref) ref.current = el;
          }}
          id={ids.id}
          name={name}
          className="input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, hint, error)}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder={placeholder ?? t('timeZone.placeholder')}
          value={display}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(event) => event.currentTarget.select()}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (query !== null) {
              const exact = results.find((zone) => zone.toLowerCase() === query.trim().toLowerCase());
              if (exact) onChange(exact);
            }
            setOpen(false);
            setQuery(null);
            onBlur?.();
          }}
        />
      </div>
      <ul
        ref={listRef}
        id={listId}
        popover="manual"
        role="listbox"
        aria-label={typeof label === 'string' ? label : t('timeZone.label')}
        className="popover-panel listbox tz-listbox"
      >
        {results.map((zone, index) => {
          const city = zone.split('/').pop()?.replaceAll('_', ' ') ?? zone;
          const region = zone.includes('/') ? zone.slice(0, zone.lastIndexOf('/')).replaceAll('_', ' ') : '';
          return (
            <li
              key={zone}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              data-value={zone}
              className={['listbox-option', zone === value ? 'is-current' : ''].filter(Boolean).join(' ')}
              // mousedown, not click: choosing must happen before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(zone);
              }}
              onMouseMove={() => setActive(index)}
            >
              <span className="tz-option-name">
                <span className="tz-option-city">{city}</span>
                {region ? <span className="tz-option-region">{region}</span> : null}
              </span>
              <span className="tz-option-offset">{formatUtcOffset(zoneOffsetAt(zone, referenceDate))}</span>
            </li>
          );
        })}
      </ul>
      {open && results.length === 0 ? (
        <p className="field-hint" role="status">
          {t('timeZone.noMatch')}
        </p>
      ) : null}
    </FieldShell>
  );
}
