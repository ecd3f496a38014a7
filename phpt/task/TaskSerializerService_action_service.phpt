--TEST--
TaskSerializerService::deserialize(): with generis' ActionService in the locator (generis/actionService), a string __callable__ that is no service is what that service resolves it to, as in TAO; its refusal leaves the decision to the class rule, so a function is still refused
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class ActionService
{
    public function resolve($id)
    {
        echo "resolve($id)\n";
        if ($id === 'Vendor\NotLoadedHere\ExportByHandler') {
            return fn ($params) => 'exported ' . json_encode($params);
        }
        throw new RuntimeException("Unknown action $id");
    }
}
class Locator
{
    public function has($id) { return $id === 'generis/actionService'; }
    public function get($id) { return new ActionService(); }
}

function message(string $callable): string
{
    return json_encode(['taskFqcn' => CallbackTask::class, 'metadata' => [
        '__id__' => 'id1', '__callable__' => $callable], 'parameters' => ['a' => 1]]);
}

$service = new TaskSerializerService();
$service->setServiceLocator(new Locator());
$task = $service->deserialize(message('Vendor\NotLoadedHere\ExportByHandler'));
var_dump(get_class($task), $task());

foreach (['system', 'Vendor\Unknown'] as $callable) {
    try {
        $service->deserialize(message($callable));
    } catch (InvalidTaskException $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
resolve(Vendor\NotLoadedHere\ExportByHandler)
string(41) "oat\tao\model\taskQueue\Task\CallbackTask"
string(16) "exported {"a":1}"
resolve(system)
Callable/Action system names a function or a static method, which a task read from a message may not run (task id1)
resolve(Vendor\Unknown)
Callable/Action class Vendor\Unknown does not exist (task id1)
