import { memo, useMemo } from 'react';
import { Pencil, Plus, Trash2, UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { membersOnSide, type Member, type MemberGroup } from '../../../../shared/domain/member';
import { Button, IconButton } from '../../ui/Button';
import { NativeName } from './MemberBadges';

/**
 * Named sub-groups of the delegation ("Shenyang group"): what the programme's participant
 * picker offers, so an item for the three who go on is one click.
 */
export function GroupsSection({
  groups,
  members,
  onCreate,
  onEdit,
  onDelete,
}: {
  groups: MemberGroup[];
  members: Member[];
  onCreate: () => void;
  onEdit: (group: MemberGroup) => void;
  onDelete: (group: MemberGroup) => void;
}) {
  const { t } = useTranslation('members');
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  return (
    <section className="groups-section" aria-labelledby="groups-heading">
      <header className="section-header">
        <div>
          <h2 id="groups-heading" className="section-title">
            {t('groups.title')}
          </h2>
          <p className="section-description">{t('groups.description')}</p>
        </div>
        <Button icon={Plus} onClick={onCreate}>
          {t('groups.new')}
        </Button>
      </header>
      {groups.length === 0 ? (
        <p className="groups-empty">{t('groups.empty')}</p>
      ) : (
        <ul className="group-cards">
          {groups.map((group) => (
            <GroupCard key={group.id} group={group} byId={byId} members={members} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}

const GroupCard = memo(function GroupCard({
  group,
  byId,
  members,
  onEdit,
  onDelete,
}: {
  group: MemberGroup;
  byId: Map<string, Member>;
  members: Member[];
  onEdit: (group: MemberGroup) => void;
  onDelete: (group: MemberGroup) => void;
}) {
  const { t } = useTranslation('members');
  const groupMembers = group.memberIds.map((id) => byId.get(id)).filter((m): m is Member => m !== undefined);
  return (
    <li className="group-card" data-testid="group-card" aria-labelledby={`group-${group.id}`}>
      <div className="group-card-head">
        <UsersRound aria-hidden className="group-card-icon" />
        <div className="group-card-heading">
          <h3 id={`group-${group.id}`} className="group-card-title">
            {group.name}
          </h3>
          <span className="secondary group-card-count">{groupCount(t, groupMembers, members)}</span>
        </div>
        <IconButton icon={Pencil} label={t('groups.edit', { name: group.name })} onClick={() => onEdit(group)} />
        <IconButton icon={Trash2} variant="danger" label={t('groups.delete', { name: group.name })} onClick={() => onDelete(group)} />
      </div>
      {groupMembers.length === 0 ? (
        <p className="secondary group-card-empty">{t('groups.noMembers')}</p>
      ) : (
        <ul className="group-members" aria-label={t('groups.membersOf', { name: group.name })}>
          {groupMembers.map((member) => (
            <li key={member.id} className="group-member">
              {member.name}
              {member.nativeName ? (
                <>
                  {' '}
                  <NativeName text={member.nativeName} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});

/**
 * "6 of 6 visitors" for a group all on one side (the Wuxi delegation), counted against that side
 * only: the hosts are not missing from it. A mixed group counts against every member.
 */
function groupCount(t: TFunction<'members'>, groupMembers: Member[], members: Member[]): string {
  const sides = new Set(groupMembers.map((m) => m.side));
  const [side] = sides;
  if (sides.size === 1 && side && members.some((m) => m.side !== side)) {
    return t(side === 'host' ? 'groups.countHosts' : 'groups.countVisitors', {
      count: groupMembers.length,
      total: membersOnSide(members, side).length,
    });
  }
  return t('groups.count', { count: groupMembers.length, total: members.length });
}
