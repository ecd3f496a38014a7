--TEST--
AbstractTask::getMetadata(): non-string key → InvalidArgumentException; missing → default
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', 'o');
var_dump($t->getMetadata('missing'));
var_dump($t->getMetadata('missing', 'default_value'));
$t->setMetadata('12', 'twelve');
var_dump($t->getMetadata('12'));
foreach ([12, null, new stdClass(), ['a']] as $bad) {
    try {
        $t->getMetadata($bad);
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
NULL
string(13) "default_value"
string(6) "twelve"
Non-string argument provided as a metadata key
Non-string argument provided as a metadata key
Non-string argument provided as a metadata key
Non-string argument provided as a metadata key
