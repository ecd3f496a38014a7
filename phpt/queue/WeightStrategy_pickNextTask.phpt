--TEST--
WeightStrategy::pickNextTask(): a queue drawn empty is left out and the rest drawn again (fall-through), all-zero weights, bad input, wait time, PHP code, log
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;
use oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface;

$s = (new WeightStrategy())->setSeed(1);
var_dump($s instanceof SelectorStrategyInterface, $s->getWaitTime(), $s->__toPhpCode());

echo "fall-through: the queue drawn is empty, the other one is not: every call returns a task\n";
$empty = new QueueDouble('empty', null, 1000000);
$full = new QueueDouble('full', null, 1);
$full->items = range(1, 50);
$got = [];
for ($i = 0; $i < 50; $i++) {
    $got[] = $s->pickNextTask([$empty, $full]);
}
var_dump($got === range(1, 50), $full->dequeues, $empty->dequeues >= 45);
echo "both empty: each polled once, then null\n";
$empty->dequeues = $full->dequeues = 0;
var_dump($s->pickNextTask([$empty, $full]), $empty->dequeues, $full->dequeues);

echo "a zero weight is never picked while another with work is positive, polled once the others are empty\n";
$zero = new QueueDouble('zero', null, 0);
$one = new QueueDouble('one', null, 1);
$one->items = array_fill(0, 200, 'o');
$zero->items = ['z'];
for ($i = 0; $i < 200; $i++) {
    $s->pickNextTask([$zero, $one]);
}
var_dump($zero->dequeues, $one->dequeues, $s->pickNextTask([$zero, $one]), $one->dequeues);

echo "all weights 0: every queue gets picked (TAO: random_int(1, 0) error)\n";
$qs = [new QueueDouble('x', null, 0), new QueueDouble('y', null, 0), new QueueDouble('z', null, 0)];
for ($i = 0; $i < 3000; $i++) {
    $s->pickNextTask($qs);
}
foreach ($qs as $q) {
    echo $q->getName(), ' ', $q->dequeues > 800 ? 'picked' : "only {$q->dequeues}", "\n";
}

echo "no queues: null\n";
var_dump($s->pickNextTask([]));

echo "not a queue:\n";
try {
    $s->pickNextTask([$one, 'queue']);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}

echo "dequeue() exceptions reach the caller:\n";
$broken = new class('broken') extends QueueDouble {
    public function dequeue() { throw new \RuntimeException('queue down'); }
};
try {
    $s->pickNextTask([$broken]);
} catch (\RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

echo "debug log of the pick (TAO's wording):\n";
$logger = new LoggerDouble();
$s->setLogger($logger);
var_dump($s->getLogger() === $logger);
$s->pickNextTask([new QueueDouble('background', null, 1)]);
$logger->dump();
?>
--EXPECT--
bool(true)
int(1)
string(64) "new \oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy()"
fall-through: the queue drawn is empty, the other one is not: every call returns a task
bool(true)
int(50)
bool(true)
both empty: each polled once, then null
NULL
int(1)
int(1)
a zero weight is never picked while another with work is positive, polled once the others are empty
int(0)
int(200)
string(1) "z"
int(201)
all weights 0: every queue gets picked (TAO: random_int(1, 0) error)
x picked
y picked
z picked
no queues: null
NULL
not a queue:
oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy::pickNextTask(): Argument #1 ($queues) must contain only oat\tao\model\taskQueue\QueueInterface objects, string found at position 1
dequeue() exceptions reach the caller:
queue down
debug log of the pick (TAO's wording):
bool(true)
  [debug] Queue "BACKGROUND" picked by WeightStrategy
