/*! Outcome Kit loader: paste <script src=".../outcome-kit.js"></script> into any page. It loads
    outcome-kit.module.js from beside itself; charts load Vega from there only when needed.
    Loading it twice is harmless: the second copy does nothing. */
(function () {
  if (window.__outcomeKitLoading) return;
  // document.currentScript is null when a CMS runs the file in a callback; then find our tag.
  var me = document.currentScript || document.querySelector('script[src*="outcome-kit.js"]');
  var base = (me && me.src) || location.href;
  window.__outcomeKitLoading = import(new URL('outcome-kit.module.js', base).href).catch(function (error) {
    window.__outcomeKitLoading = null;
    console.error('Outcome Kit could not load outcome-kit.module.js from beside outcome-kit.js:', error);
  });
})();
