import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** A tab whose screen is still being built: its real heading and a calm "coming" panel. */
export function PlaceholderScreen({
  title,
  icon,
  heading,
  children,
}: {
  title: string;
  icon: LucideIcon;
  heading: string;
  children?: ReactNode;
}) {
  return (
    <div className="screen" data-testid="placeholder-screen">
      <ScreenHeader title={title} />
      <EmptyState icon={icon} title={heading}>
        {children}
      </EmptyState>
    </div>
  );
}
