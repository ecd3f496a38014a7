--TEST--
Queue::__construct(): name required, weight stored as abs(int), broker told the queue name
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

foreach (['', '0', null, 0, false] as $empty) {
    try {
        new Queue($empty, new BrokerDouble());
        echo "no exception\n";
    } catch (\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$broker = new BrokerDouble();
$q = new Queue('fakeQueue', $broker, 23);
Journal::dump();
var_dump($q->getName(), $q->getWeight(), (string) $q, $q->getBroker() === $broker);

// TAO's abs($weight), kept as an int
foreach ([-5, '7', 2.9, -2.9, true, null] as $w) {
    echo json_encode($w), ' => ', (new Queue('q', new BrokerDouble(), $w))->getWeight(), "\n";
}
var_dump((new Queue('q', new BrokerDouble()))->getWeight());
var_dump($q->setWeight(-40) === $q, $q->getWeight());
try {
    $q->setWeight('heavy');
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $q->setWeight([1]);
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($q->getWeight());

// setBroker renames the new broker after the queue and is fluent
Journal::$calls = [];
$other = new BrokerDouble();
var_dump($q->setBroker($other) === $q, $q->getBroker() === $other);
Journal::dump();

// a numeric name becomes a string; an array is refused
var_dump((new Queue(42, new BrokerDouble()))->getName());
try {
    new Queue(['q'], new BrokerDouble());
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
Journal::$calls = [];
?>
--EXPECT--
InvalidArgumentException: Queue name needs to be set.
InvalidArgumentException: Queue name needs to be set.
InvalidArgumentException: Queue name needs to be set.
InvalidArgumentException: Queue name needs to be set.
InvalidArgumentException: Queue name needs to be set.
  broker->setQueueName('fakeQueue')
string(9) "fakeQueue"
int(23)
string(9) "fakeQueue"
bool(true)
-5 => 5
"7" => 7
2.9 => 2
-2.9 => 2
true => 1
null => 0
int(1)
bool(true)
int(40)
Queue weight must be a number, string given
Queue weight must be a number, array given
int(40)
bool(true)
bool(true)
  broker->setQueueName('fakeQueue')
string(2) "42"
Queue name must be a string, array given
