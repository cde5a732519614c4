/*! Outcome Kit loader: paste <script src=".../outcome-kit.js"></script> into any page. It loads
    outcome-kit.module.js from beside itself; charts load Vega from there only when needed. */
(function () {
  var me = document.currentScript;
  var base = (me && me.src) || location.href;
  if (window.__outcomeKitLoading) return;
  window.__outcomeKitLoading = import(new URL('outcome-kit.module.js', base).href).catch(function (error) {
    window.__outcomeKitLoading = null;
    console.error('Outcome Kit could not load outcome-kit.module.js from beside outcome-kit.js:', error);
  });
})();
