import { lazy, Suspense, useState } from 'react';
import type { LucideIcon } from 'lucide-react';
import { CalendarDays, FileSpreadsheet, Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { Button } from '../../ui/Button';
import { useSharingUi } from './store';
import './sharing.css';

const CalendarDialog = lazy(() => import('./CalendarDialog').then((m) => ({ default: m.CalendarDialog })));
const ListsDialog = lazy(() => import('./ListsDialog').then((m) => ({ default: m.ListsDialog })));

/** "Share this trip" on the Documents tab: trip file, calendars, lists. */
export function ShareSection({ tripId, tripTitle, members }: { tripId: string; tripTitle: string; members: readonly Member[] }) {
  const { t } = useTranslation('sharing');
  const openExportTrip = useSharingUi((s) => s.openExportTrip);
  const [open, setOpen] = useState<'calendar' | 'lists' | null>(null);
  const close = () => setOpen(null);

  return (
    <section className="card share-section" aria-labelledby="share-title">
      <h2 id="share-title" className="share-section-title">
        {t('share.title')}
      </h2>
      <ul className="share-list">
        <ShareRow icon={Send} title={t('share.tripFile.title')} body={t('share.tripFile.body')} action={t('share.tripFile.action')} onClick={() => openExportTrip(tripId)} />
        <ShareRow icon={CalendarDays} title={t('share.calendar.title')} body={t('share.calendar.body')} action={t('share.calendar.action')} onClick={() => setOpen('calendar')} />
        <ShareRow icon={FileSpreadsheet} title={t('share.lists.title')} body={t('share.lists.body')} action={t('share.lists.action')} onClick={() => setOpen('lists')} />
      </ul>
      <Suspense fallback={null}>
        {open === 'calendar' ? <CalendarDialog tripId={tripId} tripTitle={tripTitle} members={members} onClose={close} /> : null}
        {open === 'lists' ? <ListsDialog tripId={tripId} tripTitle={tripTitle} onClose={close} /> : null}
      </Suspense>
    </section>
  );
}

function ShareRow({ icon: Icon, title, body, action, onClick }: { icon: LucideIcon; title: string; body: string; action: string; onClick: () => void }) {
  return (
    <li className="share-row-item">
      <span className="share-icon" aria-hidden>
        <Icon />
      </span>
      <div className="share-text">
        <p className="share-title">{title}</p>
        <p className="share-body">{body}</p>
        <Button size="sm" onClick={onClick} className="share-action">
          {action}
        </Button>
      </div>
    </li>
  );
}
