import { create } from 'zustand';

/**
 * How many calls are waiting for another program's write lock right now (browser mode: a CLI
 * import on the same file). The app shows one status line while any is.
 */
interface LockWaitState {
  waiting: number;
}

export const useLockWait = create<LockWaitState>()(() => ({ waiting: 0 }));

export function reportLockWait(waiting: boolean): void {
  useLockWait.setState((s) => ({ waiting: Math.max(0, s.waiting + (waiting ? 1 : -1)) }));
}
