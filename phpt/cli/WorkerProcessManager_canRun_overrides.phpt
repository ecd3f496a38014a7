--TEST--
WorkerProcessManager::canRun(): a PHP override of getMemoryUsage() or getCpuUsage() (a subclass, TAO's partial mocks) is the reading it compares with the limits; the readings are untyped as TAO's, so an override may answer an int
--FILE--
<?php
use oat\taoTaskQueue\model\Worker\WorkerProcessManager;

class FixedManager extends WorkerProcessManager
{
    public function __construct(private $memory, private $cpu) { parent::__construct(); }
    public function getMemoryUsage() { return $this->memory; }
    public function getCpuUsage() { return $this->cpu; }
}
foreach ([[50, 50], [90, 50], [50, 90], [79.9, 79.9]] as [$memory, $cpu]) {
    $m = new FixedManager($memory, $cpu);
    $m->setLimitOfMemory(80);
    $m->setLimitOfCpu(80);
    echo "memory $memory, cpu $cpu: ", var_export($m->canRun(), true), "\n";
}
$m = new WorkerProcessManager();
var_dump(is_float($m->getMemoryUsage()), is_float($m->getCpuUsage()));
echo (new ReflectionMethod(WorkerProcessManager::class, 'getMemoryUsage'))->hasReturnType() ? "typed\n" : "untyped\n";
--EXPECT--
memory 50, cpu 50: true
memory 90, cpu 50: false
memory 50, cpu 90: false
memory 79.9, cpu 79.9: true
bool(true)
bool(true)
untyped
