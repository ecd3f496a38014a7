<?php
/*
 * `php create-task.php ROOT OWNER LABEL [CLASS] [PARAMS_JSON]`: creates a task as OWNER
 * through QueueDispatcher::createTask() of ROOT's tao/taskQueue (the browser test's
 * "a task created through the API") and prints its id.
 */
[, $root, $owner, $label] = $argv + [null, null, null, null];
$class = $argv[4] ?? 'BrowserTest\StepTask';
$params = json_decode($argv[5] ?? '{}', true) ?: [];
define('ROOT_PATH', "$root/");
require __DIR__ . '/tasks.php';
$dispatcher = require "$root/config/tao/taskQueue.conf.php";
$dispatcher->setOwner($owner);
echo $dispatcher->createTask(new $class(), $params, $label)->getId(), "\n";
