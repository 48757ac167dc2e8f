import { useMemo, useState } from 'react';
import { CalendarDays, Handshake, Languages, Link2, Unlink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import { MEETING_KINDS, type Item } from '../../../../shared/domain/item';
import { useMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { Button, IconButton } from '../../ui/Button';
import { Select } from '../../ui/fields';
import { useTripWorkspace } from '../../navigation/workspaceContext';

type LinkKind = 'item' | 'counterpart' | 'interpreter';

/** One item this contact is linked to, in one or more ways. */
interface ContactLink {
  kinds: LinkKind[];
  item: Item;
}

/**
 * "In this trip": the open trip's items this contact is linked to (an item's contacts, a
 * meeting's counterparts or interpreter), from the workspace already loaded, and a picker to
 * link it to another item (items:update contactIds).
 */
export function ContactLinks({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const dates = useDates();
  const { workspace, tripId } = useTripWorkspace();
  const updateItem = useMutation('items:update');
  const updateMeeting = useMutation('meetings:update');
  const [choice, setChoice] = useState('');

  const links = useMemo<ContactLink[]>(() => {
    const meetingByItem = new Map(workspace.meetings.map((m) => [m.itemId, m]));
    const out: ContactLink[] = [];
    for (const item of workspace.items) {
      const meeting = meetingByItem.get(item.id);
      const kinds: LinkKind[] = [];
      if (meeting?.counterpartIds.includes(contactId)) kinds.push('counterpart');
      if (meeting?.interpreterContactId === contactId) kinds.push('interpreter');
      if (item.contactIds.includes(contactId)) kinds.push('item');
      if (kinds.length > 0) out.push({ kinds, item });
    }
    return out;
  }, [workspace, contactId]);

  const candidates = useMemo(() => workspace.items.filter((item) => !item.contactIds.includes(contactId)), [workspace.items, contactId]);
  const when = (item: Item) => `${dates.weekdayDate(item.startLocal.slice(0, 10))}${item.allDay ? '' : ` ${dates.time(item.startLocal)}`}`;

  const link = async () => {
    const item = workspace.items.find((i) => i.id === choice);
    if (!item) return;
    const result = await updateItem.mutate({ id: item.id, patch: { contactIds: [...item.contactIds, contactId] } });
    if (!result.ok) {
      toast.show({ message: t('contacts:links.failed', { reason: result.error.message }), tone: 'error' });
      return;
    }
    setChoice('');
    toast.show({ message: t('contacts:links.linked', { title: item.title }), tone: 'success' });
  };

  /** Remove every link between this contact and the item (its contacts, counterparts, interpreter). */
  const unlink = async ({ kinds, item }: ContactLink) => {
    const meeting = workspace.meetings.find((m) => m.itemId === item.id);
    const results = [];
    if (kinds.includes('item')) {
      results.push(await updateItem.mutate({ id: item.id, patch: { contactIds: item.contactIds.filter((id) => id !== contactId) } }));
    }
    if (meeting && (kinds.includes('counterpart') || kinds.includes('interpreter'))) {
      results.push(
        await updateMeeting.mutate({
          itemId: item.id,
          patch: {
            ...(kinds.includes('counterpart') ? { counterpartIds: meeting.counterpartIds.filter((id) => id !== contactId) } : {}),
            ...(kinds.includes('interpreter') ? { interpreterContactId: null } : {}),
          },
        }),
      );
    }
    const failed = results.find((result) => !result.ok);
    if (failed && !failed.ok) toast.show({ message: t('contacts:links.failed', { reason: failed.error.message }), tone: 'error' });
  };

  return (
    <section className="contact-links" aria-labelledby="contact-links-title" data-testid="contact-links">
      <h3 id="contact-links-title" className="form-section-title">
        {t('contacts:links.title', { trip: workspace.trip.title })}
      </h3>
      {links.length === 0 ? (
        <p className="form-note">{t('contacts:links.none')}</p>
      ) : (
        <ul className="contact-link-list">
          {links.map((entry) => {
            const meeting = MEETING_KINDS.includes(entry.item.kind);
            const Icon = entry.kinds.includes('interpreter') ? Languages : meeting ? Handshake : CalendarDays;
            return (
              <li key={entry.item.id} className="contact-link">
                <Icon aria-hidden className="contact-link-icon" />
                <div className="contact-link-text">
                  <Link
                    href={paths.trip(tripId, meeting ? 'meetings' : 'programme', entry.item.id)}
                    className="contact-link-title"
                  >
                    {entry.item.title}
                  </Link>
                  <span className="contact-link-meta">
                    {entry.kinds.map((kind) => t(`contacts:links.as.${kind}`)).join(', ')} · <time dateTime={entry.item.startLocal}>{when(entry.item)}</time>
                  </span>
                </div>
                <IconButton
                  size="sm"
                  icon={Unlink}
                  label={t('contacts:links.unlink', { title: entry.item.title })}
                  onClick={() => void unlink(entry)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {candidates.length > 0 ? (
        <div className="contact-link-add">
          <Select label={t('contacts:links.pick')} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
            <option value="">{t('contacts:links.pickPlaceholder')}</option>
            {candidates.map((item) => (
              <option key={item.id} value={item.id}>
                {`${when(item)} · ${item.title}`}
              </option>
            ))}
          </Select>
          <Button icon={Link2} onClick={() => void link()} disabled={!choice} busy={updateItem.pending}>
            {t('contacts:links.link')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
