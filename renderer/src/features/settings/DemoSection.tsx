import { FlaskConical, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useQuery } from '../../api/query';
import { toast } from '../../state/toasts';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';

function useDemoAction(name: 'demo:load' | 'demo:remove') {
  const call = useApi();
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await runMutation(call, name, {});
      if (!result.ok) toast.show({ message: result.error.message, tone: 'error' });
      else toast.show({ message: t(name === 'demo:load' ? 'demo.loaded' : 'demo.removed'), tone: 'success' });
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/** On an empty trips list (a first start): the two demo delegations, one click, removable. */
export function DemoOffer() {
  const { t } = useTranslation('settings');
  const status = useQuery('demo:status', {});
  const load = useDemoAction('demo:load');
  if (!status.data?.offered) return null;
  return (
    <div className="demo-offer" data-testid="demo-offer">
      <p>{t('demo.offer')}</p>
      <Button icon={FlaskConical} busy={load.busy} onClick={() => void load.run()}>
        {t('demo.load')}
      </Button>
    </div>
  );
}

/** The mark on a demo trip in lists. */
export function DemoBadge() {
  const { t } = useTranslation('settings');
  return (
    <Badge tone="warning" icon={FlaskConical}>
      {t('demo.badge')}
    </Badge>
  );
}

/** In Settings while demo trips are there: remove them (and the demo contacts nothing else uses). */
export function DemoSection() {
  const { t } = useTranslation('settings');
  const status = useQuery('demo:status', {});
  const remove = useDemoAction('demo:remove');
  if (!status.data || status.data.demoTripIds.length === 0) return null;
  return (
    <section className="settings-section" aria-labelledby="settings-demo">
      <h3 id="settings-demo">{t('demo.heading')}</h3>
      <p className="secondary settings-section-intro">{t('demo.removeHint', { count: status.data.demoTripIds.length })}</p>
      <div>
        <Button variant="danger" icon={Trash2} busy={remove.busy} onClick={() => void remove.run()}>
          {t('demo.remove')}
        </Button>
      </div>
    </section>
  );
}
