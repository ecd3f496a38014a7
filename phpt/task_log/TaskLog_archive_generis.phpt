--TEST--
TaskLog throws generis' common_Exception and common_exception_NotFound when they exist
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

class common_Exception extends Exception {}
class common_exception_NotFound extends common_Exception {}

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->add(TaskLogTest\task('run'), 'running');
try {
    $log->archive($log->getById('run'));
} catch (common_Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $log->cancel($log->getById('run'));
} catch (common_Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $log->getById('http://x#i404');
} catch (common_exception_NotFound $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
common_Exception: Task cannot be archived because it is in progress.
common_Exception: Task cannot be cancelled because it is already dequeued.
common_exception_NotFound: Task log for task "http://x#i404" not found
