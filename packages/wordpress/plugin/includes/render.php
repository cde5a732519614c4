<?php
/**
 * The markup of a chart, made on the server from a block's or shortcode's settings: the
 * <outcome-*> element with only that widget's own attributes (escaped), the site's privacy
 * threshold, a data address checked against the allowed origins, and a no-JS fallback inside.
 * Because WordPress stores only the settings (block comment or shortcode), no role's content
 * filter can strip the element, and an edit by an Author keeps it.
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

/** Curly quotes a word processor or the editor's "smart quotes" put around a value (a regex class, UTF-8). */
const OUTCOME_KIT_CURLY_QUOTES = '\x{201C}\x{201D}\x{201E}\x{2018}\x{2019}\x{201A}\x{2033}\x{2032}\x{00AB}\x{00BB}';

/** Attributes whose text may rightly begin or end with quotation marks: kept as written. */
const OUTCOME_KIT_TEXT_ATTRIBUTES = array( 'heading', 'x-label', 'y-label', 'entity', 'fallback-summary' );

/**
 * The value without the curly (or straight) quotes and spaces pasted around it (UTF-8 aware).
 *
 * @param string $value An attribute value.
 * @return string
 */
function outcome_kit_unquote( $value ) {
	$out = preg_replace( '/^[\s"\'' . OUTCOME_KIT_CURLY_QUOTES . ']+|[\s"\'' . OUTCOME_KIT_CURLY_QUOTES . ']+$/u', '', (string) $value );
	return null === $out ? trim( (string) $value ) : $out;
}

/**
 * The URL of outcome-kit.js: the configured CDN copy, else the copy hosted with the site.
 *
 * @return string
 */
function outcome_kit_bundle_url() {
	$s = outcome_kit_settings();
	return '' !== $s['bundle_url'] ? $s['bundle_url'] : outcome_kit_hosted_bundle_url();
}

/** The copy of the bundle that ships in this plugin's bundle/ folder. */
function outcome_kit_hosted_bundle_url() {
	return plugins_url( 'bundle/outcome-kit.js', OUTCOME_KIT_FILE );
}

/** The iframe embed page beside the bundle. */
function outcome_kit_embed_page_url() {
	return preg_replace( '/outcome-kit\.js(\?.*)?$/', 'embed.html', outcome_kit_bundle_url() );
}

/** Registers (once) and enqueues the bundle and the plugin's small stylesheet. */
function outcome_kit_enqueue() {
	if ( ! wp_script_is( 'outcome-kit', 'registered' ) ) {
		wp_register_script( 'outcome-kit', outcome_kit_bundle_url(), array(), OUTCOME_KIT_VERSION, false );
		wp_register_style( 'outcome-kit', plugins_url( 'assets/outcome-kit.css', OUTCOME_KIT_FILE ), array(), OUTCOME_KIT_VERSION );
	}
	wp_enqueue_script( 'outcome-kit' );
	wp_enqueue_style( 'outcome-kit' );
}

/**
 * Origins a chart may load data from: this site's own (home, site, uploads) and the configured ones.
 *
 * @return string[]
 */
function outcome_kit_allowed_origins() {
	$uploads = wp_get_upload_dir();
	$own     = array( home_url( '/' ), site_url( '/' ), content_url( '/' ), isset( $uploads['baseurl'] ) ? $uploads['baseurl'] : '' );
	$list    = array();
	foreach ( $own as $url ) {
		$origin = outcome_kit_origin( (string) $url );
		if ( $origin ) {
			$list[] = $origin;
		}
	}
	return array_values( array_unique( array_merge( $list, outcome_kit_settings()['data_origins'] ) ) );
}

/**
 * The absolute data URL, or a WP_Error naming why it is refused.
 *
 * @param string $src A data address (absolute, or relative to the site).
 * @return string|WP_Error
 */
function outcome_kit_data_url( $src ) {
	$src = outcome_kit_unquote( $src );
	if ( '' === $src ) {
		return '';
	}
	if ( ! preg_match( '#^[a-z][a-z0-9+.-]*:#i', $src ) ) {
		$src = 0 === strpos( $src, '//' ) ? set_url_scheme( $src ) : home_url( '/' . ltrim( $src, '/' ) );
	}
	$origin = outcome_kit_origin( $src );
	if ( ! $origin ) {
		/* translators: %s: the data address. */
		return new WP_Error( 'outcome_kit_src', sprintf( __( 'The data address “%s” must be a web address (http:// or https://).', 'outcome-kit' ), $src ) );
	}
	if ( ! in_array( $origin, outcome_kit_allowed_origins(), true ) ) {
		/* translators: %s: an origin such as https://data.example.org. */
		return new WP_Error( 'outcome_kit_origin', sprintf( __( 'This site does not load chart data from %s. An administrator can allow it under Settings → Outcome Kit.', 'outcome-kit' ), $origin ) );
	}
	return esc_url_raw( $src );
}

