import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useQuery } from '../../api/query';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';

/** Settings → Team sync: "Your name, shown to colleagues" (presence and "changed by"). */
export function PlannerNameForm() {
  const { t } = useTranslation('sync');
  const call = useApi();
  const saved = useQuery('sync:getPlanner', {});
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const shown = name ?? saved.data?.name ?? '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await runMutation(call, 'sync:setPlannerName', { name: shown });
      if (!result.ok) setError(result.error.message);
      else {
        setError(undefined);
        setName(null);
        toast.show({ message: t('team.nameSaved'), tone: 'success' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} className="sync-team-form">
      <TextField
        label={t('team.name')}
        hint={t('team.nameHint')}
        value={shown}
        maxLength={100}
        onChange={(event) => setName(event.currentTarget.value)}
        error={error}
        data-testid="planner-name"
      />
      <Button type="submit" busy={busy} data-testid="planner-name-save">
        {t('team.saveName')}
      </Button>
    </form>
  );
}
