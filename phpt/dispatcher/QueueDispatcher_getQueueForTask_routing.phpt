--TEST--
QueueDispatcher routing: QueueAssociableInterface, then the exact class association, then the default queue
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$q3 = new FakeQueue('q3');
$d = dispatcherWith([$q1, $q2, $q3], ['default_queue' => 'q3',
    'task_to_queue_associations' => ['ImportAction' => 'q1', 'TestTask' => 'q2', 'ChoosingAction' => 'q1']]);

function where(FakeQueue ...$qs): void
{
    $out = [];
    foreach ($qs as $q) {
        foreach ($q->calls as $c) {
            if (str_starts_with($c, 'enqueue')) {
                $out[] = $q->getName() . ': ' . $c;
            }
        }
        $q->calls = array_values(array_filter($q->calls, fn($c) => !str_starts_with($c, 'enqueue')));
    }
    echo implode("\n", $out), "\n";
}

// a callback task routes by its callable object's class
$t = (new TestCallbackTask('import-1'))->setCallable(new ImportAction());
var_dump($d->enqueue($t, 'Importing'));
where($q1, $q2, $q3);

// a callable that is not an object: the task's own class decides (TestCallbackTask is not linked)
$t = (new TestCallbackTask('static-1'))->setCallable('ExportAction::run');
$d->enqueue($t);
where($q1, $q2, $q3);

// a plain task routes by its class: exact match only, no inheritance
$d->enqueue(new TestTask('plain-1'));
$d->enqueue(new class('anon-1') extends TestTask {});
where($q1, $q2, $q3);

// QueueAssociableInterface wins over the association when it names a queue...
$t = (new TestCallbackTask('choose-1'))->setCallable(new ChoosingAction())->setParameter(['queue' => 'q2']);
$d->enqueue($t);
// ...and falls back to it when the name is empty
$t = (new TestCallbackTask('choose-2'))->setCallable(new ChoosingAction());
$d->enqueue($t);
where($q1, $q2, $q3);

// an unknown queue name is an error naming it
$t = (new TestCallbackTask('choose-3'))->setCallable(new ChoosingAction())->setParameter(['queue' => 'vip']);
tq_try(fn() => $d->enqueue($t));
// an association to a queue removed from the option later is an error too
$d->setOption('task_to_queue_associations', ['TestTask' => 'gone']);
tq_try(fn() => $d->enqueue(new TestTask('plain-2')));
where($q1, $q2, $q3);

// a refused enqueue is reported
$d->setOption('task_to_queue_associations', []);
$q3->accept = false;
var_dump($d->enqueue(new TestTask('refused-1', '')));
where($q3);
?>
--EXPECT--
bool(true)
q1: enqueue import-1 label=Importing
q3: enqueue static-1
q2: enqueue plain-1
q3: enqueue anon-1
q1: enqueue choose-2
q2: enqueue choose-1
InvalidArgumentException: Queue "vip" does not exist.
InvalidArgumentException: Queue "gone" does not exist.

bool(false)
q3: enqueue refused-1
