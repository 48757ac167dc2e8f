import { startTransition, useEffect, useState } from 'react';

/**
 * false while a component's first frame is being drawn, true right after it has been painted.
 * A panel that opens on a click renders what the eye lands on first and the rest behind it:
 * the click is answered within a frame, and what is below the fold follows a task later.
 * (A timeout set inside requestAnimationFrame runs after that frame's paint.)
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/**
 * false on a component's first render, then true in a transition started as soon as that render
 * is committed: for a list that shows its first screenful at once and renders the rest behind
 * it. Unlike useAfterFirstPaint, the rest may be a lot of work, and a transition lets React
 * split it into short slices and answer input between them. `startDone` skips the step (a
 * list coming back scrolled to where it was needs all its rows at once).
 */
export function useRestAfterFirstRender(startDone = false): boolean {
  const [done, setDone] = useState(startDone);
  useEffect(() => {
    if (!done) startTransition(() => setDone(true));
  }, [done]);
  return done;
}
