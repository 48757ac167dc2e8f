import { useTranslation } from 'react-i18next';
import { MemberSide } from '../../../../shared/domain/member';
import { RadioGroup } from '../../ui/fields';

/**
 * Visitor or host: shown on incoming trips, where both sides are members of the trip. The
 * checks, the presence matrix and the handout's "Your hosts" follow it.
 */
export function SideField({
  value,
  onChange,
  error,
}: {
  value: MemberSide;
  onChange: (side: MemberSide) => void;
  error?: string;
}) {
  const { t } = useTranslation('members');
  return (
    <RadioGroup
      legend={t('side.legend')}
      name="side"
      value={value}
      onChange={onChange}
      error={error}
      options={MemberSide.options.map((side) => ({ value: side, label: t(`side.${side}`) }))}
    />
  );
}
