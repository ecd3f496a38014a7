--TEST--
TaskLog falls back to common_report_Report (autoloaded) when the newer Report class is missing
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

spl_autoload_register(function ($class) {
    echo "autoload $class\n";
    if ($class === 'common_report_Report') {
        eval('class common_report_Report {
            public $type; public $message;
            public static function jsonUnserialize($data) { $r = new self(); $r->type = $data["type"]; $r->message = $data["message"]; return $r; }
        }');
    }
});

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->add(TaskLogTest\task('t1'), 'running');
$log->setReport('t1', ['type' => 'error', 'message' => 'Executing task t1 failed'], 'failed');
$r = $log->getReport('t1');
var_dump(get_class($r), $r->type, $r->message);
$r = $log->getReport('t1');
var_dump(get_class($r));
?>
--EXPECT--
autoload oat\oatbox\reporting\Report
autoload common_report_Report
string(20) "common_report_Report"
string(5) "error"
string(24) "Executing task t1 failed"
autoload oat\oatbox\reporting\Report
string(20) "common_report_Report"
