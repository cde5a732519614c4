/*! Outcome Kit iframe resizer: put <script src=".../outcome-kit-resize.js"></script> next to an
    Outcome Kit <iframe src=".../embed.html?…">, and the iframe's height follows its chart.
    It only obeys messages of the exact shape { type: 'outcome-kit:height', height, sized } from
    one of this page's iframes whose src is the kit's embed.html (beside this script), sent from
    that origin. A frame is at most MAX_HEIGHT tall; a taller page scrolls inside it. */
(function () {
  if (window.__outcomeKitResizer) return;
  window.__outcomeKitResizer = true;

  var me = document.currentScript || document.querySelector('script[src*="outcome-kit-resize.js"]');
  var kitOrigin = null;
  var kitPage = null;
  try {
    var script = me && me.src ? new URL(me.src, location.href) : null;
    kitOrigin = script ? script.origin : null;
    kitPage = script ? new URL('embed.html', script).href : null;
  } catch (e) {
    kitOrigin = null;
  }
  var MAX_HEIGHT = 20000;

  /** The origin of a frame whose src is the kit's embed page; null for any other frame. */
  function originOf(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', location.href);
      var page = url.origin + url.pathname;
      if (kitPage ? page !== kitPage : !/\/embed\.html$/.test(url.pathname)) return null;
      return url.origin;
    } catch (e) {
      return null;
    }
  }

  /** Exactly { type, height, sized }: a finite height of 0 or more and a boolean, nothing else. */
  function exact(data) {
    if (!data || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
    var keys = Object.keys(data).sort().join(',');
    if (keys !== 'height,sized,type' && keys !== 'height,type') return false;
    return data.type === 'outcome-kit:height' && typeof data.height === 'number' && isFinite(data.height) && data.height >= 0 && (data.sized === undefined || typeof data.sized === 'boolean');
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
    frame.contentWindow.postMessage({ type: 'outcome-kit:resizer', maxHeight: MAX_HEIGHT }, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!exact(data)) return;
    var height = data.height;
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
