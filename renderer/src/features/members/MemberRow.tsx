import { memo, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { Accessibility, ArrowDown, ArrowUp, ChevronDown, ChevronUp, GripVertical, Pencil, Trash2, Utensils } from 'lucide-react';
import type { TFunction } from 'i18next';
import { Link } from '../../navigation/Link';
import type { Member } from '../../../../shared/domain/member';
import { paths } from '../../navigation/routes';
import { useDates } from '../../lib/useDates';
import { Badge } from '../../ui/Badge';
import { IconButton } from '../../ui/Button';
import { Menu } from '../../ui/Menu';
import { useMemberFindings } from '../checks';
import { NativeName, RoleBadge, SideBadge, VisaBadge } from './MemberBadges';
import { MemberFindingChips } from './MemberFindingChips';
import { PassportCell } from './PassportCell';
import { ChangedMark } from '../sync';

export interface MemberRowActions {
  onOpen: (id: string) => void;
  onMove: (id: string, delta: number) => void;
  onDelete: (member: Member) => void;
  onDragStart: (id: string, event: PointerEvent<HTMLElement>) => void;
}

export interface MemberRowProps extends MemberRowActions {
  member: Member;
  /** 0-based position in the shown order. */
  index: number;
  count: number;
  focused: boolean;
  dragging: boolean;
  drop: 'before' | 'after' | null;
  /** Incoming trips: show whether the member is a visitor or a host beside the role. */
  showSide: boolean;
  /**
   * The table's: a useTranslation in each row and in each of its badges and cells cost some
   * 30 ms on the first visit of a 60-member table (react-i18next wraps i18n per component).
   */
  t: TFunction<'members'>;
}

/** One member in the precedence table; memoised, so a move or a drag re-renders only the rows it changes. */
export const MemberRow = memo(function MemberRow({
  member,
  index,
  count,
  focused,
  dragging,
  drop,
  showSide,
  onOpen,
  onMove,
  onDelete,
  onDragStart,
  t,
}: MemberRowProps) {
  const dates = useDates();
  const findings = useMemberFindings(member.id);
  const first = index === 0;
  const last = index === count - 1;

  const onGripKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowUp' && !first) onMove(member.id, -1);
    else if (event.key === 'ArrowDown' && !last) onMove(member.id, 1);
    else return;
    event.preventDefault();
  };

  return (
    <tr
      data-row-id={member.id}
      data-testid={focused ? 'focused-member' : 'member-row'}
      aria-current={focused || undefined}
      className={[
        'member-row',
        'clickable-row',
        focused ? 'is-focused' : '',
        dragging ? 'is-dragging' : '',
        drop ? `drop-${drop}` : '',
      ]
        .filter(Boolean)
        .join(' ')}
      onClick={(event) => {
        // The row opens the member; its own buttons, links and menu keep their meaning.
        if ((event.target as HTMLElement).closest('a, button, [popover], input')) return;
        // Selecting a phone number or an address to copy it is not a click on the row.
        if (window.getSelection()?.toString()) return;
        onOpen(member.id);
      }}
    >
      <td className="order-cell">
        <div className="order-controls">
          <button
            type="button"
            className="drag-handle"
            aria-label={t('order.dragHandle', { name: member.name })}
            title={t('order.dragHint')}
            onPointerDown={(event) => onDragStart(member.id, event)}
            onKeyDown={onGripKey}
          >
            <GripVertical aria-hidden />
          </button>
          <span className="precedence" data-testid="precedence">
            {index + 1}
          </span>
          <span className="move-buttons">
            <IconButton
              size="sm"
              icon={ChevronUp}
              label={t('order.moveUp', { name: member.name })}
              disabled={first}
              onClick={() => onMove(member.id, -1)}
            />
            <IconButton
              size="sm"
              icon={ChevronDown}
              label={t('order.moveDown', { name: member.name })}
              disabled={last}
              onClick={() => onMove(member.id, 1)}
            />
          </span>
        </div>
      </td>
      <th scope="row" className="member-cell">
        <div className="member-name-line">
          <Link href={paths.trip(member.tripId, 'members', member.id)} className="member-name">
            {member.name}
          </Link>
          <NativeName text={member.nativeName} />
          <ChangedMark id={member.id} />
          {member.party ? (
            <Badge tone="outline" className="party-badge" title={t('fields.party')}>
              <span className="visually-hidden">{t('fields.party')}: </span>
              {member.party}
            </Badge>
          ) : null}
        </div>
        {member.title || member.organisation ? (
          <span className="cell-sub secondary">{[member.title, member.organisation].filter(Boolean).join(' · ')}</span>
        ) : null}
        <MemberFindingChips findings={findings} t={t} />
      </th>
      <td>
        <span className="role-cell">
          {showSide ? <SideBadge side={member.side} t={t} /> : null}
          <RoleBadge role={member.role} t={t} />
        </span>
      </td>
      <td className="contact-cell">
        {member.phone ? <span className="contact-line">{keepDigitGroups(member.phone)}</span> : null}
        {member.email ? <span className="contact-line contact-email">{breakableEmail(member.email)}</span> : null}
        {!member.phone && !member.email ? <span className="secondary">—</span> : null}
      </td>
      <td>
        <PassportCell member={member} t={t} />
      </td>
      <td className="visa-cell">
        <VisaBadge status={member.visaStatus} t={t} />
        {member.visaExpiry ? (
          <span className="secondary cell-sub">{t('visa.expires', { date: dates.date(member.visaExpiry) })}</span>
        ) : null}
      </td>
      <td className="needs-cell">
        <NeedsIndicators member={member} t={t} />
      </td>
      <td className="row-actions">
        <Menu
          label={t('table.moreActions', { name: member.name })}
          items={() => [
            { label: t('actions.edit'), icon: Pencil, onSelect: () => onOpen(member.id) },
            { label: t('actions.moveUp'), icon: ArrowUp, disabled: first, onSelect: () => onMove(member.id, -1) },
            { label: t('actions.moveDown'), icon: ArrowDown, disabled: last, onSelect: () => onMove(member.id, 1) },
            { label: t('actions.delete'), icon: Trash2, tone: 'danger', separated: true, onSelect: () => onDelete(member) },
          ]}
        />
      </td>
    </tr>
  );
});

function NeedsIndicators({ member, t }: { member: Pick<Member, 'dietaryNeeds' | 'accessibilityNeeds'>; t: TFunction<'members'> }) {
  if (!member.dietaryNeeds && !member.accessibilityNeeds) return <span className="secondary">—</span>;
  return (
    <ul className="needs">
      {member.dietaryNeeds ? (
        <li title={`${t('fields.dietaryNeeds')}: ${member.dietaryNeeds}`} className="need need-dietary">
          <Utensils aria-hidden />
          <span className="visually-hidden">
            {t('fields.dietaryNeeds')}: {member.dietaryNeeds}
          </span>
        </li>
      ) : null}
      {member.accessibilityNeeds ? (
        <li title={`${t('fields.accessibilityNeeds')}: ${member.accessibilityNeeds}`} className="need need-accessibility">
          <Accessibility aria-hidden />
          <span className="visually-hidden">
            {t('fields.accessibilityNeeds')}: {member.accessibilityNeeds}
          </span>
        </li>
      ) : null}
    </ul>
  );
}

/** "021-39 00 00 (växel)" may wrap before "(växel)" but never inside the number. */
function keepDigitGroups(phone: string): string {
  return phone.replace(/(\d) (?=\d)/g, '$1\u00a0');
}

/** An address may wrap after its "@" (a narrow column), not in the middle of a word. */
function breakableEmail(email: string): ReactNode {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
