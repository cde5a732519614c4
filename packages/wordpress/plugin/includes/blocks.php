<?php
/**
 * One block per widget (outcome-kit/run-chart …), each with the widget's attributes as
 * controls and a Media Library picker for its data file. The blocks are dynamic: the post
 * stores only their settings, and the markup is made on the server (render.php).
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block attributes of a widget: its element attributes (kebab-case, as in the shortcode),
 * the Media Library file (data-id) and the summary saved for visitors without JavaScript.
 *
 * @param array $widget The widget's definition.
 * @return array
 */
function outcome_kit_block_attributes( $widget ) {
	$attributes = array(
		'data-id'          => array( 'type' => 'integer' ),
		'fallback-summary' => array( 'type' => 'string' ),
	);
	foreach ( $widget['attributes'] as $name => $info ) {
		$attributes[ $name ] = array( 'type' => 'boolean' === $info['type'] ? 'boolean' : 'string' );
	}
	return $attributes;
}

add_action(
	'init',
	function () {
		wp_register_script(
			'outcome-kit-blocks',
			plugins_url( 'assets/blocks.js', OUTCOME_KIT_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			OUTCOME_KIT_VERSION,
			true
		);
		$settings = outcome_kit_settings();
		wp_add_inline_script(
			'outcome-kit-blocks',
			'window.outcomeKitBlocks = ' . wp_json_encode(
				array(
					'widgets'       => outcome_kit_widgets(),
					'suppressBelow' => $settings['suppress_below'],
					'minSuppress'   => OUTCOME_KIT_MIN_SUPPRESS,
				)
			) . ';',
			'before'
		);
		foreach ( outcome_kit_widgets() as $name => $widget ) {
			register_block_type(
				'outcome-kit/' . $name,
				array(
					'api_version'     => 2,
					'title'           => $widget['title'],
					'description'     => $widget['description'],
					'category'        => 'widgets',
					'icon'            => 'chart-line',
					'keywords'        => array( 'chart', 'outcome', 'data' ),
					'attributes'      => outcome_kit_block_attributes( $widget ),
					'supports'        => array( 'html' => false, 'align' => array( 'wide', 'full' ) ),
					'editor_script'   => 'outcome-kit-blocks',
					'render_callback' => function ( $attributes ) use ( $name ) {
						return outcome_kit_markup( $name, $attributes, get_block_wrapper_attributes( array( 'class' => 'outcome-kit-chart' ) ) );
					},
				)
			);
		}
	}
);

// The editor draws the charts live, with the same bundle the site uses.
add_action( 'enqueue_block_editor_assets', 'outcome_kit_enqueue' );
