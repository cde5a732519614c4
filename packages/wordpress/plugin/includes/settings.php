<?php
/**
 * Settings → Outcome Kit: where the bundle comes from, which other origins data may come from,
 * and the privacy threshold (never below 10).
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The site's settings with their defaults filled in.
 *
 * @return array{bundle_url: string, data_origins: string[], suppress_below: int}
 */
function outcome_kit_settings() {
	$saved = get_option( 'outcome_kit_settings', array() );
	$saved = is_array( $saved ) ? $saved : array();
	return outcome_kit_sanitize_settings( $saved );
}

/**
 * Cleans settings from the form (or the database): an https/http bundle URL or empty (the copy
 * hosted with the site), a list of origins, and a whole-number threshold of at least 10.
 *
 * @param mixed $input Raw settings.
 * @return array{bundle_url: string, data_origins: string[], suppress_below: int}
 */
function outcome_kit_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$bundle = isset( $input['bundle_url'] ) ? trim( (string) $input['bundle_url'] ) : '';
	$bundle = '' === $bundle ? '' : esc_url_raw( $bundle, array( 'https', 'http' ) );

	$origins = isset( $input['data_origins'] ) ? $input['data_origins'] : array();
	if ( is_string( $origins ) ) {
		$origins = preg_split( '/[\s,]+/', $origins );
	}
	$clean = array();
	foreach ( (array) $origins as $origin ) {
		$origin = outcome_kit_origin( (string) $origin );
		if ( $origin && ! in_array( $origin, $clean, true ) ) {
			$clean[] = $origin;
		}
	}

	$threshold = isset( $input['suppress_below'] ) ? (int) $input['suppress_below'] : OUTCOME_KIT_MIN_SUPPRESS;
	return array(
		'bundle_url'     => $bundle,
		'data_origins'   => $clean,
		'suppress_below' => max( OUTCOME_KIT_MIN_SUPPRESS, $threshold ),
	);
}

/**
 * The origin (scheme://host[:port]) of a URL, or '' when it has none.
 *
 * @param string $url A URL.
 * @return string
 */
function outcome_kit_origin( $url ) {
	$parts = wp_parse_url( trim( $url ) );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	$origin = strtolower( $parts['scheme'] ) . '://' . strtolower( $parts['host'] );
	if ( ! empty( $parts['port'] ) ) {
		$origin .= ':' . (int) $parts['port'];
	}
	return $origin;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'outcome_kit',
			'outcome_kit_settings',
			array(
				'type'              => 'object',
				'sanitize_callback' => 'outcome_kit_sanitize_settings',
				'default'           => outcome_kit_sanitize_settings( array() ),
			)
		);
		add_settings_section( 'outcome_kit_main', '', '__return_false', 'outcome-kit' );
		$fields = array(
			'bundle_url'     => __( 'Bundle location', 'outcome-kit' ),
			'data_origins'   => __( 'Allowed data origins', 'outcome-kit' ),
			'suppress_below' => __( 'Privacy threshold', 'outcome-kit' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field( 'outcome_kit_' . $key, $label, 'outcome_kit_field_' . $key, 'outcome-kit', 'outcome_kit_main', array( 'label_for' => 'outcome_kit_' . $key ) );
		}
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'Outcome Kit', 'outcome-kit' ), __( 'Outcome Kit', 'outcome-kit' ), 'manage_options', 'outcome-kit', 'outcome_kit_settings_page' );
	}
);

/** Settings page. */
function outcome_kit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Outcome Kit', 'outcome-kit' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'outcome_kit' );
	do_settings_sections( 'outcome-kit' );
	submit_button();
	echo '</form></div>';
}

/** Bundle URL field. */
function outcome_kit_field_bundle_url() {
	$s = outcome_kit_settings();
	printf(
		'<input type="url" class="regular-text code" id="outcome_kit_bundle_url" name="outcome_kit_settings[bundle_url]" value="%s" placeholder="%s" aria-describedby="outcome_kit_bundle_url_help" /><p class="description" id="outcome_kit_bundle_url_help">%s</p>',
		esc_attr( $s['bundle_url'] ),
		esc_attr( outcome_kit_hosted_bundle_url() ),
		esc_html__( 'Leave empty to use the copy that comes with this plugin (hosted with the site). Or give the address of outcome-kit.js on your CDN; the files beside it (outcome-kit.module.js, chunks/) must be there too.', 'outcome-kit' )
	);
}

/** Allowed data origins field. */
function outcome_kit_field_data_origins() {
	$s = outcome_kit_settings();
	printf(
		'<textarea class="large-text code" rows="3" id="outcome_kit_data_origins" name="outcome_kit_settings[data_origins]" aria-describedby="outcome_kit_data_origins_help">%s</textarea><p class="description" id="outcome_kit_data_origins_help">%s</p>',
		esc_textarea( implode( "\n", $s['data_origins'] ) ),
		esc_html__( 'One per line, for example https://data.example.org. Charts may always load data files from this site (the Media Library); a chart whose data address is elsewhere shows a message instead.', 'outcome-kit' )
	);
}

/** Privacy threshold field. */
function outcome_kit_field_suppress_below() {
	$s = outcome_kit_settings();
	printf(
		'<input type="number" min="%1$d" step="1" class="small-text" id="outcome_kit_suppress_below" name="outcome_kit_settings[suppress_below]" value="%2$d" aria-describedby="outcome_kit_suppress_below_help" /><p class="description" id="outcome_kit_suppress_below_help">%3$s</p>',
		(int) OUTCOME_KIT_MIN_SUPPRESS,
		(int) $s['suppress_below'],
		esc_html__( 'Student groups of this many students or fewer are never shown, in any chart on this site. It cannot be set below 10; a block may ask for more, never for less.', 'outcome-kit' )
	);
}
