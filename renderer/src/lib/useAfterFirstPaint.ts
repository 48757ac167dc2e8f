import { useEffect, useState } from 'react';

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
