import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

/**
 * In-screen tabs (role=tablist; arrow keys, Home/End move between tabs). For navigation
 * between screens use links (the workspace nav), not these.
 */
export interface TabItem<V extends string> {
  value: V;
  label: ReactNode;
  icon?: LucideIcon;
  /** A count or badge after the label. */
  extra?: ReactNode;
}

export function Tabs<V extends string>({
  label,
  tabs,
  value,
  onChange,
  idPrefix,
}: {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly TabItem<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Ids of tab i: `${idPrefix}-tab-${value}`, panel: `${idPrefix}-panel-${value}`. */
  idPrefix?: string;
}) {
  const generated = useId().replaceAll(':', '');
  const prefix = idPrefix ?? generated;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.value === value);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onChange(tab.value);
    document.getElementById(`${prefix}-tab-${tab.value}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.value === value;
        const Icon = tab.icon;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`${prefix}-tab-${tab.value}`}
            aria-selected={selected}
            aria-controls={`${prefix}-panel-${tab.value}`}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab.value)}
          >
            {Icon ? <Icon aria-hidden className="tab-icon" /> : null}
            {tab.label}
            {tab.extra}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ idPrefix, value, children }: { idPrefix: string; value: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`${idPrefix}-panel-${value}`} aria-labelledby={`${idPrefix}-tab-${value}`} className="tab-panel">
      {children}
    </div>
  );
}
