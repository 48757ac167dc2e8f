import { seatPositions, type TableLayout } from '../../seating/geometry';

/**
 * The table drawn from above: the table's outline and a numbered circle per seat (SVG), the
 * numbers matching the list beside it. Names stay in the list: a drawing cannot wrap a long name
 * ("Kommunstyrelsens ordförande Anna-Karin …" or 山东省人民政府外事办公室) inside a seat.
 * Host seats are filled, guest seats outlined, so the alternation is visible at a glance.
 */
export function SeatingDiagram({ layout, sides }: { layout: TableLayout; sides: ('host' | 'guest' | null)[] }) {
  const positions = seatPositions(layout);
  const size = 100;
  const r = Math.max(2.6, Math.min(5, 60 / layout.seats));
  return (
    <svg className="seating-diagram" viewBox={`-8 -8 ${size + 16} ${size + 16}`} role="img" aria-label="Table plan">
      {layout.shape === 'round' ? (
        <circle cx={50} cy={50} r={32} className="table-top" />
      ) : (
        <rect x={4} y={24} width={92} height={52} rx={2} className="table-top" />
      )}
      {positions.map((p, seat) => (
        <g key={seat} className={`seat seat-${sides[seat] ?? 'empty'}`}>
          <circle cx={p.x * size} cy={p.y * size} r={r} />
          <text x={p.x * size} y={p.y * size} dy="0.35em" textAnchor="middle" fontSize={r * 1.05}>
            {seat + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}
