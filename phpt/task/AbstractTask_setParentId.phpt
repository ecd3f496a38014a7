--TEST--
AbstractTask: setParentId() stores a string, hasParent() is its truthiness; setMasterStatus() stores an int, isMasterStatus() a bool
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', 'o');
var_dump($t->getParentId(), $t->hasParent(), $t->isMasterStatus());
var_dump($t->setParentId(123) === $t);
var_dump($t->getParentId(), $t->hasParent());
$t->setParentId('');
var_dump($t->hasParent());
$t->setParentId('0');
var_dump($t->hasParent());
var_dump($t->setMasterStatus('1') === $t);
var_dump($t->getMetadata('__master_status__'), $t->isMasterStatus());
$t->setMasterStatus(false);
var_dump($t->getMetadata('__master_status__'), $t->isMasterStatus());
$t->setMasterStatus(7.9);
var_dump($t->getMetadata('__master_status__'), $t->isMasterStatus());
?>
--EXPECT--
NULL
bool(false)
bool(false)
bool(true)
string(3) "123"
bool(true)
bool(false)
bool(false)
bool(true)
int(1)
bool(true)
int(0)
bool(false)
int(7)
bool(true)
