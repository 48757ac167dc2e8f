import { useState } from 'react';
import { BookOpen, FileSpreadsheet, Gift as GiftIcon, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../navigation/Link';
import type { Gift } from '../../../../shared/domain/gift';
import { paths } from '../../navigation/routes';
import { useQuery } from '../../api/query';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { useGiftActions } from './actions';
import { GiftDialog } from './GiftDialog';
import { GiftTable } from './GiftTable';
import './gifts.css';

/**
 * The trip's gifts, given and received. A gift opens in a dialog; the address (…/gifts/:giftId)
 * opens it too, so a finding ("already given to …") links straight to it.
 */
export function GiftsScreen() {
  const { t } = useTranslation('gifts');
  const { workspace, tripId, focusId } = useTripWorkspace();
  const navigate = useNavigate();
  const gifts = useQuery('gifts:register', { tripId });
  const actions = useGiftActions();
  const [creating, setCreating] = useState(false);
  const editing: Gift | null = focusId ? (workspace.gifts.find((g) => g.id === focusId) ?? null) : null;
  const close = () => navigate(paths.trip(tripId, 'gifts'), { replace: true });
  const list = gifts.data ?? [];

  return (
    <div className="screen gifts-screen">
      <ScreenHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Link href={paths.giftRegister()} className="btn btn-ghost btn-md">
              <BookOpen aria-hidden className="btn-icon" />
              {t('register')}
            </Link>
            <Button icon={FileSpreadsheet} onClick={() => void actions.exportCsv({ tripId })} disabled={list.length === 0}>
              {t('exportCsv')}
            </Button>
            <Button variant="primary" icon={Plus} onClick={() => setCreating(true)}>
              {t('add')}
            </Button>
          </>
        }
      />
      {gifts.status !== 'loading' && list.length === 0 ? (
        <EmptyState icon={GiftIcon} title={t('empty.title')} testId="gifts-empty">
          {t('empty.body')}
        </EmptyState>
      ) : (
        <GiftTable gifts={list} selectedId={focusId ?? undefined} onOpen={(g) => navigate(paths.trip(tripId, 'gifts', g.id), { replace: true })} />
      )}
      {creating ? <GiftDialog workspace={workspace} gift={null} onClose={() => setCreating(false)} /> : null}
      {editing ? (
        <GiftDialog
          key={editing.id}
          workspace={workspace}
          gift={editing}
          onClose={close}
          onDelete={() => void actions.remove(editing).then((removed) => removed && close())}
        />
      ) : null}
    </div>
  );
}
