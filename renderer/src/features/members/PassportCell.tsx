import { useState } from 'react';
import { Eye, EyeOff } from 'lucide-react';
import type { TFunction } from 'i18next';
import type { Member } from '../../../../shared/domain/member';
import { useDates } from '../../lib/useDates';
import { IconButton } from '../../ui/Button';
import { maskPassportNumber } from './options';

/**
 * Passport number and expiry. The number is sensitive (shoulder-surfing in a meeting room,
 * screenshots): only its last four characters show until the user asks for it in this row.
 */
export function PassportCell({ member, t }: { member: Pick<Member, 'name' | 'passportNumber' | 'passportExpiry'>; t: TFunction<'members'> }) {
  const dates = useDates();
  const [shown, setShown] = useState(false);
  return (
    <div className="passport-cell">
      {member.passportNumber ? (
        <div className="passport-number">
          <span className="passport-digits" data-testid="passport-number">
            {shown ? member.passportNumber : maskPassportNumber(member.passportNumber)}
          </span>
          <IconButton
            size="sm"
            icon={shown ? EyeOff : Eye}
            label={t(shown ? 'passport.hideFor' : 'passport.showFor', { name: member.name })}
            aria-pressed={shown}
            onClick={() => setShown((s) => !s)}
          />
        </div>
      ) : (
        <span className="secondary">{t('passport.noNumber')}</span>
      )}
      {member.passportExpiry ? (
        <span className="secondary cell-sub">
          {t('passport.expires', { date: dates.date(member.passportExpiry) })}
        </span>
      ) : null}
    </div>
  );
}
