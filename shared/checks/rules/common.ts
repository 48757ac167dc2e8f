import type { Item } from '../../domain/item';
import type { CheckContext } from '../context';
import { itemRef, type ItemRef, type Who } from '../messages';

/**
 * Item references for one message: times carry a zone label only when the items in the message
 * are in more than one zone (a flight that lands elsewhere, a clash between zones).
 */
export function refs<T extends Item[]>(ctx: CheckContext, ...items: T): { [K in keyof T]: ItemRef } {
  const zones = new Set<string>();
  for (const item of items) zones.add(item.startZone).add(item.endZone);
  const label = zones.size > 1 ? (zone: string) => ctx.zoneLabel(zone) : null;
  return items.map((item) => itemRef(item, label)) as { [K in keyof T]: ItemRef };
}

export function whoOf(ctx: CheckContext, memberIds: readonly string[]): Who {
  return { names: ctx.names(memberIds), everyone: ctx.isEveryone(memberIds) };
}

/** Members in order of precedence, whatever order they were collected in. */
export function inPrecedence(ctx: CheckContext, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return ctx.allMemberIds.filter((id) => wanted.has(id));
}
