--TEST--
WeightStrategy::pickNextTask(): weights 90/30/10 over 100,000 seeded picks, each share within 1 percentage point
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;

$queues = [new QueueDouble('priority', null, 90), new QueueDouble('standard', null, 30), new QueueDouble('background', null, 10)];
$s = (new WeightStrategy())->setSeed(20261127);
$picks = 100000;
for ($i = 0; $i < $picks; $i++) {
    if ($s->pickNextTask($queues) !== null) {
        echo "unexpected task\n";
    }
}
$total = 0;
foreach ($queues as $q) {
    $share = $q->dequeues / $picks;
    $want = $q->getWeight() / 130;
    $total += $q->dequeues;
    printf("%-10s %s\n", $q->getName(), abs($share - $want) < 0.01 ? 'ok' : "off: $share vs $want");
}
var_dump($total);
?>
--EXPECT--
priority   ok
standard   ok
background ok
int(100000)
