/**
 * Vega's own container ResizeObserver redraws inside its callback; Chromium then reports the
 * benign "ResizeObserver loop completed with undelivered notifications", which is not a failure.
 * Importing this module makes a test file ignore that one message.
 */
window.addEventListener(
  'error',
  (e) => {
    if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);
