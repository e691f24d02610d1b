declare global {
  interface Window {
    __benchFrameGate?: { pause(): void; resume(): void };
  }
}

/**
 * Runs in the page before its scripts (an init script): lets the benchmark stop and restart
 * the page's requestAnimationFrame loop, so two twins can stay loaded in one browser while only
 * the one being measured draws. Chromium keeps drawing pages that are merely frozen or behind
 * another tab in headless mode, and two twins drawing at once on two cores would each measure
 * the other. Callbacks asked for while paused wait and run after `resume()`.
 */
export function installFrameGate(): void {
  const request = window.requestAnimationFrame.bind(window);
  let paused = false;
  let waiting: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => {
    if (!paused) return request(callback);
    waiting.push(callback);
    return 0; // never a real id: cancelAnimationFrame(0) does nothing, as for a finished frame
  };
  window.__benchFrameGate = {
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      const resumed = waiting;
      waiting = [];
      for (const callback of resumed) request(callback);
    },
  };
}
