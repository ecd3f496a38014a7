--TEST--
LongRunningWorker::run() in memory: a task whose report nests 100 levels deep ends completed with its report stored whole; deeper than the report model's limit it ends failed, never stuck running
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
require __DIR__ . '/inc/deep_report.inc';
use oat\tao\model\taskQueue\{Queue, TaskLog};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
$queue = new Queue('deep', new InMemoryQueueBroker());
$queue->setTaskLog($log);
tq_deep_report_run($queue, $log, 'deep');
?>
--EXPECT--
100 levels: completed, report info "Running task deep100", 101 levels read back
256 levels: failed, report error "Executing task deep256 failed: its report cannot be built", 1 levels read back
  error: The report of task deep256 cannot be built: Invalid task report: reports nest deeper than 512 levels of JSON
300 levels: failed, report info "Running task deep300", 2 levels read back
  warning: Task deep300 returned a value that cannot be stored: maximum nesting depth of 512 exceeded
