import type { ReactNode } from 'react';

/** The top of a screen: its h1, an optional line under it, and its main actions at the right. */
export function ScreenHeader({
  title,
  description,
  actions,
  id,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <header className="screen-header">
      <div className="screen-header-text">
        <h1 id={id}>{title}</h1>
        {description ? <p className="screen-header-description">{description}</p> : null}
      </div>
      {actions ? <div className="screen-header-actions">{actions}</div> : null}
    </header>
  );
}
