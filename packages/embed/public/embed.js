/*! Outcome Kit iframe embed page: embed.html?widget=run-chart&src=data.csv&x=month&y=rate renders
    one widget from the query parameters. Only the widget's own attributes are applied (its
    observedAttributes, an allow-list); values are set with setAttribute, never as markup.
    The host's settings live in embed-config.json beside this page (optional):
      { "dataOrigins": ["https://data.example.org"],   origins src may name besides this page's own
        "parentOrigins": ["https://www.example.org"],  pages that may frame it (height messages go only there)
        "suppressBelow": 10 }                          the privacy threshold; never below 10
    A visitor's query string may make privacy stricter (a higher suppress-below), never looser. */
(function () {
  'use strict';

  var MESSAGES = {
    en: {
      title: 'Outcome Kit chart',
      missing: 'This embed does not say which chart to show. Add widget= to its address with one of these names, for example widget=run-chart:',
      unknown: function (name) {
        return '“' + name + '” is not an Outcome Kit widget. Use widget= with one of these names instead:';
      },
      badSrc: function (src) {
        return 'The data address “' + src + '” must be a web address (http:// or https://).';
      },
      noKit: 'Outcome Kit could not be loaded. Check that outcome-kit.module.js sits beside embed.html.',
      badOrigin: function (origin) {
        return 'This page does not load data from ' + origin + '. The host lists the data sources it allows in embed-config.json.';
      },
    },
    es: {
      title: 'Gráfica de Outcome Kit',
      missing: 'Este código no indica qué gráfica mostrar. Añada widget= a su dirección con uno de estos nombres, por ejemplo widget=run-chart:',
      unknown: function (name) {
        return '“' + name + '” no es un widget de Outcome Kit. Use widget= con uno de estos nombres:';
      },
      badSrc: function (src) {
        return 'La dirección de los datos “' + src + '” debe ser una dirección web (http:// o https://).';
      },
      noKit: 'No se pudo cargar Outcome Kit. Compruebe que outcome-kit.module.js está junto a embed.html.',
      badOrigin: function (origin) {
        return 'Esta página no carga datos de ' + origin + '. El sitio indica las fuentes de datos que permite en embed-config.json.';
      },
    },
  };
  /** The widgets Outcome Kit ships, for the "use one of these" message (only those this build defines are listed). */
  var KNOWN = ['run-chart', 'gap-chart', 'theory-of-action'];
  /** The privacy threshold no query string can lower: groups of 10 or fewer students are never shown. */
  var MIN_SUPPRESS = 10;
  /** The host's settings (embed-config.json), once read. */
  var config = { dataOrigins: [], parentOrigins: [], suppressBelow: MIN_SUPPRESS };

  function origins(list) {
    var out = [];
    (Array.isArray(list) ? list : []).forEach(function (o) {
      try {
        var origin = new URL(String(o)).origin;
        if (origin !== 'null') out.push(origin);
      } catch (e) {
        /* not an origin: ignored */
      }
    });
    return out;
  }

  /** Reads embed-config.json beside this page; no file (or a bad one) leaves the safe defaults. */
  function readConfig() {
    if (typeof fetch !== 'function') return Promise.resolve();
    return fetch(new URL('embed-config.json', location.href).href, { credentials: 'same-origin', cache: 'no-cache' })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (c) {
        if (!c || typeof c !== 'object') return;
        config.dataOrigins = origins(c.dataOrigins);
        config.parentOrigins = origins(c.parentOrigins);
        var t = Number(c.suppressBelow);
        if (isFinite(t) && Math.floor(t) === t && t > MIN_SUPPRESS) config.suppressBelow = t;
      })
      .catch(function () {
        /* no configuration: defaults */
      });
  }

  var params = new URLSearchParams(location.search);
  var root = document.getElementById('outcome-kit-embed');
  var lang = (params.get('lang') || '').trim().toLowerCase();
  if (lang === 'en' || lang === 'es') document.documentElement.lang = lang;
  var m = MESSAGES[document.documentElement.lang === 'es' ? 'es' : 'en'];
  document.title = params.get('heading') || m.title;

  function clear() {
    while (root.firstChild) root.removeChild(root.firstChild);
  }

  /** Shows a message (text only) in place of the widget. */
  function showMessage(text, list) {
    clear();
    var box = document.createElement('div');
    box.className = 'embed-message';
    box.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.textContent = text;
    box.appendChild(p);
    if (list && list.length) {
      var ul = document.createElement('ul');
      list.forEach(function (item) {
        var li = document.createElement('li');
        var code = document.createElement('code');
        code.textContent = item;
        li.appendChild(code);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    root.appendChild(box);
  }

  /** The Lit property declaration behind an attribute, when the class exposes it. */
  function declarationOf(ctor, attribute) {
    var props = ctor.elementProperties;
    if (!props || typeof props.forEach !== 'function') return null;
    var found = null;
    props.forEach(function (options, name) {
      var attr = options && options.attribute;
      var attrName = typeof attr === 'string' ? attr : attr === false ? null : String(name).toLowerCase();
      if (attrName === attribute) found = options;
    });
    return found;
  }

  function render(ctor, tag) {
    var allowed = ctor.observedAttributes || [];
    var el = document.createElement(tag);
    var ignored = [];
    var error = null;
    var privacy = allowed.indexOf('suppress-below') >= 0;
    params.forEach(function (value, name) {
      if (name === 'widget') return;
      if (name === 'suppress-below') {
        // Stricter only: a number above the host's threshold, else the host's threshold.
        var asked = Number(value);
        if (privacy && !el.hasAttribute(name)) el.setAttribute(name, String(isFinite(asked) && Math.floor(asked) === asked && asked > config.suppressBelow ? asked : config.suppressBelow));
        return;
      }
      if (allowed.indexOf(name) < 0) {
        ignored.push(name);
        return;
      }
      if (el.hasAttribute(name)) return; // a repeated parameter: the first one wins
      if (name === 'src') {
        var url;
        try {
          url = new URL(value, location.href);
        } catch (e) {
          url = null;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
          error = m.badSrc(value);
          return;
        }
        if (url.origin !== location.origin && config.dataOrigins.indexOf(url.origin) < 0) {
          error = m.badOrigin(url.origin);
          return;
        }
        value = url.href;
      }
      var declaration = declarationOf(ctor, name);
      if (declaration && declaration.type === Boolean && /^(false|0|no|off)$/i.test(value)) return;
      el.setAttribute(name, value);
    });
    if (privacy && !el.hasAttribute('suppress-below')) el.setAttribute('suppress-below', String(config.suppressBelow));
    if (ignored.length) console.warn('Outcome Kit embed: ignored parameters that are not attributes of <' + tag + '>: ' + ignored.join(', '));
    if (error) return showMessage(error);
    el.addEventListener('outcome-render', function () {
      var views = el.currentViews;
      if (views && views.title) document.title = views.title;
    });
    clear();
    root.appendChild(el);
  }

  function start(loaded) {
    var name = (params.get('widget') || '').trim().toLowerCase().replace(/^outcome-/, '');
    var available = KNOWN.filter(function (n) {
      return customElements.get('outcome-' + n);
    });
    if (!loaded && !available.length) return showMessage(m.noKit);
    if (!name) return showMessage(m.missing, available);
    var ctor = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) ? customElements.get('outcome-' + name) : undefined;
    if (!ctor) return showMessage(m.unknown(name), available);
    render(ctor, 'outcome-' + name);
  }

  /**
   * Where height messages go: with parentOrigins configured, only to the framing page's origin
   * when it is one of them (none otherwise); without, to any parent (a height is not secret).
   */
  function parentTarget() {
    if (!config.parentOrigins.length) return '*';
    var framer = null;
    try {
      framer = location.ancestorOrigins && location.ancestorOrigins.length ? location.ancestorOrigins[0] : new URL(document.referrer).origin;
    } catch (e) {
      framer = null;
    }
    return framer && config.parentOrigins.indexOf(framer) >= 0 ? framer : null;
  }

  // Height for the parent page's resizer (outcome-kit-resize.js): posted whenever it changes.
  var lastHeight = -1;
  /** The widget's first settled height: while it loads again, the frame never gets shorter than this. */
  var firstHeight = -1;
  /** The resizer's tallest frame: content above it scrolls inside instead of being cut off. */
  var maxHeight = Infinity;
  /** Set once embed-config.json is read: no height leaves before the host's parentOrigins are known. */
  var configReady = false;
  function postHeight(force) {
    if (window.parent === window || !configReady) return;
    var height = Math.ceil(root.getBoundingClientRect().height);
    // Only a settled widget's height: nothing while it first loads (the frame keeps its own height
    // instead of 900 → 8 → 98 → 960 px), and while it loads again never less than its first real size.
    // Before the widget or a message is in place (the <noscript> alone), nothing is posted.
    var widget = root.firstElementChild;
    var isWidget = !!widget && /^outcome-/.test(widget.localName);
    if (!isWidget && !(widget && widget.classList.contains('embed-message'))) return;
    if (isWidget && !widget.hasAttribute('rendered')) {
      if (firstHeight < 0) return;
      height = Math.max(height, firstHeight);
    } else if (firstHeight < 0) firstHeight = height;
    document.documentElement.classList.toggle('outcome-kit-capped', height > maxHeight);
    if (height === lastHeight && !force) return;
    lastHeight = height;
    var target = parentTarget();
    if (target === null) return;
    var sized = document.documentElement.classList.contains('outcome-kit-resized');
    window.parent.postMessage({ type: 'outcome-kit:height', height: height, sized: sized }, target);
  }
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(function () {
      postHeight(false);
    }).observe(root);
  }
  // The widget's `rendered` attribute may come without a change of size: post then too.
  if (typeof MutationObserver !== 'undefined') {
    new MutationObserver(function () {
      postHeight(false);
    }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['rendered'] });
  }
  // The resizer greets the frame: from then on the parent sizes it, so no inner scrollbar is needed.
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'outcome-kit:resizer') return;
    if (config.parentOrigins.length && config.parentOrigins.indexOf(event.origin) < 0) return;
    var max = Number(event.data.maxHeight);
    if (isFinite(max) && max > 0) maxHeight = max;
    document.documentElement.classList.add('outcome-kit-resized');
    postHeight(true);
  });

  var configured = readConfig().then(function () {
    configReady = true;
    postHeight(true);
  });
  Promise.all([Promise.resolve(window.__outcomeKitLoading), configured]).then(
    function (r) {
      start(r[0]);
    },
    function () {
      configured.then(function () {
        start(null);
      });
    },
  );
})();
