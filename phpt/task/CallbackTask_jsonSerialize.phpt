--TEST--
CallbackTask::jsonSerialize() writes metadata __callable__ (class name, JsonSerializable value, string or array) as the last key
--FILE--
<?php
namespace app;

use oat\tao\model\taskQueue\Task\CallbackTask;

class Export { public function __invoke($p) {} public static function run($p) {} }
class Described implements \JsonSerializable
{
    public function __invoke($p) {}
    public function jsonSerialize(): mixed { return ['class' => self::class, 'opt' => 1]; }
}

function show(CallbackTask $t)
{
    $d = $t->jsonSerialize();
    echo $d['taskFqcn'], ' | ', implode(',', array_keys($d['metadata'])), ' | ', json_encode($d['metadata']['__callable__']), "\n";
}

$t = new CallbackTask('id', '');
$t->setCreatedAt(new \DateTime('2020-01-01T00:00:00+00:00'));
$t->setCallable(new Export());
$t->setLabel('Export');
show($t);
// the key written earlier moves to the end when metadata is added after it
$t->setMetadata('RdsMessageId', 5);
show($t);
var_dump($t->getMetadata('__callable__'));   // jsonSerialize() records it, as TAO does
$t->setCallable(new Described());
show($t);
$t->setCallable('app\Export::run');
show($t);
$t->setCallable([Export::class, 'run']);
show($t);
$t->setCallable(fn ($p) => 1);
show($t);
echo json_encode($t), "\n";

// no callable: null, as TAO writes it
$n = new CallbackTask('n', '');
var_dump(array_key_exists('__callable__', $n->jsonSerialize()['metadata']), $n->jsonSerialize()['metadata']['__callable__']);
?>
--EXPECT--
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,__callable__ | "app\\Export"
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,RdsMessageId,__callable__ | "app\\Export"
string(10) "app\Export"
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,RdsMessageId,__callable__ | {"class":"app\\Described","opt":1}
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,RdsMessageId,__callable__ | "app\\Export::run"
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,RdsMessageId,__callable__ | ["app\\Export","run"]
oat\tao\model\taskQueue\Task\CallbackTask | __id__,__created_at__,__owner__,__label__,RdsMessageId,__callable__ | "Closure"
{"taskFqcn":"oat\\tao\\model\\taskQueue\\Task\\CallbackTask","metadata":{"__id__":"id","__created_at__":"2020-01-01T00:00:00+00:00","__owner__":"","__label__":"Export","RdsMessageId":5,"__callable__":"Closure"},"parameters":[]}
bool(true)
NULL