/**
 * The element's markup for a widget and its settings.
 *
 * @param string $name     Widget name (run-chart …).
 * @param array  $settings Attribute name => value (kebab-case, as the element's attributes), plus
 *                         optional 'data-id' (a Media Library attachment) and 'fallback-summary'.
 * @param string $wrapper  Attributes for the wrapping <div> (a block's get_block_wrapper_attributes()).
 * @return string
 */
function outcome_kit_markup( $name, $settings, $wrapper = '' ) {
	$widget = outcome_kit_widget( $name );
	if ( ! $widget ) {
		/* translators: %s: what was given as the widget name. */
		return outcome_kit_notice( sprintf( __( '“%s” is not an Outcome Kit widget.', 'outcome-kit' ), outcome_kit_unquote( (string) $name ) ) );
	}
	$settings = is_array( $settings ) ? $settings : array();
	$clean    = array();
	foreach ( $settings as $key => $value ) {
		if ( is_scalar( $value ) ) {
			$key           = strtolower( (string) $key );
			$clean[ $key ] = is_bool( $value ) ? $value : ( in_array( $key, OUTCOME_KIT_TEXT_ATTRIBUTES, true ) ? trim( (string) $value ) : outcome_kit_unquote( (string) $value ) );
		}
	}

	// Data: a Media Library file, else the src address.
	$src = isset( $clean['src'] ) ? (string) $clean['src'] : '';
	if ( '' === $src && ! empty( $clean['data-id'] ) ) {
		$file = wp_get_attachment_url( (int) $clean['data-id'] );
		$src  = $file ? $file : '';
	}
	$url = outcome_kit_data_url( $src );
	if ( is_wp_error( $url ) ) {
		return outcome_kit_notice( $url->get_error_message() );
	}

	$attrs = array();
	foreach ( $widget['attributes'] as $attr => $info ) {
		if ( 'src' === $attr ) {
			if ( '' !== $url ) {
				$attrs['src'] = $url;
			}
			continue;
		}
		if ( 'suppress-below' === $attr ) {
			$asked           = isset( $clean[ $attr ] ) ? (int) $clean[ $attr ] : 0;
			$attrs[ $attr ]  = (string) max( outcome_kit_settings()['suppress_below'], $asked );
			continue;
		}
		if ( ! isset( $clean[ $attr ] ) || '' === $clean[ $attr ] ) {
			continue;
		}
		$value = $clean[ $attr ];
		if ( 'boolean' === $info['type'] ) {
			if ( true === $value || preg_match( '/^(1|true|yes|on|' . preg_quote( $attr, '/' ) . ')$/i', (string) $value ) ) {
				$attrs[ $attr ] = true;
			}
			continue;
		}
		$attrs[ $attr ] = (string) $value;
	}

	$html = '<' . $widget['tag'];
	foreach ( $attrs as $attr => $value ) {
		$html .= true === $value ? ' ' . $attr : ' ' . $attr . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . outcome_kit_fallback( $widget, $attrs, $clean ) . '</' . $widget['tag'] . '>';

	outcome_kit_enqueue();
	$wrapper = '' !== $wrapper ? $wrapper : 'class="outcome-kit-chart"';
	return '<div ' . $wrapper . '>' . $html . '</div>';
}

/**
 * What a visitor without JavaScript sees (inside the element, hidden once the chart renders):
 * the heading, the summary the editor saved from the rendered chart (already without any
 * suppressed group, since it comes from the kit's model), and a sentence naming the chart.
 *
 * @param array $widget The widget's definition.
 * @param array $attrs  The element's attributes.
 * @param array $clean  The settings.
 * @return string
 */
function outcome_kit_fallback( $widget, $attrs, $clean ) {
	$out = '<div class="outcome-kit-fallback">';
	if ( ! empty( $attrs['heading'] ) ) {
		$out .= '<p class="outcome-kit-fallback-heading"><strong>' . esc_html( $attrs['heading'] ) . '</strong></p>';
	}
	if ( ! empty( $clean['fallback-summary'] ) ) {
		$out .= '<p class="outcome-kit-fallback-summary">' . esc_html( $clean['fallback-summary'] ) . '</p>';
	}
	/* translators: %s: the widget's name, such as "Run chart". */
	$out .= '<p class="outcome-kit-fallback-note">' . esc_html( sprintf( __( '%s: this chart needs JavaScript to draw.', 'outcome-kit' ), $widget['title'] ) ) . '</p>';
	return $out . '</div>';
}

/**
 * A visible note in place of a chart that cannot be shown (text only).
 *
 * @param string $message The message.
 * @return string
 */
function outcome_kit_notice( $message ) {
	return '<div class="outcome-kit-notice" role="alert"><p>' . esc_html( $message ) . '</p></div>';
}
