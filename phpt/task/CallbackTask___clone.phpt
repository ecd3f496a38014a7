--TEST--
CallbackTask::__clone() clones the callable object, resets enqueued, and gives a new id and created-at
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;

class Counter { public $n = 0; public function __invoke($p) { return ++$this->n; } }
class NoClone { public function __invoke($p) {} private function __clone() {} }

$t = new CallbackTask('orig', 'o');
$t->setCreatedAt(new DateTime('2000-01-01', new DateTimeZone('UTC')));
$t->setCallable(new Counter())->setLabel('L')->setParameter('a', 1)->markAsEnqueued();
$t();
$c = clone $t;
var_dump($c->getCallable() !== $t->getCallable(), $c->getCallable()->n);
$c();
var_dump($t->getCallable()->n, $c->getCallable()->n);
var_dump($c->isEnqueued(), $t->isEnqueued());
var_dump($c->getId() !== 'orig', $c->getCreatedAt()->format('Y') !== '2000', $c->getLabel(), $c->getParameter('a'));

// string callables are kept as they are
$s = new CallbackTask('s', '');
$s->setCallable('strlen');
var_dump((clone $s)->getCallable());

// an object that refuses cloning makes the task clone fail the way `clone` does
$n = new CallbackTask('n', '');
$n->setCallable(new NoClone());
try {
    clone $n;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
int(1)
int(1)
int(2)
bool(false)
bool(true)
bool(true)
bool(true)
string(1) "L"
int(1)
string(6) "strlen"
Error: Call to non-public NoClone::__clone() from scope oat\tao\model\taskQueue\Task\CallbackTask
