<?php
/*
 * `php enqueue.php ROOT OK FAIL`: creates OK tasks MetricsTest\Work (queue metrics_a) and
 * FAIL tasks MetricsTest\Fail (queue metrics_b) through ROOT's tao/taskQueue; prints the
 * ids of the failing ones, one a line.
 */
[, $root, $ok, $fail] = $argv + [null, null, 0, 0];
define('ROOT_PATH', "$root/");
require __DIR__ . '/tasks.php';
$dispatcher = require "$root/config/tao/taskQueue.conf.php";
$dispatcher->setOwner('metrics-user');
for ($i = 0; $i < (int) $ok; $i++) {
    $dispatcher->createTask(new MetricsTest\Work(), ['ms' => 5], "work $i");
}
for ($i = 0; $i < (int) $fail; $i++) {
    echo $dispatcher->createTask(new MetricsTest\Fail(), [], "fail $i")->getId(), "\n";
}
