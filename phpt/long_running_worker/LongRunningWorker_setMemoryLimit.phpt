--TEST--
LongRunningWorker::setMemoryLimit(): the worker ends after the task that took it over the limit (real memory in use), with its buffered claims given back
--INI--
pcre.jit=0
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory use is not measured with USE_ZEND_ALLOC=0 (valgrind)');
?>
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$dir = tq_tmpdir('memory');
[$queue, $log] = tq_dir_queue($dir, 3);
tq_enqueue($queue, $dir, 5, ['alloc' => 24]);
$logger = new ArrayLogger();
$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger);
$limit = intdiv(memory_get_usage(true), 1024 * 1024) + 16;
var_dump($w->setMemoryLimit($limit) === $w);
$w->setTimeLimit(30); // a safety net only
$w->run();
echo "handled: ", $w->getProcessedCount(), ", acknowledged: ", tq_files($dir, 'done'), ", still claimed: ", tq_files($dir, 'claimed'),
    ", given back: ", count(tq_lines("$dir/releases.log")), ", waiting: ", tq_files($dir, 'ready'), "\n";
foreach ($logger->lines as $l) {
    if (str_contains($l, 'Memory limit')) {
        echo str_replace($limit, 'L', preg_replace(['/ \{.*/', '/\(\d+ MB/'], ['', '(N MB'], $l)), "\n";
    }
}
echo "t1: ", $log->getStatus('t1'), ", t2: ", $log->getStatus('t2'), "\n";
tq_rmdir($dir);
?>
--EXPECT--
bool(true)
handled: 1, acknowledged: 1, still claimed: 0, given back: 2, waiting: 4
info: Memory limit of L MB reached (N MB in use) after 1 task(s); stopping.
t1: completed, t2: enqueued
