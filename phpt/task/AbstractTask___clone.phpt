--TEST--
AbstractTask::__clone() gives a new id and created-at; metadata, parameters and children are copied; the original is untouched
--INI--
taskqueue.namespace=http://www.tao.lu/Ontologies/test.rdf#
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('orig', 'owner');
$t->setCreatedAt(new DateTime('2001-02-03 04:05:06', new DateTimeZone('UTC')));
$t->setParentId('parent')->setLabel('lbl')->setMasterStatus(1)->setMetadata('RdsMessageId', 9);
$t->setParameter(['p' => [1, 2]]);
$t->addChildId('c1');

$c = clone $t;
var_dump($t->getId());
var_dump((bool) preg_match('/^http:\/\/www\.tao\.lu\/Ontologies\/test\.rdf#i\d{24}$/', $c->getId()));
var_dump($c->getCreatedAt() !== $t->getCreatedAt());
var_dump(abs($c->getCreatedAt()->getTimestamp() - time()) <= 2, $c->getCreatedAt()->getTimezone()->getName());
var_dump($t->getCreatedAt()->format('c'));
var_dump($c->getParentId(), $c->getLabel(), $c->isMasterStatus(), $c->getMetadata('RdsMessageId'), $c->getOwner());
var_dump($c->getParameters() === $t->getParameters(), $c->getChildren());
echo implode(',', array_keys($c->jsonSerialize()['metadata'])), "\n";

$c->setParameter('p', 'changed')->addChildId('c2');
var_dump($t->getParameter('p'), $t->getChildren());
$ids = [];
for ($i = 0; $i < 1000; $i++) {
    $ids[(clone $t)->getId()] = true;
}
var_dump(count($ids));

// a subclass overriding __clone() and calling the parent
class U extends AbstractTask
{
    public $cloned = 0;
    public function __invoke() {}
    public function __clone(): void { parent::__clone(); $this->cloned++; }
}
$u = new U('u', '');
$v = clone $u;
var_dump($v->cloned, $v->getId() !== 'u');
?>
--EXPECT--
string(4) "orig"
bool(true)
bool(true)
bool(true)
string(3) "UTC"
string(25) "2001-02-03T04:05:06+00:00"
string(6) "parent"
string(3) "lbl"
bool(true)
int(9)
string(5) "owner"
bool(true)
array(1) {
  [0]=>
  string(2) "c1"
}
__id__,__created_at__,__owner__,__parent_id__,__label__,__master_status__,RdsMessageId
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  string(2) "c1"
}
int(1000)
int(1)
bool(true)
