<?php
/**
 * oEmbed: a chart address (the kit's embed.html?widget=…&src=…) pasted on its own line becomes
 * the chart in an iframe that follows its height. The plugin registers itself as the provider for
 * those addresses, answers them without an HTTP round trip (pre_oembed_result), and serves the
 * same answer at /wp-json/outcome-kit/v1/oembed for other sites and CMSs (Drupal's oEmbed
 * providers list can point at it; see the kit's oembed-providers.json).
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The regular expression that matches chart addresses on the kit's embed page.
 *
 * @return string
 */
function outcome_kit_oembed_pattern() {
	$page = preg_replace( '#^https?:#i', '', outcome_kit_embed_page_url() );
	return '#^https?:' . preg_quote( $page, '#' ) . '\?.*$#i';
}

add_action(
	'init',
	function () {
		wp_oembed_add_provider( outcome_kit_oembed_pattern(), rest_url( 'outcome-kit/v1/oembed' ), true );
	}
);

/**
 * The oEmbed response for a chart address, or null when it is not one.
 *
 * @param string $url      The address.
 * @param int    $maxwidth Largest width the consumer allows (0: any).
 * @return array|null
 */
function outcome_kit_oembed_data( $url, $maxwidth = 0 ) {
	$url = html_entity_decode( trim( (string) $url ), ENT_QUOTES );
	if ( ! preg_match( outcome_kit_oembed_pattern(), $url ) ) {
		return null;
	}
	$query = array();
	wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	if ( empty( $query['widget'] ) || ! outcome_kit_widget( (string) $query['widget'] ) ) {
		return null;
	}
	$title  = ! empty( $query['heading'] ) ? sanitize_text_field( (string) $query['heading'] ) : __( 'Outcome Kit chart', 'outcome-kit' );
	$height = 600;
	$width  = $maxwidth > 0 ? min( 900, (int) $maxwidth ) : 900;
	$resize = preg_replace( '/embed\.html$/', 'outcome-kit-resize.js', outcome_kit_embed_page_url() );
	$html   = sprintf(
		'<iframe class="outcome-kit-embed" src="%1$s" title="%2$s" width="100%%" height="%3$d" style="border:0;width:100%%" loading="lazy"></iframe><script src="%4$s"></script>',
		esc_url( $url ),
		esc_attr( $title ),
		$height,
		esc_url( $resize )
	);
	return array(
		'version'       => '1.0',
		'type'          => 'rich',
		'provider_name' => 'Outcome Kit',
		'provider_url'  => home_url( '/' ),
		'title'         => $title,
		'width'         => $width,
		'height'        => $height,
		'html'          => $html,
	);
}

// WordPress itself: no HTTP request to our own endpoint.
add_filter(
	'pre_oembed_result',
	function ( $result, $url, $args ) {
		if ( null !== $result ) {
			return $result;
		}
		$data = outcome_kit_oembed_data( $url, isset( $args['width'] ) ? (int) $args['width'] : 0 );
		return $data ? $data['html'] : null;
	},
	20,
	3
);

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'outcome-kit/v1',
			'/oembed',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'args'                => array(
					'url'      => array(
						'type'     => 'string',
						'required' => true,
					),
					'maxwidth' => array( 'type' => 'integer' ),
				),
				'callback'            => function ( WP_REST_Request $request ) {
					$data = outcome_kit_oembed_data( (string) $request['url'], (int) $request['maxwidth'] );
					if ( ! $data ) {
						return new WP_Error( 'oembed_invalid_url', __( 'Not an Outcome Kit chart address.', 'outcome-kit' ), array( 'status' => 404 ) );
					}
					return $data;
				},
			)
		);
		// This site as an oEmbed provider, in the providers.json format Drupal's "oEmbed Providers URL" setting reads.
		register_rest_route(
			'outcome-kit/v1',
			'/providers',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => function () {
					return array(
						array(
							'provider_name' => 'Outcome Kit',
							'provider_url'  => home_url( '/' ),
							'endpoints'     => array(
								array(
									'schemes'   => array( outcome_kit_embed_page_url() . '?*' ),
									'url'       => rest_url( 'outcome-kit/v1/oembed' ),
									'formats'   => array( 'json' ),
									'discovery' => false,
								),
							),
						),
					);
				},
			)
		);
	}
);
