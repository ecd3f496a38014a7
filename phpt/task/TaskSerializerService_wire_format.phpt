--TEST--
TaskSerializerService: TAO's reference task JSON (doc/ARCHITECTURE.md, section 5) deserializes into the same CallbackTask and serializes back to the same bytes
--FILE--
<?php
namespace oat\oatbox\action {
    interface Action { public function __invoke($params); }
}
namespace oat\tao\model\task {
    // TAO's export action, reduced to a generis Action of the same name
    class ExportByHandler implements \oat\oatbox\action\Action
    {
        public function __invoke($params) { return 'exported ' . count($params); }
    }
}

namespace {
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

// as TAO writes it: json_encode() default flags, so "/" is escaped
$ref = <<<'JSON'
{"taskFqcn":"oat\\tao\\model\\taskQueue\\Task\\CallbackTask","metadata":{"__id__":"http:\/\/www.taotesting.com\/ontologies\/tao.rdf#i15402228521886108","__created_at__":"2018-10-22T15:40:52+00:00","__owner__":"","__master_status__":0,"__label__":"ExportByHandler","__callable__":"oat\\tao\\model\\task\\ExportByHandler"},"parameters":[]}
JSON;
// the same task as the spec prints it (slashes not escaped)
$printed = <<<'JSON'
{"taskFqcn":"oat\\tao\\model\\taskQueue\\Task\\CallbackTask","metadata":{"__id__":"http://www.taotesting.com/ontologies/tao.rdf#i15402228521886108","__created_at__":"2018-10-22T15:40:52+00:00","__owner__":"","__master_status__":0,"__label__":"ExportByHandler","__callable__":"oat\\tao\\model\\task\\ExportByHandler"},"parameters":[]}
JSON;
var_dump(json_encode(json_decode($ref, true)) === $ref);   // $ref really is PHP's own form

$service = new TaskSerializerService();
foreach (['escaped' => $ref, 'printed' => $printed] as $form => $json) {
    echo "-- $form\n";
    $task = $service->deserialize($json);
    var_dump(get_class($task));
    var_dump($task->getId(), $task->getOwner(), $task->getLabel(), $task->isMasterStatus());
    var_dump(get_class($task->getCallable()), $task->getParameters());
    var_dump($task->getCreatedAt()->format(DATE_ATOM));
    var_dump($task());
    $out = $service->serialize($task);
    var_dump($out === $ref);
    var_dump($out === json_encode($task));              // what PHP itself would write
}
}
?>
--EXPECT--
bool(true)
-- escaped
string(41) "oat\tao\model\taskQueue\Task\CallbackTask"
string(63) "http://www.taotesting.com/ontologies/tao.rdf#i15402228521886108"
string(0) ""
string(15) "ExportByHandler"
bool(false)
string(34) "oat\tao\model\task\ExportByHandler"
array(0) {
}
string(25) "2018-10-22T15:40:52+00:00"
string(10) "exported 0"
bool(true)
bool(true)
-- printed
string(41) "oat\tao\model\taskQueue\Task\CallbackTask"
string(63) "http://www.taotesting.com/ontologies/tao.rdf#i15402228521886108"
string(0) ""
string(15) "ExportByHandler"
bool(false)
string(34) "oat\tao\model\task\ExportByHandler"
array(0) {
}
string(25) "2018-10-22T15:40:52+00:00"
string(10) "exported 0"
bool(true)
bool(true)
