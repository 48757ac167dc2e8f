import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { LucideIcon } from 'lucide-react';
import { MoreHorizontal } from 'lucide-react';
import { followAnchor } from './popover';

export interface MenuItem {
  label: string;
  icon?: LucideIcon;
  onSelect: () => void;
  tone?: 'default' | 'danger';
  disabled?: boolean;
  /** Draw a separator above this item. */
  separated?: boolean;
}

/**
 * An actions menu behind an icon button ("More actions for <trip>"), following the ARIA menu
 * button pattern: Enter/Space/ArrowDown open it on the first item, arrows move, Esc or a click
 * elsewhere closes it (the popover's light dismiss), focus returns to the button.
 *
 * `items` is called only while the menu is open: a list of a hundred cards, each with a closed
 * menu, then translates no labels for them.
 */
export function Menu({ label, items, icon: Icon = MoreHorizontal }: { label: string; items: () => MenuItem[]; icon?: LucideIcon }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId().replaceAll(':', '');

  useEffect(() => {
    const el = menuRef.current;
    const anchor = buttonRef.current;
    if (!el || !anchor) return;
    let stopFollowing: (() => void) | null = null;
    // The button toggles the popover natively (popovertarget), which also gets light dismiss
    // right (a click on the button while open closes it instead of reopening it).
    const onBeforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') {
        // Runs before the first paint of the open popover: no flash at the default position.
        requestAnimationFrame(() => {
          stopFollowing?.();
          stopFollowing = followAnchor(anchor, el, { align: 'end' });
          el.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
        });
        // The items are rendered only while open (a table of 60 rows keeps 60 closed menus):
        // they must be in the page before the popover's first frame and the focus above.
        flushSync(() => setOpen(true));
      } else {
        stopFollowing?.();
        stopFollowing = null;
        setOpen(false);
      }
    };
    el.addEventListener('beforetoggle', onBeforeToggle);
    return () => {
      el.removeEventListener('beforetoggle', onBeforeToggle);
      stopFollowing?.();
    };
  }, []);

  const close = (refocus = true) => {
    if (menuRef.current?.matches(':popover-open')) menuRef.current.hidePopover();
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = (index + 1) % entries.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + entries.length) % entries.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = entries.length - 1;
    else if (event.key === 'Tab') close(false);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
    if (next !== null) {
      event.preventDefault();
      entries[next]?.focus();
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="icon-btn icon-btn-ghost icon-btn-md"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        popoverTarget={menuId}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            menuRef.current?.showPopover();
          }
        }}
      >
        <Icon aria-hidden />
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={label}
        className="popover-panel menu"
        onKeyDown={onMenuKeyDown}
      >
        {open ? items().map((item) => {
          const ItemIcon = item.icon;
          return (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              disabled={item.disabled}
              className={['menu-item', item.tone === 'danger' ? 'menu-item-danger' : '', item.separated ? 'menu-item-separated' : '']
                .filter(Boolean)
                .join(' ')}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {ItemIcon ? <ItemIcon aria-hidden className="menu-item-icon" /> : null}
              {item.label}
            </button>
          );
        }) : null}
      </div>
    </>
  );
}
