/*! Outcome Kit blocks for the WordPress block editor: one block per widget, with its attributes
    as controls and a Media Library picker for the data file. Plain script on the editor's own
    globals (wp.blocks, wp.blockEditor, wp.components, wp.element), so it needs no build step.
    The chart is drawn live in the editor by the same bundle the site uses; the post stores only
    the settings, and the server makes the markup (so every role's edit keeps the chart). */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config || !config.widgets) return;
  var el = wp.element.createElement;
  var useRef = wp.element.useRef;
  var useEffect = wp.element.useEffect;
  var be = wp.blockEditor;
  var c = wp.components;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var DATA_TYPES = ['text/csv', 'application/json', 'text/plain'];

  function attributesOf(widget) {
    var out = { 'data-id': { type: 'integer' }, 'fallback-summary': { type: 'string' } };
    Object.keys(widget.attributes).forEach(function (name) {
      out[name] = { type: widget.attributes[name].type === 'boolean' ? 'boolean' : 'string' };
    });
    return out;
  }

  /** The element's attributes from the block's (false booleans and empty strings left out). */
  function elementProps(widget, a) {
    var props = {};
    Object.keys(widget.attributes).forEach(function (name) {
      var value = a[name];
      if (name === 'suppress-below') {
        props[name] = String(Math.max(config.suppressBelow, parseInt(value, 10) || 0));
        return;
      }
      if (value === undefined || value === null || value === '' || value === false) return;
      props[name] = value === true ? '' : String(value);
    });
    return props;
  }

  function dataPanel(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    return el(
      c.PanelBody,
      { title: __('Data', 'outcome-kit'), initialOpen: true },
      el(be.MediaUploadCheck, null,
        el(be.MediaUpload, {
          allowedTypes: DATA_TYPES,
          value: a['data-id'],
          onSelect: function (media) {
            set({ 'data-id': media.id, src: media.url, 'fallback-summary': '' });
          },
          render: function (o) {
            return el(c.Button, { variant: 'secondary', onClick: o.open }, a.src ? __('Replace data file', 'outcome-kit') : __('Choose data file (CSV or JSON)', 'outcome-kit'));
          },
        }),
      ),
      el(c.TextControl, {
        label: __('Data address (src)', 'outcome-kit'),
        help: __('A CSV or JSON file from the Media Library, this site, or an allowed origin (Settings → Outcome Kit).', 'outcome-kit'),
        value: a.src || '',
        onChange: function (v) {
          set({ src: v, 'data-id': undefined, 'fallback-summary': '' });
        },
      }),
    );
  }

  function settingsPanel(widget, props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var controls = Object.keys(widget.attributes).filter(function (name) {
      return name !== 'src';
    }).map(function (name) {
      var info = widget.attributes[name];
      var change = function (v) {
        var next = {};
        next[name] = v;
        set(next);
      };
      if (info.type === 'boolean') return el(c.ToggleControl, { key: name, label: name, help: info.description, checked: !!a[name], onChange: change });
      if (name === 'suppress-below') {
        return el(c.TextControl, {
          key: name,
          label: name,
          type: 'number',
          min: config.suppressBelow,
          help: sprintf(__('Groups of this many students or fewer are not shown. This site never shows fewer than %d.', 'outcome-kit'), config.suppressBelow),
          value: a[name] || String(config.suppressBelow),
          onChange: change,
        });
      }
      return el(c.TextControl, { key: name, label: name, help: info.description, value: a[name] || '', onChange: change });
    });
    return el(c.PanelBody, { title: __('Chart settings', 'outcome-kit'), initialOpen: true }, controls);
  }

  function makeEdit(name, widget) {
    return function Edit(props) {
      var a = props.attributes;
      var ref = useRef(null);
      var blockProps = be.useBlockProps({ className: 'outcome-kit-chart' });
      // Keep the summary of what the chart shows, for visitors without JavaScript. It comes from the
      // kit's model, so it never holds a suppressed group.
      useEffect(function () {
        var node = ref.current;
        if (!node) return undefined;
        var onRender = function () {
          var views = node.currentViews;
          if (views && views.summary && views.summary !== a['fallback-summary']) props.setAttributes({ 'fallback-summary': views.summary });
        };
        node.addEventListener('outcome-render', onRender);
        return function () {
          node.removeEventListener('outcome-render', onRender);
        };
      });
      var preview = a.src
        ? el(widget.tag, Object.assign({ ref: ref }, elementProps(widget, a)))
        : el(c.Placeholder, { icon: 'chart-line', label: widget.title, instructions: __('Choose the data file (CSV or JSON) in the block settings, or upload one to the Media Library.', 'outcome-kit') },
            el(be.MediaUploadCheck, null,
              el(be.MediaUpload, {
                allowedTypes: DATA_TYPES,
                onSelect: function (media) {
                  props.setAttributes({ 'data-id': media.id, src: media.url });
                },
                render: function (o) {
                  return el(c.Button, { variant: 'primary', onClick: o.open }, __('Media Library', 'outcome-kit'));
                },
              }),
            ),
          );
      return el('div', blockProps, el(be.InspectorControls, null, dataPanel(props), settingsPanel(widget, props)), preview);
    };
  }

  Object.keys(config.widgets).forEach(function (name) {
    var widget = config.widgets[name];
    if (wp.blocks.getBlockType('outcome-kit/' + name) && wp.blocks.getBlockType('outcome-kit/' + name).edit) return;
    wp.blocks.registerBlockType('outcome-kit/' + name, {
      apiVersion: 2,
      title: widget.title,
      description: widget.description,
      category: 'widgets',
      icon: 'chart-line',
      keywords: ['chart', 'outcome', 'data'],
      attributes: attributesOf(widget),
      supports: { html: false, align: ['wide', 'full'] },
      edit: makeEdit(name, widget),
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.outcomeKitBlocks);
