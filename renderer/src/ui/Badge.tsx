import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'outline';

/** A short label (status, direction, count). Colour is never the only signal: the text says it. */
export function Badge({
  tone = 'neutral',
  icon: Icon,
  children,
  className,
  title,
}: {
  tone?: BadgeTone;
  icon?: LucideIcon;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  return (
    <span className={['badge', `badge-${tone}`, className].filter(Boolean).join(' ')} title={title}>
      {Icon ? <Icon className="badge-icon" aria-hidden /> : null}
      {children}
    </span>
  );
}
