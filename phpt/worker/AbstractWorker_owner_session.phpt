--TEST--
AbstractWorker::processTask() in a TAO install (generis' SessionService in the locator): a task with an owner runs in a StatelessSession of that user unless the session is already theirs; a task without one ends the session; a session that cannot start fails the task, as in TAO; without SessionService nothing is touched
--FILE--
<?php
namespace oat\oatbox\session {
    class StatelessSession
    {
        public function __construct(public $user) {}
        public function getUser() { return $this->user; }
    }
}

namespace {
require __DIR__ . '/inc.inc';

class User
{
    public function __construct(public string $id) {}
    public function getIdentifier() { return $this->id; }
}
class Sessions
{
    public $current;
    public function __construct(string $user) { $this->current = new oat\oatbox\session\StatelessSession(new User($user)); }
    public function getCurrentSession() { return $this->current; }
    public function setSession($session) { echo "setSession(", $session->getUser()->getIdentifier(), ")\n"; $this->current = $session; }
}
class Ontology
{
    public function getResource($uri) { return "resource($uri)"; }
}
class UserFactory
{
    public function createUser($resource)
    {
        echo "createUser($resource)\n";
        if ($resource === 'resource(ghost)') {
            throw new RuntimeException('no such user');
        }
        return new User(substr($resource, 9, -1));
    }
}
class common_session_SessionManager
{
    public static function endSession() { echo "endSession()\n"; }
}
class Locator
{
    public function __construct(public array $services) {}
    public function has($id) { return isset($this->services[$id]); }
    public function get($id) { return $this->services[$id]; }
}
function task(string $id, string $owner): TestTask
{
    $t = new TestTask($id, $owner);
    $t->body = fn() => print("runs as " . $GLOBALS['sessions']->getCurrentSession()->getUser()->getIdentifier() . "\n");
    return $t;
}

$sessions = new Sessions('worker');
[$worker, $log] = setup('dequeued', 'a');
foreach (['b', 'c', 'd'] as $id) {
    $log->rows[$id] = ['status' => 'dequeued', 'report' => null];
}
$worker->setServiceLocator(new Locator([
    'oat\oatbox\session\SessionService' => $sessions,
    'generis/userFactory' => new UserFactory(),
    'generis/ontology' => new Ontology(),
]));
echo "-- owner alice\n";
var_dump($worker->processTask(task('a', 'alice')));
echo "-- owner alice again: her session already\n";
var_dump($worker->processTask(task('b', 'alice')));
echo "-- no owner\n";
var_dump($worker->processTask(task('c', '')));
echo "-- an owner whose user cannot be built\n";
var_dump($worker->processTask(task('d', 'ghost')), $log->rows['d']['report']['message']);

echo "-- no SessionService in the locator\n";
[$worker, $log] = setup('dequeued', 'e');
$worker->setServiceLocator(new Locator([]));
var_dump($worker->processTask(task('e', 'bob')));
}
--EXPECT--
-- owner alice
createUser(resource(alice))
setSession(alice)
runs as alice
string(9) "completed"
-- owner alice again: her session already
runs as alice
string(9) "completed"
-- no owner
endSession()
runs as alice
string(9) "completed"
-- an owner whose user cannot be built
createUser(resource(ghost))
string(6) "failed"
string(55) "Executing task d failed: RuntimeException: no such user"
-- no SessionService in the locator
runs as alice
string(9) "completed"
