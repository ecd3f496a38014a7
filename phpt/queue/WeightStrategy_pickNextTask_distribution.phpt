--TEST--
WeightStrategy::pickNextTask(): weights 90/30/10 over 100,000 seeded picks with every queue full, each share within 1 percentage point; with the heaviest empty, the others share by their weights
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;

/** A queue that never runs out of tasks, or is always empty. */
class EndlessQueue extends QueueDouble
{
    public bool $empty = false;
    public int $served = 0;
    public function dequeue()
    {
        $this->dequeues++;
        if ($this->empty) {
            return null;
        }
        $this->served++;
        return 'task';
    }
}

function shares(array $queues, WeightStrategy $s, int $picks, int $weightSum): void
{
    foreach ($queues as $q) {
        $q->dequeues = $q->served = 0;
    }
    $tasks = 0;
    for ($i = 0; $i < $picks; $i++) {
        $tasks += $s->pickNextTask($queues) !== null;
    }
    echo "tasks: $tasks\n";
    foreach ($queues as $q) {
        $share = $q->served / $picks;
        $want = $q->empty ? 0 : $q->getWeight() / $weightSum;
        printf("%-10s %s, polled %s\n", $q->getName(), abs($share - $want) < 0.01 ? 'ok' : "off: $share vs $want",
            $q->dequeues === $picks ? 'at every pick' : ($q->dequeues === $q->served ? 'only when it served' : 'sometimes'));
    }
}

$queues = [new EndlessQueue('priority', null, 90), new EndlessQueue('standard', null, 30), new EndlessQueue('background', null, 10)];
$s = (new WeightStrategy())->setSeed(20261127);
echo "every queue has work:\n";
shares($queues, $s, 100000, 130);
echo "priority is empty:\n";
$queues[0]->empty = true;
shares($queues, $s, 100000, 40);
?>
--EXPECT--
every queue has work:
tasks: 100000
priority   ok, polled only when it served
standard   ok, polled only when it served
background ok, polled only when it served
priority is empty:
tasks: 100000
priority   ok, polled sometimes
standard   ok, polled only when it served
background ok, polled only when it served
