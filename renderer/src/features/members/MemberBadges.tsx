import type { TFunction } from 'i18next';
import type { DelegationRole, MemberSide, VisaStatus } from '../../../../shared/domain/member';
import { Badge } from '../../ui/Badge';
import { nativeNameLanguage, ROLE_TONES, SIDE_TONES, VISA_TONES } from './options';

/** The badges take the table's `t`: a useTranslation each, in every row, added up (MemberRow). */
export function RoleBadge({ role, t }: { role: DelegationRole; t: TFunction<'members'> }) {
  return <Badge tone={ROLE_TONES[role]}>{t(`role.${role}`)}</Badge>;
}

export function SideBadge({ side, t }: { side: MemberSide; t: TFunction<'members'> }) {
  return (
    <Badge tone={SIDE_TONES[side]} className="side-badge" title={t('fields.side')}>
      {t(`side.${side}`)}
    </Badge>
  );
}

export function VisaBadge({ status, t }: { status: VisaStatus; t: TFunction<'members'> }) {
  return <Badge tone={VISA_TONES[status]}>{t(`visa.${status}`)}</Badge>;
}

/** A name in its own script, marked with its language so CJK glyphs come out right. */
export function NativeName({ text, className }: { text: string; className?: string }) {
  if (!text) return null;
  return (
    <span className={['native-name', className].filter(Boolean).join(' ')} lang={nativeNameLanguage(text)}>
      {text}
    </span>
  );
}
