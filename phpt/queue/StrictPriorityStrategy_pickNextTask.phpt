--TEST--
StrictPriorityStrategy::pickNextTask(): highest weight first, down on a miss within the same call, from the top on every call; wait 5 only after a full empty round
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy;
use oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface;

$s = new StrictPriorityStrategy();
$logger = new LoggerDouble();
$s->setLogger($logger);
var_dump($s instanceof SelectorStrategyInterface, $s->__toPhpCode());

// configured low to high; ties keep their configured order
$low = new QueueDouble('low', null, 10);
$high = new QueueDouble('high', null, 90);
$mid = new QueueDouble('mid', null, 30);
$mid2 = new QueueDouble('mid2', null, 30);
$queues = [$low, $mid, $high, $mid2];
$low->items = ['L1', 'L2'];
$mid2->items = ['M2'];

$trace = [];
for ($i = 0; $i < 16; $i++) {
    $task = $s->pickNextTask($queues);
    $trace[] = ($task ?? '-') . '/' . $s->getWaitTime();
}
echo implode(' ', $trace), "\n";
echo implode("\n", array_map(fn($l) => substr($l, 7), array_slice($logger->lines, 0, 6))), "\n";

// a task appearing at the top is taken at the next call (TAO waits for its cursor to come round)
$high->items = ['H1'];
$trace = [];
for ($i = 0; $i < 5; $i++) {
    $task = $s->pickNextTask($queues);
    $trace[] = ($task ?? '-') . '/' . $s->getWaitTime();
}
echo implode(' ', $trace), "\n";
$logger->lines = [];

echo "before any pick, and with no queues:\n";
$fresh = new StrictPriorityStrategy();
var_dump($fresh->getWaitTime());
$one = new QueueDouble('only', null, 1);
var_dump($fresh->pickNextTask([$one]), $fresh->getWaitTime());
var_dump($fresh->pickNextTask([]), $fresh->getWaitTime());

echo "a dequeue() that throws half-way down: the exception goes up, the next pick starts at the top\n";
$top = new QueueDouble('top', null, 90);
$flaky = new class('flaky', null, 30) extends QueueDouble {
    public int $calls = 0;
    public function dequeue() { if (++$this->calls === 1) { throw new \RuntimeException('flaky down'); } return null; }
};
$bottom = new QueueDouble('bottom', null, 10);
$s2 = new StrictPriorityStrategy();
try {
    $s2->pickNextTask([$bottom, $flaky, $top]);
} catch (\RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
$top->items = ['T1'];
var_dump($s2->pickNextTask([$bottom, $flaky, $top]), $flaky->calls);

echo "bad input:\n";
try {
    $fresh->pickNextTask([new \stdClass()]);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
string(65) "new \oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy()"
M2/0 L1/0 L2/0 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5 -/5
Queue "HIGH" picked by StrictPriorityStrategy
Queue "MID" picked by StrictPriorityStrategy
Queue "MID2" picked by StrictPriorityStrategy
Queue "HIGH" picked by StrictPriorityStrategy
Queue "MID" picked by StrictPriorityStrategy
Queue "MID2" picked by StrictPriorityStrategy
H1/0 -/5 -/5 -/5 -/5
before any pick, and with no queues:
int(5)
NULL
int(5)
NULL
int(5)
a dequeue() that throws half-way down: the exception goes up, the next pick starts at the top
flaky down
string(2) "T1"
int(1)
bad input:
oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy::pickNextTask(): Argument #1 ($queues) must contain only oat\tao\model\taskQueue\QueueInterface objects, stdClass found at position 0
