<?php
// The suite runs against the built extension: php -d extension=modules/taskqueue.so phpunit ...
if (!extension_loaded('taskqueue')) {
    fwrite(STDERR, "taskqueue is not loaded: run php -d extension=<path>/taskqueue.so phpunit -c tests/phpunit/phpunit.xml\n");
    exit(1);
}
require __DIR__ . '/fixtures.php';
