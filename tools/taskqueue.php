<?php
/*
 * taskqueue.php: runs the extension's CLI tools (and any TAO action) from a real TAO root.
 *
 * TAO's own `php index.php '<action>'` only runs classes that implement
 * oat\oatbox\action\Action or services registered in its config; the extension's native
 * tools cannot implement that PHP interface. This script is the extension's front
 * controller for such a root: it boots TAO as index.php does (Composer's autoloader,
 * generis' config and bootstrap), hands TAO's ServiceManager to the tool, runs it, prints
 * the report as TAO does, and exits 1 when the report holds an error (TAO exits 0).
 *
 * Install: copy it into the TAO root, next to index.php (or set TASKQUEUE_ROOT), then e.g.
 *   sudo -u www-data php taskqueue.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --broker=rds --persistence=default --receive=10
 *   sudo -u www-data php taskqueue.php 'oat\taoTaskQueue\scripts\tools\RunWorker' --queue=background --limit=1000 --memory-limit=512
 *   sudo -u www-data php taskqueue.php 'oat\taoTaskQueue\scripts\tools\StuckTaskSummary' -q background -w 'oat\taoQtiItem\model\tasks\ImportQtiItem'
 *   sudo -u www-data php taskqueue.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --stats
 * TAO's own actions run the same way: php taskqueue.php 'oat\tao\scripts\tools\SomeAction' ...
 */
if (PHP_SAPI !== 'cli') {
    http_response_code(404);
    exit;
}
if (!extension_loaded('taskqueue')) {
    fwrite(STDERR, "taskqueue.php: the taskqueue extension is not loaded (extension=taskqueue.so in php.ini, or php -d extension=...)\n");
    exit(1);
}

$root = getenv('TASKQUEUE_ROOT') ?: __DIR__;
$root = rtrim(realpath($root) ?: $root, '/\\') . DIRECTORY_SEPARATOR;
if (!is_dir($root . 'config')) {
    fwrite(STDERR, "taskqueue.php: $root is not a TAO root (no config/ directory); copy this script there or set TASKQUEUE_ROOT\n");
    exit(1);
}
chdir($root);

$serviceManager = null;
if (is_file($root . 'vendor/autoload.php')) {
    require_once $root . 'vendor/autoload.php';
    // What TAO's index.php does before dispatching: generis' config, then the bootstrap
    // (constants such as ROOT_PATH, the CLI session, the service manager).
    if (class_exists('oat\generis\Model\Config\ConfigInitializer')) {
        (new oat\generis\Model\Config\ConfigInitializer())->initialize();
    }
    if (class_exists('oat\tao\model\mvc\Bootstrap') && is_file($root . 'config/generis.conf.php')) {
        $bootstrap = new oat\tao\model\mvc\Bootstrap($root . 'config/generis.conf.php');
        $bootstrap->start();
    }
    if (class_exists('oat\oatbox\service\ServiceManager')) {
        try {
            $serviceManager = oat\oatbox\service\ServiceManager::getServiceManager();
        } catch (Throwable $e) {
            fwrite(STDERR, "taskqueue.php: TAO's ServiceManager is not available ({$e->getMessage()}); services are read from config/\n");
        }
    }
}
if (!defined('ROOT_PATH')) {
    define('ROOT_PATH', $root);
}

exit(\TaskQueue\Cli::run($argv, $serviceManager));
