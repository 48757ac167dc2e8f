import { useCallback, useEffect, useRef, useState } from 'react';
import { Copy, UserPlus, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation/Link';
import { membersOnSide, type Member, type MemberGroup } from '../../../../shared/domain/member';
import { paths } from '../../navigation/routes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { useMemberActions } from './actions';
import { CopyMembersDialog } from './CopyMembersDialog';
import { GroupCreateDialog, GroupEditDialog } from './GroupDialogs';
import { GroupsSection } from './GroupsSection';
import { MemberCreateDialog } from './MemberCreateDialog';
import { MemberEditDialog } from './MemberEditDialog';
import { MembersTable } from './MembersTable';
import { useMemberOrder } from './useMemberOrder';
import './members.css';

type OpenDialog = { kind: 'create' } | { kind: 'copy' } | { kind: 'group-create' } | { kind: 'group-edit'; groupId: string } | null;

/**
 * Members: the delegation in order of precedence (drag or Move up/down to reorder), every
 * field in an autosaving edit panel, copying from an earlier trip, and the named sub-groups.
 * The open member is part of the address (#/trips/:id/members/:memberId), so search hits,
 * findings and a reload land on it.
 */
export function MembersScreen() {
  const { t } = useTranslation('members');
  const { tripId, workspace, focusId } = useTripWorkspace();
  const navigate = useNavigate();
  const { ordered, move, moveTo, announcement } = useMemberOrder(workspace.members, tripId);
  const actions = useMemberActions();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  const openMember = useCallback((id: string) => navigate(paths.trip(tripId, 'members', id)), [navigate, tripId]);
  const closeMember = useCallback(() => navigate(paths.trip(tripId, 'members'), { replace: true }), [navigate, tripId]);
  // Stable across focus changes, so opening a member does not re-render every row's menu.
  const focusIdRef = useRef(focusId);
  focusIdRef.current = focusId;
  const deleteMember = useCallback(
    (member: Member) => {
      if (member.id === focusIdRef.current) closeMember();
      void actions.removeMember(member);
    },
    [actions, closeMember],
  );
  const deleteGroup = useCallback((group: MemberGroup) => void actions.removeGroup(group), [actions]);
  const editGroup = useCallback((group: MemberGroup) => setDialog({ kind: 'group-edit', groupId: group.id }), []);

  const incoming = workspace.trip.direction === 'incoming';
  const hostCount = membersOnSide(ordered, 'host').length;
  const focusIndex = focusId ? ordered.findIndex((m) => m.id === focusId) : -1;
  const focused = focusIndex >= 0 ? ordered[focusIndex]! : null;

  // A deep link (search hit, finding) scrolls its row into view behind the panel.
  useEffect(() => {
    if (!focusId) return;
    document.querySelector(`[data-row-id="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusId]);

  const addButton = (
    <Button variant="primary" icon={UserPlus} onClick={() => setDialog({ kind: 'create' })}>
      {ordered.length ? t('actions.add') : t('empty.addFirst')}
    </Button>
  );
  const copyButton = (
    <Button icon={Copy} onClick={() => setDialog({ kind: 'copy' })}>
      {t('actions.copy')}
    </Button>
  );
  const editedGroup = dialog?.kind === 'group-edit' ? workspace.groups.find((g) => g.id === dialog.groupId) : undefined;

  return (
    <div className="screen members-screen">
      <ScreenHeader
        title={t('title')}
        description={
          ordered.length ? (
            <span data-testid="members-count">
              {incoming
                ? `${t('summary.visitors', { count: ordered.length - hostCount })} · ${t('summary.hosts', { count: hostCount })}`
                : t('summary.members', { count: ordered.length })}{' '}
              · {t('summary.groups', { count: workspace.groups.length })}
            </span>
          ) : undefined
        }
        actions={
          ordered.length ? (
            <>
              {copyButton}
              {addButton}
            </>
          ) : undefined
        }
      />

      {ordered.length === 0 ? (
        <EmptyState
          icon={Users}
          title={t('empty.title')}
          testId="members-empty"
          action={
            <div className="empty-state-buttons">
              {addButton}
              {copyButton}
            </div>
          }
        >
          <p>{t('empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <MembersTable
            members={ordered}
            focusId={focusId}
            move={move}
            moveTo={moveTo}
            showSide={incoming}
            onOpen={openMember}
            onDelete={deleteMember}
          />
          <p className="members-order-hint secondary">{t('order.hint')}</p>
          <GroupsSection
            groups={workspace.groups}
            members={ordered}
            onCreate={() => setDialog({ kind: 'group-create' })}
            onEdit={editGroup}
            onDelete={deleteGroup}
          />
        </>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="order-announcement">
        {announcement}
      </p>

      {focused && !dialog ? (
        <MemberEditDialog
          member={focused}
          index={focusIndex}
          count={ordered.length}
          previousId={ordered[focusIndex - 1]?.id ?? null}
          nextId={ordered[focusIndex + 1]?.id ?? null}
          onOpen={(id) => navigate(paths.trip(tripId, 'members', id), { replace: true })}
          onClose={closeMember}
          onDelete={deleteMember}
        />
      ) : null}
      {dialog?.kind === 'create' ? (
        <MemberCreateDialog
          trip={workspace.trip}
          onClose={close}
          onEditDetails={(id) => {
            close();
            openMember(id);
          }}
        />
      ) : null}
      {dialog?.kind === 'copy' ? <CopyMembersDialog tripId={tripId} onClose={close} /> : null}
      {dialog?.kind === 'group-create' ? <GroupCreateDialog tripId={tripId} members={ordered} onClose={close} /> : null}
      {editedGroup ? <GroupEditDialog group={editedGroup} members={ordered} onClose={close} /> : null}
    </div>
  );
}
