--TEST--
WeightStrategy::setSeed(): the same seed replays the same picks; another seed does not; unseeded strategies differ
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;

function picks(WeightStrategy $s, int $n = 200): string
{
    $queues = [];
    foreach (['a' => 5, 'b' => 3, 'c' => 2] as $name => $w) {
        $q = new QueueDouble($name, null, $w);
        for ($i = 0; $i < $n; $i++) {
            $q->items[] = $name;
        }
        $queues[] = $q;
    }
    $out = '';
    for ($i = 0; $i < $n; $i++) {
        $out .= $s->pickNextTask($queues);
    }
    return $out;
}

$s = new WeightStrategy();
var_dump($s->setSeed(7) === $s);
$first = picks($s);
var_dump(strlen($first), $first === picks((new WeightStrategy())->setSeed(7)));
var_dump($first === picks((new WeightStrategy())->setSeed(8)));
// re-seeding restarts the sequence
var_dump(picks($s->setSeed(7)) === $first);
// negative and zero seeds are seeds like any other
var_dump(picks((new WeightStrategy())->setSeed(-1)) === picks((new WeightStrategy())->setSeed(-1)));
var_dump(picks((new WeightStrategy())->setSeed(0)) === picks((new WeightStrategy())->setSeed(0)));
// without a seed each strategy draws from the OS
var_dump(picks(new WeightStrategy()) !== picks(new WeightStrategy()));
// a clone continues the same sequence
$a = (new WeightStrategy())->setSeed(99);
picks($a, 10);
$b = clone $a;
var_dump(picks($a) === picks($b));
try {
    $s->setSeed('x');
} catch (\TypeError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
bool(true)
int(200)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
TypeError
