<?php
/**
 * Plugin Name:       Outcome Kit
 * Description:       Accessible outcome charts (run chart, gap chart, theory of action, driver diagram, PDSA log, equity report, county grid) as blocks and a shortcode. The markup is made on the server from the block's settings, so every role that may edit posts can add a chart, and a lower role's edit keeps it.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       outcome-kit
 *
 * @package OutcomeKit
 */

defined( 'ABSPATH' ) || exit;

define( 'OUTCOME_KIT_VERSION', '0.1.0' );
define( 'OUTCOME_KIT_FILE', __FILE__ );
define( 'OUTCOME_KIT_DIR', plugin_dir_path( __FILE__ ) );
/** Groups of this many students or fewer are never shown; no setting goes below it. */
define( 'OUTCOME_KIT_MIN_SUPPRESS', 10 );

require_once OUTCOME_KIT_DIR . 'includes/widgets.php';
require_once OUTCOME_KIT_DIR . 'includes/settings.php';
require_once OUTCOME_KIT_DIR . 'includes/render.php';
require_once OUTCOME_KIT_DIR . 'includes/blocks.php';
require_once OUTCOME_KIT_DIR . 'includes/shortcode.php';
require_once OUTCOME_KIT_DIR . 'includes/oembed.php';
require_once OUTCOME_KIT_DIR . 'includes/media.php';
