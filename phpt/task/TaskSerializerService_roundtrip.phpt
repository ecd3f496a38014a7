--TEST--
TaskSerializerService: a PHP subclass of AbstractTask with parent id, master status, label and nested parameters survives serialize → deserialize → serialize byte for byte
--FILE--
<?php
namespace app\tasks;

use oat\tao\model\taskQueue\Task\AbstractTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class ImportTask extends AbstractTask
{
    public function __invoke() { return 'imported ' . $this->getParameter('file'); }
}

$t = new ImportTask('http://tao.local/ontologies/tao.rdf#i1', 'http://tao.local/user#u1');
$t->setParentId('http://tao.local/ontologies/tao.rdf#i0')->setMasterStatus(0)->setLabel('Import "items" ü');
$t->setParameter(['file' => '/tmp/a b.zip', 'ids' => [3, 1, 2], 'opts' => ['deep' => ['x' => null]], '5' => 'five', 'f' => 1.25]);
$s = new TaskSerializerService();
$json = $s->serialize($t);
echo $json, "\n";
$back = $s->deserialize($json);
var_dump(get_class($back), $back(), $back->getParentId(), $back->hasParent(), $back->isMasterStatus(), $back->getLabel());
var_dump($back->getParameters() === $t->getParameters());
var_dump($s->serialize($back) === $json);
?>
--EXPECTF--
{"taskFqcn":"app\\tasks\\ImportTask","metadata":{"__id__":"http:\/\/tao.local\/ontologies\/tao.rdf#i1","__created_at__":"%d-%d-%dT%d:%d:%d+00:00","__owner__":"http:\/\/tao.local\/user#u1","__parent_id__":"http:\/\/tao.local\/ontologies\/tao.rdf#i0","__master_status__":0,"__label__":"Import \"items\" \u00fc"},"parameters":{"file":"\/tmp\/a b.zip","ids":[3,1,2],"opts":{"deep":{"x":null}},"5":"five","f":1.25}}
string(20) "app\tasks\ImportTask"
string(21) "imported /tmp/a b.zip"
string(38) "http://tao.local/ontologies/tao.rdf#i0"
bool(true)
bool(false)
string(17) "Import "items" ü"
bool(true)
bool(true)
