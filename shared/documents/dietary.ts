import type { Item } from '../domain/item';
import type { MemberSide } from '../domain/member';
import type { TripWorkspace } from '../domain/workspace';

/**
 * One meal's dietary sheet for the restaurant: who attending needs what (visitors and hosts:
 * the kitchen cooks for everyone at the table), how many guests, where and when. Health data,
 * so only on this sheet, the briefing and the hosts' overview.
 */
export interface DietarySheetModel {
  item: Pick<Item, 'id' | 'title' | 'startLocal' | 'endLocal' | 'startZone' | 'endZone' | 'location'>;
  guests: number;
  needs: { name: string; nativeName: string; side: MemberSide; needs: string }[];
}

export function buildDietarySheet(workspace: TripWorkspace, itemId: string): DietarySheetModel {
  const item = workspace.items.find((i) => i.id === itemId);
  if (!item) throw new Error(`The item ${itemId} is not in this trip`);
  const attending = [...workspace.members]
    .sort((a, b) => a.precedence - b.precedence)
    .filter((m) => item.allMembers || item.participantIds.includes(m.id));
  return {
    item: { id: item.id, title: item.title, startLocal: item.startLocal, endLocal: item.endLocal, startZone: item.startZone, endZone: item.endZone, location: item.location },
    guests: attending.length,
    needs: attending
      .filter((m) => m.dietaryNeeds.trim() !== '')
      .map((m) => ({ name: m.name, nativeName: m.nativeName, side: m.side, needs: m.dietaryNeeds.trim() })),
  };
}
