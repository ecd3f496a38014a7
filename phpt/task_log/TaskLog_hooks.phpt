--TEST--
TaskLog: PHP overrides of validateStatus(), getBroker(), getOption(), getServiceLocator() and generis' logError() helper are what the native methods call (TAO's partial mocks); TaskLogBrokerInterface declares setServiceLocator()
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use TaskLogTest\TaskDouble;
use TaskLogTest\EchoLogger;

$m = new ReflectionMethod(TaskLogBrokerInterface::class, 'setServiceLocator');
echo "interface: ", $m->getName(), '(', $m->getParameters()[0]->getType(), ")\n";
$m = new ReflectionMethod(TaskLog::class, 'validateStatus');
echo "validateStatus protected: ", var_export($m->isProtected(), true), "\n";

class CountingLog extends TaskLog
{
    public array $calls = [];
    protected function validateStatus($status)
    {
        $this->calls[] = "validateStatus($status)";
        parent::validateStatus($status);
    }
    public function getBroker()
    {
        $this->calls[] = 'getBroker';
        return parent::getBroker();
    }
    public function logError($message, $context = [])
    {
        $this->calls[] = "logError($message)";
    }
}

echo "-- add/setStatus/getStatus go through the overrides\n";
$log = new CountingLog([TaskLog::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
$log->add(new TaskDouble('t1', 'u'), 'enqueued');
var_dump($log->setStatus('t1', 'dequeued', 'enqueued'), $log->getStatus('t1'));
print_r($log->calls);

echo "-- an invalid status still throws (doc/compatibility.md), after the override saw it\n";
$log->calls = [];
try {
    $log->add(new TaskDouble('t2', 'u'), 'bogus');
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
print_r($log->calls);

echo "-- a broker failure is logged through the logError() override\n";
class BrokenBroker extends InMemoryTaskLogBroker
{
    public function getStatus(string $taskId): string { throw new RuntimeException('db down'); }
}
$log = new CountingLog([TaskLog::OPTION_TASK_LOG_BROKER => new BrokenBroker()]);
var_dump($log->getStatus('t1'));
print_r($log->calls);

echo "-- getBroker() reads getOption() and getServiceLocator() overrides once, hands the broker the locator\n";
class LocatorBroker extends InMemoryTaskLogBroker
{
    public function setServiceLocator(object $serviceLocator): void { echo "broker->setServiceLocator(", get_class($serviceLocator), ")\n"; }
}
class OptionLog extends TaskLog
{
    public function getOption($name, $default = null) { echo "getOption($name)\n"; return new LocatorBroker(); }
    public function getServiceLocator() { echo "getServiceLocator()\n"; return new ArrayObject(); }
}
$log = (new ReflectionClass(OptionLog::class))->newInstanceWithoutConstructor();
var_dump(get_class($log->getBroker()), get_class($log->getBroker()));

echo "-- the default helpers write to the logger\n";
$log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
$log->logError('nothing set');
$log->setLogger(new EchoLogger());
$log->logWarning('careful', ['k' => 1]);
$log->logDebug('details');
--EXPECT--
interface: setServiceLocator(object)
validateStatus protected: true
-- add/setStatus/getStatus go through the overrides
int(1)
string(8) "dequeued"
Array
(
    [0] => validateStatus(enqueued)
    [1] => getBroker
    [2] => validateStatus(dequeued)
    [3] => validateStatus(enqueued)
    [4] => getBroker
    [5] => getBroker
)
-- an invalid status still throws (doc/compatibility.md), after the override saw it
Status "bogus" is not a valid task queue status.
Array
(
    [0] => validateStatus(bogus)
)
-- a broker failure is logged through the logError() override
string(7) "unknown"
Array
(
    [0] => getBroker
    [1] => logError(Getting status for task t1 failed with MSG: db down)
)
-- getBroker() reads getOption() and getServiceLocator() overrides once, hands the broker the locator
getOption(task_log_broker)
getServiceLocator()
broker->setServiceLocator(ArrayObject)
string(13) "LocatorBroker"
string(13) "LocatorBroker"
-- the default helpers write to the logger
[warning] careful
[debug] details
