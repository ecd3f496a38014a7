--TEST--
AbstractTask::applyWorkerContext() sets the flag read by isWorkerContext(); fluent as TAO's trait
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', '');
var_dump($t->isWorkerContext());
var_dump($t->applyWorkerContext() === $t);
var_dump($t->isWorkerContext());
var_dump((clone $t)->isWorkerContext());
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
