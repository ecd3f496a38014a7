--TEST--
TaskLogEntity: getFileNameFromReport() and getResourceUriFromReport() on the report array
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

function r($type, $data = null, array $children = []) {
    return ['type' => $type, 'message' => $type, 'data' => $data, 'children' => $children];
}
function entity($report, $status = 'completed') {
    return new TaskLogEntity('i', null, 'T', CategorizedStatus::createFromString($status), [], '', '', null, null, $report);
}
function show($report, $status = 'completed') {
    $e = entity($report, $status);
    var_dump($e->getFileNameFromReport(), $e->getResourceUriFromReport());
}

echo "no report\n";
show(null);
echo "failed task\n";
show(r('info', null, [r('success', 'file.zip')]), 'failed');
echo "string data of a direct success child wins at once\n";
show(r('info', null, [r('info', 'skip.txt'), r('success', ['uriResource' => 'u1']), r('success', 'export.zip'), r('success', 'later.zip')]));
echo "uriResource: the last direct one; for the URI the first in the tree\n";
show(r('info', null, [r('success', ['uriResource' => 'u1']), r('warning', ['uriResource' => 'w']), r('success', ['uriResource' => 'u2'])]));
echo "nested: the file name looks at direct children only, the URI at the whole tree, parents first\n";
show(r('info', null, [
    r('info', null, [r('success', ['uriResource' => 'deep1'], [r('success', ['uriResource' => 'deeper'])])]),
    r('success', ['uriResource' => 'top'], []),
]));
echo "the root itself does not count\n";
show(r('success', ['uriResource' => 'root'], [r('error', 'x')]));
echo "uriResource null is not set\n";
show(r('info', null, [r('success', ['uriResource' => null])]));

// an object report with toArray() is read the same way
class ArrayReport { public function __construct(private array $a) {} public function toArray() { return $this->a; } }
$e = entity(new ArrayReport(r('info', null, [r('success', 'obj.csv')])));
var_dump($e->getFileNameFromReport(), $e->toArray()['report']['children'][0]['data']);

// a JsonSerializable report (children objects too) is flattened through JSON
class JsonReport implements JsonSerializable {
    public function __construct(private string $type, private $data, private array $kids = []) {}
    public function jsonSerialize(): array { return ['type' => $this->type, 'message' => 'm', 'data' => $this->data, 'children' => $this->kids]; }
}
$e = entity(new JsonReport('info', null, [new JsonReport('success', ['uriResource' => 'u9'])]));
var_dump($e->getResourceUriFromReport(), $e->toArray()['report']['children'][0]['data']);
?>
--EXPECT--
no report
string(0) ""
string(0) ""
failed task
string(0) ""
string(0) ""
string data of a direct success child wins at once
string(10) "export.zip"
string(2) "u1"
uriResource: the last direct one; for the URI the first in the tree
string(2) "u2"
string(2) "u1"
nested: the file name looks at direct children only, the URI at the whole tree, parents first
string(3) "top"
string(5) "deep1"
the root itself does not count
string(0) ""
string(0) ""
uriResource null is not set
string(0) ""
string(0) ""
string(7) "obj.csv"
string(7) "obj.csv"
string(2) "u9"
array(1) {
  ["uriResource"]=>
  string(2) "u9"
}
