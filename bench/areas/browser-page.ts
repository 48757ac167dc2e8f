/**
 * Instrumentation injected into the app's page before its own scripts (Playwright init script;
 * it runs outside the page's CSP). It records, with the page's own clock (performance.now(),
 * 0 = navigation start):
 * - `interactiveAt`: the first animation frame in which the Programme route is ready for input —
 *   body[data-app-state="loaded"], and an item card (an element with the ARIA role article) is in
 *   the viewport with an enabled control in it (its title button opens the item). Also marked as
 *   the performance mark "bench:programme-interactive".
 * - every API call of the page (fetch to /api/<operation>): its start, `headers` when fetch
 *   resolved, and `end` when the app has the answer itself (its Response.json settled: the body
 *   arrived and was parsed). The headers alone are not the answer: in the browser mode the body
 *   follows through Chromium's loader, slowly on the 2-core machine (the large trip's 0.9 MB
 *   first-screen answer tens of milliseconds after its headers, where curl reads it in a few),
 *   and no screen can use an answer before it has all of it.
 * - for interactions: `arm(condition)` starts watching before the step's input is sent; the
 *   first input event after it (pointerdown, keydown, input, change…) starts the clock, and
 *   `outcome()` resolves with the time from that event to the first animation frame in which the
 *   condition holds (the frame that paints the outcome). Watching from before the input, every
 *   frame, means the figure never includes the test driver's own round trips: a condition first
 *   registered after Playwright's click returned would see the outcome only in a later frame.
 *   With `watchDom`, the outcome also has `dom`: the last change to the DOM before that frame,
 *   seen by a MutationObserver, whose callback runs right after each batch of changes (a React
 *   commit). Up to `dom` is the app's own work; from `dom` to `at`, the wait for the display's
 *   next frame. The callback only reads the clock: checking the condition on every commit cost
 *   the measured step most of a millisecond.
 */
export const PAGE_INSTRUMENTATION = `(() => {
  const bench = (window.__bench = { interactiveAt: undefined, requests: [], firstInput: null, armed: false });
  // Each answer's record, for the app's json() below: the app reads every answer that way.
  const answers = new WeakMap();
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const record = { op: decodeURIComponent(String(url).split('/api/')[1] || ''), start: performance.now(), headers: null, end: null };
    bench.requests.push(record);
    return originalFetch.call(this, input, init).then(
      (response) => { record.headers = performance.now(); answers.set(response, record); return response; },
      (error) => { record.end = performance.now(); throw error; },
    );
  };
  const originalJson = Response.prototype.json;
  Response.prototype.json = function () {
    const record = answers.get(this);
    const settled = () => { if (record) record.end = performance.now(); };
    return originalJson.call(this).then((value) => { settled(); return value; }, (error) => { settled(); throw error; });
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']) {
    addEventListener(type, (event) => {
      // Any event while armed: Playwright's selectOption dispatches untrusted input/change events.
      if (bench.armed && bench.firstInput === null) bench.firstInput = event.timeStamp;
    }, true);
  }
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  bench.visible = visible;
  const watchInteractive = () => {
    if (document.body && document.body.dataset.appState === 'loaded' && location.hash.includes('/programme')) {
      const card = [...document.querySelectorAll('article, [role="article"]')].find(visible);
      const control = card && card.querySelector('button:not([disabled]), a[href]');
      if (control) {
        bench.interactiveAt = performance.now();
        performance.mark('bench:programme-interactive');
        return;
      }
    }
    requestAnimationFrame(watchInteractive);
  };
  requestAnimationFrame(watchInteractive);
  /** Watch for the condition from now on; outcome() settles as described above, or rejects after timeoutMs. */
  bench.arm = (condition, timeoutMs, watchDom) => {
    bench.firstInput = null;
    bench.armed = true;
    bench.armedAt = performance.now();
    const deadline = bench.armedAt + timeoutMs;
    const holds = () => { try { return bench.firstInput !== null && condition(); } catch (e) { return false; } };
    let dom = null;
    const observer = watchDom ? new MutationObserver(() => { if (bench.firstInput !== null) dom = performance.now(); }) : null;
    if (observer) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    bench.result = new Promise((resolve, reject) => {
      const tick = () => {
        const ok = holds();
        if (ok) {
          const now = performance.now();
          const requests = bench.requests.filter((r) => r.start >= bench.armedAt);
          bench.armed = false;
          if (observer) observer.disconnect();
          resolve({ ms: now - bench.firstInput, input: bench.firstInput, at: now, dom: observer ? (dom === null ? now : dom) : null, requests });
          return;
        }
        if (performance.now() > deadline) { bench.armed = false; if (observer) observer.disconnect(); reject(new Error('timed out')); return; }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    bench.result.catch(() => undefined); // read by outcome(); never an unhandled rejection
  };
  bench.outcome = () => bench.result;
})();`;
