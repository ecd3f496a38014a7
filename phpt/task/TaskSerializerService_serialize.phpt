--TEST--
TaskSerializerService::serialize() writes exactly what PHP's json_encode() writes for the task, whatever the parameters hold
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class Custom extends AbstractTask { public function __invoke() {} }
class Pub { public $a = 'x/y'; protected $hidden = 1; }

$s = new TaskSerializerService();
$t = new CallbackTask('http://h/o.rdf#i1', 'http://h/u#me');
$t->setCallable('strtoupper');
$t->setParameter([
    'map' => ['k' => 'v', 'n' => null, 'b' => false],
    'list' => [1, 2.5, 0.1, 1e25, -0.0, 100.0],
    'empty' => [],
    'utf8' => "é😀 <a href='/x'>&amp;</a>",
    'ctrl' => "tab\tnl\n\x01",
    'obj' => new Pub(),
    'sparse' => [1 => 'a', 2 => 'b'],
]);
$out = $s->serialize($t);
var_dump($out === json_encode($t));
echo $out, "\n";

$c = new Custom('c', '');
$c->setCreatedAt(new DateTime('2020-02-02T02:02:02+00:00'));
echo $s->serialize($c), "\n";

// what json_encode cannot write is an exception, not false
$bad = new Custom('bad', '');
$bad->setParameter('nan', NAN);
try {
    $s->serialize($bad);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$bad->setParameter('nan', "\xff");
try {
    $s->serialize($bad);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $s->serialize(new stdClass());
} catch (TypeError $e) {
    echo "TypeError\n";
}
?>
--EXPECTF--
bool(true)
{"taskFqcn":"oat\\tao\\model\\taskQueue\\Task\\CallbackTask","metadata":{"__id__":"http:\/\/h\/o.rdf#i1","__created_at__":"%d-%d-%dT%d:%d:%d+00:00","__owner__":"http:\/\/h\/u#me","__callable__":"strtoupper"},"parameters":{"map":{"k":"v","n":null,"b":false},"list":[1,2.5,0.1,1.0e+25,-0,100],"empty":[],"utf8":"\u00e9\ud83d\ude00 <a href='\/x'>&amp;<\/a>","ctrl":"tab\tnl\n\u0001","obj":{"a":"x\/y"},"sparse":{"1":"a","2":"b"}}}
{"taskFqcn":"Custom","metadata":{"__id__":"c","__created_at__":"2020-02-02T02:02:02+00:00","__owner__":""},"parameters":[]}
InvalidArgumentException: Cannot encode as JSON: Inf and NaN cannot be JSON encoded
InvalidArgumentException: Cannot encode as JSON: malformed UTF-8 characters, possibly incorrectly encoded
TypeError
