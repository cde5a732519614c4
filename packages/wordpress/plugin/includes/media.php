<?php
/**
 * Data files in the Media Library: CSV is allowed by WordPress already; JSON is added for roles
 * that may upload files (the browser and PHP often call a JSON file text/plain, so that is accepted too).
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'upload_mimes',
	function ( $mimes ) {
		$mimes['json'] = 'application/json';
		return $mimes;
	}
);

add_filter(
	'wp_check_filetype_and_ext',
	function ( $data, $file, $filename ) {
		if ( empty( $data['ext'] ) && preg_match( '/\.json$/i', (string) $filename ) ) {
			$data['ext']  = 'json';
			$data['type'] = 'application/json';
		}
		return $data;
	},
	10,
	3
);
