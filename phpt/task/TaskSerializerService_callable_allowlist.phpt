--TEST--
TaskSerializerService::deserialize(): a message's __callable__ never runs a function or a static method; a class is built only when it is an oat\oatbox\action\Action or listed in taskqueue.allowed_callables
--FILE--
<?php
namespace oat\oatbox\action {
    interface Action { public function __invoke($params); }
}
namespace Allowed\Tasks {
    class Job { public function __construct() { echo "Allowed\\Tasks\\Job built\n"; } public function __invoke($p) { return 'job'; } }
}
namespace {
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class GenerisAction implements oat\oatbox\action\Action { public function __invoke($p) { return 'action'; } }
class Plain { public function __construct() { echo "Plain built!\n"; } public function __invoke($p) { return 'plain'; } }
class Listed { public function __invoke($p) { return 'listed'; } }
class Statics { public static function go($p) { echo "Statics::go ran!\n"; return 'static'; } }
function do_work($p) { echo "do_work ran!\n"; return 'function'; }

function envelope($callable, $params = []) {
    return json_encode(['taskFqcn' => CallbackTask::class,
        'metadata' => ['__id__' => 'tid', '__owner__' => '', '__callable__' => $callable], 'parameters' => $params]);
}
function attempt(TaskSerializerService $s, $c, $params = []) {
    try {
        $t = $s->deserialize(envelope($c, $params));
        echo json_encode($c), ' -> ', $t(), "\n";
    } catch (InvalidTaskException $e) {
        echo json_encode($c), ': ', $e->getMessage(), "\n";
    }
}

$s = new TaskSerializerService();
// the attack: TLS checks off for every later stream of the worker
attempt($s, 'stream_context_set_default', ['ssl' => ['verify_peer' => false]]);
var_dump(stream_context_get_options(stream_context_get_default()));
foreach (['do_work', 'Statics::go', ['Statics', 'go'], 'Plain', 'Listed', 'GenerisAction', 'Allowed\Tasks\Job'] as $c) {
    attempt($s, $c);
}
echo "-- allowed: Listed, Allowed\\Tasks\\\n";
ini_set('taskqueue.allowed_callables', ' \Listed , Allowed\Tasks\ ');
foreach (['Listed', 'listed', 'Allowed\Tasks\Job', 'Plain', 'do_work'] as $c) {
    attempt($s, $c);
}
}
?>
--EXPECT--
"stream_context_set_default": Callable/Action stream_context_set_default names a function or a static method, which a task read from a message may not run (task tid)
array(0) {
}
"do_work": Callable/Action do_work names a function or a static method, which a task read from a message may not run (task tid)
"Statics::go": Callable/Action Statics::go names a function or a static method, which a task read from a message may not run (task tid)
["Statics","go"]: Callable/Action Statics::go names a function or a static method, which a task read from a message may not run (task tid)
"Plain": Callable/Action class Plain is not allowed: it is not an oat\oatbox\action\Action and taskqueue.allowed_callables does not list it (task tid)
"Listed": Callable/Action class Listed is not allowed: it is not an oat\oatbox\action\Action and taskqueue.allowed_callables does not list it (task tid)
"GenerisAction" -> action
"Allowed\\Tasks\\Job": Callable/Action class Allowed\Tasks\Job is not allowed: it is not an oat\oatbox\action\Action and taskqueue.allowed_callables does not list it (task tid)
-- allowed: Listed, Allowed\Tasks\
"Listed" -> listed
"listed" -> listed
Allowed\Tasks\Job built
"Allowed\\Tasks\\Job" -> job
"Plain": Callable/Action class Plain is not allowed: it is not an oat\oatbox\action\Action and taskqueue.allowed_callables does not list it (task tid)
"do_work": Callable/Action do_work names a function or a static method, which a task read from a message may not run (task tid)
