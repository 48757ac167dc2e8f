import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemState, type Item } from '../../../../shared/domain/item';
import { useMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { RadioGroup, TextArea } from '../../ui';

/**
 * What became of an item, for the post-trip report: its state (saved at once) and its outcome
 * (saved when the field is left). Apart from the item's autosaving form because both are
 * written after the trip, often from the card's quick action, and must not wait on that form.
 */
export function OutcomeFields({ item }: { item: Pick<Item, 'id' | 'state' | 'outcome'> }) {
  const { t } = useTranslation('programme');
  const update = useMutation('items:update', { invalidates: ['items:', 'trips:', 'search:'] });
  const [outcome, setOutcome] = useState(item.outcome);
  useEffect(() => setOutcome(item.outcome), [item.outcome]);
  // Esc closes the sheet without a blur: what was typed is saved as the field goes away.
  const pending = useRef({ outcome, saved: item.outcome, mutate: update.mutate, id: item.id });
  pending.current = { outcome, saved: item.outcome, mutate: update.mutate, id: item.id };
  useEffect(
    () => () => {
      const { outcome: typed, saved, mutate, id } = pending.current;
      if (typed !== saved) void mutate({ id, patch: { outcome: typed } });
    },
    [],
  );

  const save = async (patch: { state?: ItemState; outcome?: string }) => {
    const result = await update.mutate({ id: item.id, patch });
    if (!result.ok) toast.show({ message: t('toast.stateFailed', { reason: result.error.message }), tone: 'error' });
  };

  return (
    <section className="item-outcome">
      <RadioGroup<ItemState>
        legend={t('outcome.legend')}
        options={ItemState.options.map((value) => ({ value, label: t(`outcome.states.${value}`) }))}
        value={item.state}
        onChange={(state) => void save({ state })}
      />
      <TextArea
        label={t('outcome.outcome')}
        hint={t('outcome.outcomeHint')}
        value={outcome}
        maxLength={10_000}
        rows={3}
        onChange={(event) => setOutcome(event.target.value)}
        onBlur={() => {
          if (outcome !== item.outcome) void save({ outcome });
        }}
      />
    </section>
  );
}
