--TEST--
TaskLog: constructor check, options, getBroker() (object or service id), isRds(), __toPhpCode()
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

foreach ([null, [], ['task_log_broker' => ''], ['task_log_broker' => null], ['other' => 1]] as $opts) {
    try {
        $opts === null ? new TaskLog() : new TaskLog($opts);
        echo "accepted\n";
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}

$broker = new InMemoryTaskLogBroker();
$log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => $broker, 'default_batch_size' => 1000]);
var_dump($log instanceof TaskLogInterface, $log->getBroker() === $broker, $log->isRds());
var_dump($log->hasOption('default_batch_size'), $log->getOption('nope', 'dflt'), array_keys($log->getOptions()));
$log->setOption('task_ui_ignore_list', ['A']);
var_dump($log->getOption('task_ui_ignore_list'));
$log->createContainer();

// a service id goes through the service locator, which the broker then receives
class Locator {
    public $services = [];
    public function get($id) { echo "locator: $id\n"; return $this->services[$id]; }
}
$loc = new Locator();
$loc->services['tao/memoryTaskLogBroker'] = new InMemoryTaskLogBroker('located');
$log = new TaskLog(['task_log_broker' => 'tao/memoryTaskLogBroker']);
$log->setServiceLocator($loc);
var_dump($log->getBroker()->getTableName(), $log->getBroker() === $loc->services['tao/memoryTaskLogBroker']);
var_dump($log->getBroker()->getServiceLocator() === $loc, $log->getServiceLocator() === $loc);

$log = new TaskLog(['task_log_broker' => 'tao/nowhere']);
try {
    $log->getBroker();
} catch (\RuntimeException $e) {
    echo get_class($e), "\n";
}
$log = new TaskLog(['task_log_broker' => new stdClass]);
try {
    $log->getBroker();
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($log->getStatus('x'));   // inside getStatus() the failure is logged, as TAO does

class RdsLikeBroker extends InMemoryTaskLogBroker implements TaskLog\Broker\RdsTaskLogBrokerInterface {}
var_dump((new TaskLog(['task_log_broker' => new RdsLikeBroker()]))->isRds());

class MyTaskLog extends TaskLog {}
$log = new MyTaskLog([
    'task_log_broker' => new InMemoryTaskLogBroker(),
    'task_to_category_associations' => ['A\\B' => 'export', 'C' => 'import'],
    'task_ui_ignore_list' => ['X\\Y', "it's"],
    'default_batch_size' => 1000,
    'flags' => [true, false, null, 1.5],
    'empty' => [],
    'obj' => new ArrayObject([1]),
]);
$code = $log->__toPhpCode();
echo $code, "\n";
$again = eval('return ' . $code . ';');
var_dump(get_class($again), $again->getOptions() == $log->getOptions());
?>
--EXPECTF--
Task Log Broker service needs to be set.
Task Log Broker service needs to be set.
Task Log Broker service needs to be set.
Task Log Broker service needs to be set.
Task Log Broker service needs to be set.
bool(true)
bool(true)
bool(false)
bool(true)
string(4) "dflt"
array(2) {
  [0]=>
  string(15) "task_log_broker"
  [1]=>
  string(18) "default_batch_size"
}
array(1) {
  [0]=>
  string(1) "A"
}
locator: tao/memoryTaskLogBroker
string(10) "tq_located"
bool(true)
bool(true)
bool(true)
RuntimeException
The task log broker must implement TaskLogBrokerInterface, stdClass given
string(7) "unknown"
bool(true)
new \MyTaskLog(array(
    'task_log_broker' => new \oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker('task_log'),
    'task_to_category_associations' => array(
        'A\\B' => 'export',
        'C' => 'import'
    ),
    'task_ui_ignore_list' => array(
        'X\\Y',
        'it\'s'
    ),
    'default_batch_size' => 1000,
    'flags' => array(
        true,
        false,
        null,
        1.5
    ),
    'empty' => array(
    ),
    'obj' => unserialize('O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{i:0;i:1;}i:2;a:0:{}i:3;N;}')
))
string(9) "MyTaskLog"
bool(true)
