--TEST--
LongRunningWorker::run() on PostgreSQL (RdsQueueBroker, RdsTaskLogBroker): a task whose report nests 100 levels deep ends completed with its report stored whole; deeper than the report model's limit it ends failed, never stuck running
--EXTENSIONS--
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/inc/deep_report.inc';

tq_rds_cleanup('lrwdeep', 'lrwdeep#');
[$queue, $log] = tq_rds_queue('lrwdeep');
$queue->initialize();
$log->createContainer();
tq_deep_report_run($queue, $log, 'lrwdeep#');
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
tq_rds_cleanup('lrwdeep', 'lrwdeep#');
?>
--EXPECT--
100 levels: completed, report info "Running task lrwdeep#100", 101 levels read back
256 levels: failed, report error "Executing task lrwdeep#256 failed: its report cannot be built", 1 levels read back
  error: The report of task lrwdeep#256 cannot be built: Invalid task report: reports nest deeper than 512 levels of JSON
300 levels: failed, report info "Running task lrwdeep#300", 2 levels read back
  warning: Task lrwdeep#300 returned a value that cannot be stored: maximum nesting depth of 512 exceeded
