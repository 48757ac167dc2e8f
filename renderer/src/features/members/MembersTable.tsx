import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { MemberRow, type MemberRowActions } from './MemberRow';
import { usePointerReorder } from './usePointerReorder';

export interface MembersTableProps extends Omit<MemberRowActions, 'onDragStart' | 'onMove'> {
  members: Member[];
  focusId: string | null;
  move: (id: string, delta: number) => void;
  moveTo: (id: string, index: number) => void;
  showSide: boolean;
}

/**
 * The delegation in order of precedence. Reordering: drag a row by its grip, or the Move up /
 * Move down buttons (keyboard: also the arrow keys on the grip). A delegation is tens of people,
 * so every row is rendered (rows are memoised); the browser lays out and paints only the rows on
 * screen (members-table.css).
 */
export function MembersTable({ members, focusId, move, moveTo, showSide, onOpen, onDelete }: MembersTableProps) {
  const { t } = useTranslation('members');
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { drag, startDrag } = usePointerReorder(bodyRef, moveTo);

  // Where the drop line goes: above the row the dragged member would push down, or under the last.
  const dropAt = useMemo(() => {
    if (!drag) return null;
    const from = members.findIndex((m) => m.id === drag.id);
    if (from === drag.targetIndex) return null;
    const others = members.filter((m) => m.id !== drag.id);
    return drag.targetIndex < others.length
      ? { id: others[drag.targetIndex]!.id, side: 'before' as const }
      : { id: others.at(-1)!.id, side: 'after' as const };
  }, [drag, members]);

  return (
    <div className={['table-card', 'members-table-card', drag ? 'is-reordering' : ''].filter(Boolean).join(' ')}>
      <table className="data-table members-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="order-cell">
              <span aria-hidden>#</span>
              <span className="visually-hidden">{t('table.precedence')}</span>
            </th>
            <th scope="col">{t('table.member')}</th>
            <th scope="col">{showSide ? t('table.sideAndRole') : t('table.role')}</th>
            <th scope="col">{t('table.contact')}</th>
            <th scope="col">{t('table.passport')}</th>
            <th scope="col">{t('table.visa')}</th>
            <th scope="col" className="needs-cell">
              {t('table.needs')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {members.map((member, index) => (
            <MemberRow
              key={member.id}
              member={member}
              index={index}
              count={members.length}
              focused={member.id === focusId}
              dragging={drag?.id === member.id}
              drop={dropAt?.id === member.id ? dropAt.side : null}
              showSide={showSide}
              onOpen={onOpen}
              onMove={move}
              onDelete={onDelete}
              onDragStart={startDrag}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
