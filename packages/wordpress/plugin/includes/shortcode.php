<?php
/**
 * [outcome_chart widget="run-chart" src="/wp-content/uploads/2025/01/absence.csv" x="month" y="rate"]
 * for the classic editor (and any role that may edit posts). Every other attribute that names
 * one of the widget's attributes is passed on; curly quotes pasted around values are removed.
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

add_shortcode(
	'outcome_chart',
	function ( $atts ) {
		$atts   = is_array( $atts ) ? $atts : array();
		$widget = isset( $atts['widget'] ) ? $atts['widget'] : 'run-chart';
		unset( $atts['widget'] );
		// An unquoted or curly-quoted value arrives as a positional attribute ("x=”month”"): read it.
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) && preg_match( '/^([\w-]+)=(.*)$/u', (string) $value, $m ) ) {
				$atts[ strtolower( $m[1] ) ] = $m[2];
				unset( $atts[ $key ] );
			}
		}
		return outcome_kit_markup( $widget, $atts );
	}
);
