// Work for later that should not compete with the first draw: fetching the code a learner's next action
// may need (an alert), once the page has loaded and the browser is idle.

/** Runs `task` after the page's load event, when the browser is next idle (or within a few seconds). */
export function afterFirstDraw(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => task(), { timeout: 5000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
