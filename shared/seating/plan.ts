import { z } from 'zod';
import { Id } from '../domain/primitives';

/** Round: seats numbered clockwise from the top. Long: side A left to right, then side B facing it. */
export const TableShape = z.enum(['round', 'long']);
export type TableShape = z.infer<typeof TableShape>;

/**
 * facing: the principal host and the principal guest sit opposite each other (the usual Chinese
 * banquet order); side_by_side: the principal guest sits at the host's right.
 */
export const SeatingProtocol = z.enum(['facing', 'side_by_side']);
export type SeatingProtocol = z.infer<typeof SeatingProtocol>;

/** Who sits somewhere: a delegation member or an address-book contact (a counterpart). */
export const SeatedPerson = z.object({ kind: z.enum(['member', 'contact']), id: Id }).strict();
export type SeatedPerson = z.infer<typeof SeatedPerson>;

export const MIN_SEATS = 2;
export const MAX_SEATS = 60;

export const SeatAssignment = z
  .object({ seat: z.number().int().min(0).max(MAX_SEATS - 1), person: SeatedPerson })
  .strict();
export type SeatAssignment = z.infer<typeof SeatAssignment>;

/** The table plan of one meal or meeting item, stored with the item. */
export const SeatingPlan = z
  .object({
    shape: TableShape,
    seats: z.number().int().min(MIN_SEATS, `At least ${MIN_SEATS} seats`).max(MAX_SEATS, `At most ${MAX_SEATS} seats`),
    protocol: SeatingProtocol,
    assignments: z.array(SeatAssignment).max(MAX_SEATS),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seats = new Set<number>();
    const people = new Set<string>();
    plan.assignments.forEach((a, i) => {
      if (a.seat >= plan.seats) ctx.addIssue({ code: 'custom', path: ['assignments', i, 'seat'], message: `The table has only ${plan.seats} seats` });
      if (seats.has(a.seat)) ctx.addIssue({ code: 'custom', path: ['assignments', i, 'seat'], message: `Seat ${a.seat + 1} is given twice` });
      const key = `${a.person.kind}:${a.person.id}`;
      if (people.has(key)) ctx.addIssue({ code: 'custom', path: ['assignments', i, 'person'], message: 'This person already has a seat' });
      seats.add(a.seat);
      people.add(key);
    });
  });
export type SeatingPlan = z.infer<typeof SeatingPlan>;

/** Item kinds that can have a seating plan. */
export const SEATED_KINDS = ['meal', 'meeting', 'visit', 'event'] as const;
