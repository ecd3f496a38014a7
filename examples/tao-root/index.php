<?php
/*
 * The front controller of a TAO-like root, for the command line, as TAO's own index.php:
 *
 *   php index.php '<action class>' [--option=value ...]
 *   php index.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' --broker=rds --persistence=default
 *   php index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' --queue=priority --stop-when-empty
 *
 * The services live in config/ as in TAO: config/tao/taskQueue.conf.php (the queues),
 * config/tao/taskLog.conf.php (the Task Log), config/generis/persistences.conf.php (the
 * database; the environment variable TASKQUEUE_PERSISTENCE_DEFAULT overrides it).
 * The example's own actions and tasks (namespace oat\taskQueueExample) are in src/.
 * The exit status is 1 when the report holds an error, else 0.
 */
if (!extension_loaded('taskqueue')) {
    fwrite(STDERR, "index.php: the taskqueue extension is not loaded; run php -d extension=/path/to/taskqueue.so index.php ...\n");
    exit(1);
}

// A task read from a queue names what runs: TAO's own rule allows only services and
// generis Actions, so the installation lists its other task classes (README, "ini settings").
ini_set('taskqueue.allowed_callables', 'oat\\taskQueueExample\\');

// What TAO's generis.conf.php defines: the root, where config/ lives.
define('ROOT_PATH', __DIR__ . DIRECTORY_SEPARATOR);

spl_autoload_register(static function (string $class): void {
    $prefix = 'oat\\taskQueueExample\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});

exit(\TaskQueue\Cli::run($argv));
