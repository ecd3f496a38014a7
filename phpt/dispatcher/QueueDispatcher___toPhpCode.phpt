--TEST--
QueueDispatcher::__toPhpCode(): PHP code that evaluates back to an equivalent dispatcher
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$d = new QueueDispatcher([
    'queues' => [new FakeQueue('priority', null, 90), new FakeQueue("it's", null, 10, true)],
    'default_queue' => 'priority',
    'task_to_queue_associations' => ['oat\\taoFoo\\ImportAction' => 'priority'],
    'task_log' => new \MemTaskLog(),
    'task_selector_strategy' => new FirstSelector(),
    'flags' => [true, false, null, 3, 1.0, 0.5, -7, 'a\\b'],
    'empty' => [],
    'blob' => new ArrayObject([1]),
]);
$code = $d->__toPhpCode();
echo $code, "\n";
$back = eval('return ' . $code . ';');
var_dump(get_class($back), $back->getQueueNames(), $back->getQueue("it's")->isSync(), $back->getQueue('priority')->getWeight());
var_dump($back->getLinkedTasks() === $d->getLinkedTasks(), $back->getOption('flags') === $d->getOption('flags'));
var_dump($back->getOption('blob') == $d->getOption('blob'), $back->getWaitTime(), get_class($back->getTaskLog()));
var_dump($back->__toPhpCode() === $code);

// a subclass writes its own class name; a closure cannot be written
class MyDispatcher extends QueueDispatcher {}
$m = new MyDispatcher(['queues' => [new FakeQueue('q')], 'task_log' => 'tao/taskLog']);
echo $m->__toPhpCode(), "\n";
$m->setOption('callback', fn() => 1);
tq_try(fn() => $m->__toPhpCode());
?>
--EXPECT--
new \oat\tao\model\taskQueue\QueueDispatcher(array(
    'queues' => array(
        new \FakeQueue('priority', null, 90, false),
        new \FakeQueue('it\'s', null, 10, true)
    ),
    'default_queue' => 'priority',
    'task_to_queue_associations' => array(
        'oat\\taoFoo\\ImportAction' => 'priority'
    ),
    'task_log' => new \MemTaskLog(),
    'task_selector_strategy' => new \FirstSelector(),
    'flags' => array(
        true,
        false,
        null,
        3,
        1.0,
        0.5,
        -7,
        'a\\b'
    ),
    'empty' => array(),
    'blob' => unserialize('O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{i:0;i:1;}i:2;a:0:{}i:3;N;}')
))
string(39) "oat\tao\model\taskQueue\QueueDispatcher"
array(2) {
  [0]=>
  string(8) "priority"
  [1]=>
  string(4) "it's"
}
bool(true)
int(90)
bool(true)
bool(true)
bool(true)
int(7)
string(10) "MemTaskLog"
bool(true)
new \MyDispatcher(array(
    'queues' => array(
        new \FakeQueue('q', null, 1, false)
    ),
    'task_log' => 'tao/taskLog'
))
Exception: Serialization of 'Closure' is not allowed
