import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';

export interface MemberOrder {
  /** The members in the order shown: the saved order, or the one being saved. */
  ordered: Member[];
  /** Move a member by `delta` places (−1 = up); no-op at the ends. */
  move: (id: string, delta: number) => void;
  /** Put a member at `index` (0-based, in the shown order). */
  moveTo: (id: string, index: number) => void;
  /** What the last move did, for the polite live region ("Anna Östlund is now no. 2 of 9"). */
  announcement: string;
}

/**
 * The order of precedence, changed by drag and drop or the Move up/down buttons. The new order
 * shows at once and is saved with 'members:reorder' in the background; saves run one after
 * another (each sends the whole list, so the last one wins), and the shown order follows the
 * workspace again once it has reloaded after the last save.
 */
export function useMemberOrder(members: Member[], tripId: string): MemberOrder {
  const call = useApi();
  const { t } = useTranslation('members');
  const [pending, setPending] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inFlight = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  // A reload that arrives after the last save finished carries the saved order.
  useEffect(() => {
    if (inFlight.current === 0) setPending(null);
  }, [members]);

  const ordered = useMemo(() => {
    if (!pending) return members;
    const byId = new Map(members.map((m) => [m.id, m]));
    const shown = pending.map((id) => byId.get(id)).filter((m): m is Member => m !== undefined);
    // Members added meanwhile (another window) go last, as the core puts them.
    const listed = new Set(pending);
    return [...shown, ...members.filter((m) => !listed.has(m.id))];
  }, [members, pending]);

  const orderedRef = useRef(ordered);
  orderedRef.current = ordered;

  const save = useCallback(
    (ids: string[]) => {
      inFlight.current += 1;
      queue.current = queue.current.then(async () => {
        const result = await runMutation(call, 'members:reorder', { tripId, ids });
        inFlight.current -= 1;
        if (!result.ok) {
          toast.show({ message: t('toast.reorderFailed', { reason: result.error.message }), tone: 'error' });
          if (inFlight.current === 0) setPending(null);
        }
      });
    },
    [call, tripId, t],
  );

  const moveTo = useCallback(
    (id: string, index: number) => {
      const current = orderedRef.current;
      const from = current.findIndex((m) => m.id === id);
      const to = Math.max(0, Math.min(current.length - 1, index));
      if (from < 0 || from === to) return;
      const next = [...current];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      orderedRef.current = next;
      const ids = next.map((m) => m.id);
      setPending(ids);
      setAnnouncement(t('order.announce', { name: moved!.name, position: to + 1, count: next.length }));
      save(ids);
    },
    [save, t],
  );

  const move = useCallback(
    (id: string, delta: number) => {
      const from = orderedRef.current.findIndex((m) => m.id === id);
      if (from >= 0) moveTo(id, from + delta);
    },
    [moveTo],
  );

  return { ordered, move, moveTo, announcement };
}
