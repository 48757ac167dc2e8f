import { Check, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import { Button } from '../../ui/Button';
import { Checkbox, RadioGroup } from '../../ui/fields';

export interface ParticipantsValue {
  allMembers: boolean;
  participantIds: string[];
}

/**
 * Who takes part: the whole delegation (members added later too), or some members, picked one
 * by one or a named sub-group at a time. Says "3 of 9" as you tick.
 */
export function ParticipantsField({
  members,
  groups,
  value,
  onChange,
}: {
  members: readonly Member[];
  groups: readonly MemberGroup[];
  value: ParticipantsValue;
  onChange: (value: ParticipantsValue) => void;
}) {
  const { t } = useTranslation('programme');
  const selected = new Set(value.participantIds);
  const count = members.filter((m) => selected.has(m.id)).length;
  const matches = (group: MemberGroup) =>
    group.memberIds.length === selected.size && group.memberIds.every((id) => selected.has(id));
  const set = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    // Precedence order, so the stored list reads like the members table.
    onChange({ allMembers: false, participantIds: members.filter((m) => wanted.has(m.id)).map((m) => m.id) });
  };

  return (
    <div className="participants">
      <RadioGroup
        legend={t('participants.label')}
        value={value.allMembers ? 'all' : 'some'}
        onChange={(choice) =>
          choice === 'all'
            ? onChange({ allMembers: true, participantIds: [] })
            : onChange({ allMembers: false, participantIds: value.participantIds })
        }
        options={[
          { value: 'all', label: t('participants.all'), description: t('participants.allHint') },
          { value: 'some', label: t('participants.some'), description: t('participants.someHint') },
        ]}
      />
      {value.allMembers ? null : members.length === 0 ? (
        <p className="form-note">{t('participants.noMembers')}</p>
      ) : (
        <div className="participants-picker">
          <div className="participants-toolbar">
            <p className="participants-count" aria-live="polite" data-testid="participants-count">
              <Users aria-hidden />
              {t('participants.countOf', { count, total: members.length })}
            </p>
            <div className="participants-quick">
              {groups.map((group) => (
                <Button
                  key={group.id}
                  size="sm"
                  variant={matches(group) ? 'primary' : 'secondary'}
                  icon={matches(group) ? Check : undefined}
                  aria-pressed={matches(group)}
                  onClick={() => set(group.memberIds)}
                >
                  {t('participants.pickGroup', { name: group.name, count: group.memberIds.length })}
                </Button>
              ))}
              <Button size="sm" variant="ghost" onClick={() => set(members.map((m) => m.id))}>
                {t('participants.selectAll')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => set([])} disabled={count === 0}>
                {t('participants.clear')}
              </Button>
            </div>
          </div>
          <ul className="participants-list" aria-label={t('participants.members')}>
            {members.map((member) => (
              <li key={member.id}>
                <Checkbox
                  label={member.name}
                  hint={member.title || undefined}
                  checked={selected.has(member.id)}
                  onChange={(event) => {
                    const next = new Set(selected);
                    if (event.currentTarget.checked) next.add(member.id);
                    else next.delete(member.id);
                    set(next);
                  }}
                />
              </li>
            ))}
          </ul>
          {count === 0 ? <p className="field-hint">{t('participants.noneYet')}</p> : null}
        </div>
      )}
    </div>
  );
}
