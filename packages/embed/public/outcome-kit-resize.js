/*! Outcome Kit iframe resizer: put <script src=".../outcome-kit-resize.js"></script> next to an
    Outcome Kit <iframe src=".../embed.html?…">, and the iframe's height follows its chart.
    It only obeys messages from one of this page's iframes, sent from the origin that iframe's src
    names, and that origin must be the one this script came from (where embed.html lives). */
(function () {
  if (window.__outcomeKitResizer) return;
  window.__outcomeKitResizer = true;

  var me = document.currentScript || document.querySelector('script[src*="outcome-kit-resize.js"]');
  var kitOrigin = null;
  try {
    kitOrigin = me && me.src ? new URL(me.src, location.href).origin : null;
  } catch (e) {
    kitOrigin = null;
  }
  var MAX_HEIGHT = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin;
    } catch (e) {
      return null;
    }
  }

  /** The page's iframe whose window sent the message, when the sender's origin is the one its src names. */
  function frameOf(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = originOf(frame);
      if (origin !== event.origin || (kitOrigin && origin !== kitOrigin)) return null;
      return frame;
    }
    return null;
  }

  /** Tells an iframe that this page sizes it (it then answers with its height). */
  function greet(frame) {
    var origin = originOf(frame);
    if (!frame.contentWindow || !origin || origin === 'null' || (kitOrigin && origin !== kitOrigin)) return;
    frame.contentWindow.postMessage({ type: 'outcome-kit:resizer' }, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'outcome-kit:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0) return;
    var frame = frameOf(event);
    if (!frame) return;
    frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
    if (!data.sized) greet(frame); // a frame that does not know yet that this page sizes it
  });

  /** False while a frame still shows its first about:blank (posting to it would only warn). */
  function loaded(frame) {
    var doc;
    try {
      doc = frame.contentDocument;
    } catch (e) {
      return true;
    }
    return !doc || doc.URL !== 'about:blank';
  }

  // Frames that loaded before this script ran have already sent their height: ask again.
  function greetAll() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (loaded(frames[i])) greet(frames[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', greetAll);
  else greetAll();
})();
