--TEST--
Queue::createLock(): a PHP override (TAO's LockTrait in a subclass, a PHPUnit double) locks enqueue() and dequeue() around the log row; without one no lock is taken; the default asks the locator's generis/LockService
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class RecordingLock
{
    public function __construct(private string $resource) {}
    public function acquire($blocking = false) { Journal::add('lock', 'acquire', [$this->resource, $blocking]); return true; }
    public function release() { Journal::add('lock', 'release', [$this->resource]); }
}

class LockingQueue extends Queue
{
    public function createLock($resource, $ttl = 300.0, $autoRelease = true)
    {
        Journal::add('queue', 'createLock', [$resource]);
        return new RecordingLock($resource);
    }
}

echo "-- overridden: enqueue and dequeue hold the lock\n";
$q = new LockingQueue('q', new InMemoryQueueBroker());
$q->setTaskLog(new TaskLogDouble());
var_dump($q->enqueue(new TaskDouble('t1', '')));
var_dump($q->dequeue()->getId());
Journal::dump();

echo "-- not overridden: no lock, no locator needed\n";
$q = new Queue('q', new InMemoryQueueBroker());
$q->setTaskLog(new TaskLogDouble());
var_dump($q->enqueue(new TaskDouble('t2', '')));
var_dump($q->dequeue()->getId());
Journal::dump();

echo "-- the lock's failure is the enqueue's failure (false, logged; nothing pushed)\n";
class FailingLockQueue extends Queue
{
    public function createLock($resource, $ttl = 300.0, $autoRelease = true)
    {
        throw new RuntimeException('lock store down');
    }
}
$q = new FailingLockQueue('q', new InMemoryQueueBroker());
$q->setTaskLog(new TaskLogDouble());
$logger = new LoggerDouble();
$q->setLogger($logger);
var_dump($q->enqueue(new TaskDouble('t3', '')), $q->count());
$logger->dump();

echo "-- default createLock(): generis' LockTrait through the locator\n";
class Factory
{
    public function createLock($resource, $ttl, $autoRelease) { return "lock($resource, $ttl, " . var_export($autoRelease, true) . ")"; }
}
class LockService { public function getLockFactory() { return new Factory(); } }
class Locator { public function get($id) { echo "get($id)\n"; return new LockService(); } }
$q = new Queue('q', new InMemoryQueueBroker());
$q->setServiceLocator(new Locator());
var_dump($q->createLock('r1'), $q->createLock('r2', 5, false));
try {
    (new Queue('q', new InMemoryQueueBroker()))->createLock('r');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
-- overridden: enqueue and dequeue hold the lock
bool(true)
string(2) "t1"
  queue->createLock('taskqueue_lock_t1')
  lock->acquire('taskqueue_lock_t1', true)
  log->add(task:t1, 'enqueued', NULL)
  lock->release('taskqueue_lock_t1')
  queue->createLock('taskqueue_lock_t1')
  lock->acquire('taskqueue_lock_t1', true)
  log->setStatus('t1', 'dequeued', 'enqueued')
  lock->release('taskqueue_lock_t1')
-- not overridden: no lock, no locator needed
bool(true)
string(2) "t2"
  log->add(task:t2, 'enqueued', NULL)
  log->setStatus('t2', 'dequeued', 'enqueued')
-- the lock's failure is the enqueue's failure (false, logged; nothing pushed)
bool(false)
int(0)
  [error] Enqueueing TASK TaskDouble [t3] failed with MSG: lock store down
-- default createLock(): generis' LockTrait through the locator
get(generis/LockService)
get(generis/LockService)
string(19) "lock(r1, 300, true)"
string(18) "lock(r2, 5, false)"
LogicException: Queue "q" has no service locator to get generis/LockService from
