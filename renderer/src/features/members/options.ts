import type { DelegationRole, MemberSide, VisaStatus } from '../../../../shared/domain/member';
import { DelegationRole as DelegationRoleSchema, VisaStatus as VisaStatusSchema } from '../../../../shared/domain/member';
import type { BadgeTone } from '../../ui/Badge';

/** The choices of the role and visa selects, in the order the schemas list them. */
export const DELEGATION_ROLES: readonly DelegationRole[] = DelegationRoleSchema.options;
export const VISA_STATUSES: readonly VisaStatus[] = VisaStatusSchema.options;

export const ROLE_TONES: Record<DelegationRole, BadgeTone> = {
  head: 'accent',
  deputy_head: 'accent',
  member: 'neutral',
  staff: 'outline',
  interpreter: 'outline',
  press: 'outline',
  security: 'outline',
  other: 'outline',
  receiving_host: 'accent',
  accompanying_officer: 'outline',
  driver: 'outline',
};

export const SIDE_TONES: Record<MemberSide, BadgeTone> = { visitor: 'neutral', host: 'success' };

export const VISA_TONES: Record<VisaStatus, BadgeTone> = {
  not_required: 'neutral',
  required: 'warning',
  applied: 'warning',
  granted: 'success',
  refused: 'danger',
  unknown: 'outline',
};

/**
 * The language of a name written in its own script, so the browser picks the right glyphs
 * (a Han character is drawn differently in Chinese, Japanese and Korean fonts). Guessed from
 * the script: kana means Japanese, hangul Korean, other Han text Chinese.
 */
export function nativeNameLanguage(text: string): string | undefined {
  if (/[\u3040-\u30ff]/u.test(text)) return 'ja';
  if (/[\uac00-\ud7af\u1100-\u11ff]/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  return undefined;
}

/** "•••• 4821": the last four characters of a passport number, the rest hidden. */
export function maskPassportNumber(number: string): string {
  const compact = number.replace(/\s+/g, '');
  return compact.length > 4 ? `•••• ${compact.slice(-4)}` : '••••';
}
