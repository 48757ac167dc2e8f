import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

/** What a screen shows when there is nothing yet: an icon, a title, one sentence, an action. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  testId,
  compact = false,
}: {
  icon?: LucideIcon;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  testId?: string;
  compact?: boolean;
}) {
  return (
    <div className={['empty-state', compact ? 'empty-state-compact' : ''].filter(Boolean).join(' ')} data-testid={testId}>
      {Icon ? (
        <div className="empty-state-icon" aria-hidden>
          <Icon />
        </div>
      ) : null}
      <h2 className="empty-state-title">{title}</h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}
