<?php
/**
 * The widgets the bundle defines and their attributes, read from widgets.json (written by
 * packages/wordpress/scripts/zip.js from the kit's custom-elements.json at build time).
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget: name (run-chart) => [ 'tag', 'title', 'description', 'attributes' => [ name => [ 'type', 'description' ] ] ].
 *
 * @return array<string, array>
 */
function outcome_kit_widgets() {
	static $widgets = null;
	if ( null !== $widgets ) {
		return $widgets;
	}
	$widgets = array();
	$file    = OUTCOME_KIT_DIR . 'widgets.json';
	if ( is_readable( $file ) ) {
		$decoded = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		if ( is_array( $decoded ) ) {
			$widgets = $decoded;
		}
	}
	return $widgets;
}

/**
 * One widget's definition, or null when the name is not one the bundle defines.
 *
 * @param string $name Widget name, with or without the outcome- prefix.
 * @return array|null
 */
function outcome_kit_widget( $name ) {
	$name    = preg_replace( '/^outcome-/', '', strtolower( outcome_kit_unquote( (string) $name ) ) );
	$widgets = outcome_kit_widgets();
	return isset( $widgets[ $name ] ) ? $widgets[ $name ] : null;
}
