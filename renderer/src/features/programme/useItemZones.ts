import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Item, ItemKind } from '../../../../shared/domain/item';
import type { KnownPlace } from '../../../../shared/places';
import type { ItemFormValues, ZoneTrip } from './formValues';
import { isTravel } from './kinds';
import { noticeAfter, zonesFor, type ZoneNotice } from './zoneRule';

export type ItemEnd = 'start' | 'end';

/** A field change the zones may follow, given before react-hook-form's value is read back. */
export interface ZoneChange {
  kind?: ItemKind;
  startLocal?: string;
  city?: string;
  from?: string;
  to?: string;
}

const FIELD = { start: 'startZone', end: 'endZone' } as const;

/**
 * The item form's zones under the zone rule: each change runs `zonesFor`; what it changes is
 * reported as a notice (with Undo) beside the field; a zone the user picked — or, in the editor,
 * the zone an item already has — is never changed, but a known place in another zone is offered.
 */
export function useItemZones(
  form: UseFormReturn<ItemFormValues, unknown, unknown>,
  { trip, items, mode }: { trip: ZoneTrip; items: () => readonly Item[]; mode: 'create' | 'edit' },
) {
  const { getValues, setValue } = form;
  // An existing item's zones were chosen by someone, once: the editor only offers.
  const chosen = useRef<Record<ItemEnd, boolean>>({ start: mode === 'edit', end: mode === 'edit' });
  const [notices, setNotices] = useState<Record<ItemEnd, ZoneNotice | null>>({ start: null, end: null });
  const [offers, setOffers] = useState<Record<ItemEnd, KnownPlace | null>>({ start: null, end: null });

  /** Whether the zone changed. */
  const write = (end: ItemEnd, zone: string): boolean => {
    if (getValues(FIELD[end]) === zone) return false;
    setValue(FIELD[end], zone, { shouldValidate: true, shouldDirty: true });
    return true;
  };

  /** `opening`: the editor's first look at the item, where no field has changed yet. */
  const follow = (change: ZoneChange = {}, opening = false) => {
    const values = getValues();
    const kind = change.kind ?? values.kind;
    const before = { start: values.startZone, end: values.endZone };
    const outcome = zonesFor({
      trip,
      items: items(),
      kind,
      startLocal: change.startLocal ?? values.startLocal,
      city: change.city ?? values.location.city,
      from: change.from ?? values.details.from,
      to: change.to ?? values.details.to,
      start: { zone: before.start, chosen: chosen.current.start },
      end: { zone: before.end, chosen: chosen.current.end },
    });
    const startChanged = write('start', outcome.start.zone);
    const endChanged = write('end', outcome.end.zone);
    // Anything but a journey ends where it starts: the departure's notice says it all.
    const travel = isTravel(kind);
    // Unchanged notices and offers keep their objects, so opening the editor (where nothing
    // changes) does not render the whole form a second time.
    setNotices((prev) =>
      samePair(prev, {
        start: noticeAfter(prev.start, before.start, outcome.start.zone, outcome.start.place),
        end: travel ? noticeAfter(prev.end, before.end, outcome.end.zone, outcome.end.place) : null,
      }),
    );
    const offer = (end: ItemEnd) => {
      const place = outcome[end].place;
      return chosen.current[end] && place && place.zone !== outcome[end].zone ? place : null;
    };
    setOffers((prev) => samePair(prev, { start: offer('start'), end: travel ? offer('end') : null }));
    // The end's "before the start" rule compares across zones: nothing to recheck on opening
    // unless a zone was changed.
    if (!opening || startChanged || endChanged) void form.trigger('endLocal');
  };

  /** The user set this end's zone (picker, Undo, or an offered place): it is theirs from now on. */
  const choose = (end: ItemEnd, zone: string) => {
    chosen.current[end] = true;
    setNotices((prev) => ({ ...prev, [end]: null }));
    setValue(FIELD[end], zone, { shouldValidate: true, shouldDirty: true });
    follow();
  };

  // The editor offers a known place's zone for what an item already says ("to: ARN" in Shanghai time).
  const followOnOpen = useRef(follow);
  useEffect(() => followOnOpen.current({}, true), []);

  return {
    follow,
    choose,
    /** All-day items have one zone for both days. */
    chooseBoth: (zone: string) => {
      chosen.current.end = true;
      setValue('endZone', zone, { shouldValidate: true, shouldDirty: true });
      choose('start', zone);
    },
    notices,
    offers,
    undo: (end: ItemEnd) => {
      const notice = notices[end];
      if (notice) choose(end, notice.was);
    },
    accept: (end: ItemEnd) => {
      const place = offers[end];
      if (place) choose(end, place.zone);
    },
  };
}

/** `prev` when both ends are the same objects (or both null), else `next`. */
function samePair<T>(prev: Record<ItemEnd, T>, next: Record<ItemEnd, T>): Record<ItemEnd, T> {
  return prev.start === next.start && prev.end === next.end ? prev : next;
}
