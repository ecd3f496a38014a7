--TEST--
TaskSerializerService: __created_at__ survives the round trip as a \DateTime in UTC; a task without one keeps the time it was rebuilt
--INI--
date.timezone=America/New_York
taskqueue.allowed_callables=Reverse
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class Reverse { public function __invoke($p) { return 'r'; } }

$s = new TaskSerializerService();
$t = new CallbackTask('id-1', 'me');
$t->setCallable(new Reverse());
$t->setCreatedAt(new DateTime('2019-03-04 05:06:07', new DateTimeZone('UTC')));
$back = $s->deserialize($s->serialize($t));
$at = $back->getCreatedAt();
var_dump(get_class($at), $at->getTimezone()->getName(), $at->format('Y-m-d H:i:s'));
var_dump($at->getTimestamp() === $t->getCreatedAt()->getTimestamp());

function build($createdAt) {
    $md = ['__id__' => 'x', '__owner__' => ''];
    if ($createdAt !== false) {
        $md['__created_at__'] = $createdAt;
    }
    return json_encode(['taskFqcn' => CallbackTask::class, 'metadata' => $md + ['__callable__' => 'Reverse'], 'parameters' => []]);
}
foreach (['2018-10-22T17:40:52+02:00', '2018-10-22T15:40:52Z', '2018-10-22T15:40:52.250000+00:00', '2018-10-22 15:40:52'] as $in) {
    $at = $s->deserialize(build($in))->getCreatedAt();
    echo $in, ' -> ', $at->format('Y-m-d\TH:i:s.uP e'), "\n";
}
// absent or null: the constructor's "now" stays
foreach ([false, null] as $none) {
    $task = $s->deserialize(build($none));
    var_dump(abs($task->getCreatedAt()->getTimestamp() - time()) <= 2);
}
// re-serialising an offset date writes the UTC form
echo json_decode($s->serialize($s->deserialize(build('2018-10-22T17:40:52+02:00'))), true)['metadata']['__created_at__'], "\n";
?>
--EXPECT--
string(8) "DateTime"
string(3) "UTC"
string(19) "2019-03-04 05:06:07"
bool(true)
2018-10-22T17:40:52+02:00 -> 2018-10-22T15:40:52.000000+00:00 UTC
2018-10-22T15:40:52Z -> 2018-10-22T15:40:52.000000+00:00 UTC
2018-10-22T15:40:52.250000+00:00 -> 2018-10-22T15:40:52.250000+00:00 UTC
2018-10-22 15:40:52 -> 2018-10-22T15:40:52.000000+00:00 UTC
bool(true)
bool(true)
2018-10-22T15:40:52+00:00
