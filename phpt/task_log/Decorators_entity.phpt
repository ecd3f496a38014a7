--TEST--
TaskLog decorators: Category, HasFile and RedirectUrl add TAO's keys; the base decorator forwards (and answers the id as parent id, quirk 9)
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Decorator\CategoryEntityDecorator;
use oat\tao\model\taskQueue\TaskLog\Decorator\HasFileEntityDecorator;
use oat\tao\model\taskQueue\TaskLog\Decorator\RedirectUrlEntityDecorator;
use oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorator;
use oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;

// *Elapsed is "now - timestamp": two calls may straddle a second, so compare without it
function settled(array $a): array {
    foreach ($a as $k => $v) {
        if (is_string($k) && str_ends_with($k, 'Elapsed')) { unset($a[$k]); }
        elseif (is_array($v)) { $a[$k] = settled($v); }
    }
    return $a;
}
function entity(string $status, string $name, ?string $file): TaskLogEntity {
    $children = $file === null ? [] : [['type' => 'success', 'message' => 'stored', 'data' => $file, 'children' => []]];
    return TaskLogEntity::createFromArray([
        'id' => 'http://x/#i1', 'parent_id' => 'http://x/#p', 'task_name' => $name, 'status' => $status,
        'master_status' => 0, 'label' => 'Export of items', 'owner' => 'u',
        'report' => json_encode(['type' => 'success', 'message' => 'done', 'data' => null, 'children' => $children]),
        'created_at' => '2024-01-01 00:00:00',
    ], 'Y-m-d H:i:s');
}
$log = new TaskLog([
    'task_log_broker' => new InMemoryTaskLogBroker(),
    'task_to_category_associations' => ['App\\Import' => 'import', 'App\\Export' => 'export'],
]);

$cat = new CategoryEntityDecorator(entity('completed', 'App\\Import', null), $log);
var_dump($cat instanceof TaskLogEntityDecorator, $cat instanceof EntityInterface);
var_dump($cat->getId(), $cat->getParentId(), $cat->getTaskName(), $cat->getLabel(), (string) $cat->getStatus());
$a = $cat->toArray();
var_dump($a['category'], settled($cat->jsonSerialize()) === settled($a));

// HasFile without a file system service: the extension's storage directory
$dir = sys_get_temp_dir() . '/tq_deco_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/export.csv", "a,b\n");
putenv("TASKQUEUE_API_STORAGE=$dir");
var_dump((new HasFileEntityDecorator(entity('completed', 'App\\Export', 'export.csv')))->toArray()['hasFile']);
var_dump((new HasFileEntityDecorator(entity('completed', 'App\\Export', 'missing.csv')))->toArray()['hasFile']);
var_dump((new HasFileEntityDecorator(entity('failed', 'App\\Export', 'export.csv')))->toArray()['hasFile']);
unlink("$dir/export.csv");
rmdir($dir);

// with generis-like collaborators: the serializer first, then taskQueueStorage
class File { function __construct(private bool $e) {} function exists() { return $this->e; } }
class Serializer { function unserialize($s) { if ($s !== 'serial:1') { throw new Exception('not a serial'); } return new File(true); } }
class Dir { function getFile($n) { echo "getFile($n)\n"; return new File($n === 'kept.zip'); } }
class Fs { function getDirectory($id) { echo "getDirectory($id)\n"; return new Dir(); } }
var_dump((new HasFileEntityDecorator(entity('completed', 'App\\Export', 'serial:1'), new Fs(), new Serializer()))->toArray()['hasFile']);
var_dump((new HasFileEntityDecorator(entity('completed', 'App\\Export', 'kept.zip'), new Fs(), new Serializer()))->toArray()['hasFile']);

// RedirectUrl: only finished tasks of linkable categories, when the ACL agrees
class User { function getIdentifier() { return 'http://x/#user'; } }
class Redirect extends RedirectUrlEntityDecorator {
    public static bool $allow = true;
    protected function hasAccess($user, $class, $method, $parameters) {
        echo "hasAccess($class, $method, ", json_encode($parameters), ")\n";
        return self::$allow;
    }
}
$r = new Redirect(new CategoryEntityDecorator(entity('completed', 'App\\Import', null), $log), $log, new User());
var_dump($r->toArray()['redirectUrl'], $r->toArray()['category']);
var_dump(array_key_exists('redirectUrl', (new Redirect(entity('completed', 'App\\Export', null), $log, new User()))->toArray()));
var_dump(array_key_exists('redirectUrl', (new Redirect(entity('running', 'App\\Import', null), $log, new User()))->toArray()));
Redirect::$allow = false;
var_dump(array_key_exists('redirectUrl', $r->toArray()));
// without tao-core there is no ACL to ask: the link is given
var_dump((new RedirectUrlEntityDecorator(entity('archived', 'App\\Import', null), $log, new User()))->toArray()['redirectUrl']);
?>
--EXPECT--
bool(true)
bool(true)
string(12) "http://x/#i1"
string(12) "http://x/#i1"
string(10) "App\Import"
string(15) "Export of items"
string(9) "completed"
string(6) "import"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
getDirectory(taskQueueStorage)
getFile(kept.zip)
bool(true)
hasAccess(oat\taoBackOffice\controller\Redirector, redirectTaskToInstance, {"taskId":"http:\/\/x\/#i1"})
hasAccess(oat\taoBackOffice\controller\Redirector, redirectTaskToInstance, {"taskId":"http:\/\/x\/#i1"})
string(78) "/taoBackOffice/Redirector/redirectTaskToInstance?taskId=http%3A%2F%2Fx%2F%23i1"
string(6) "import"
bool(false)
bool(false)
hasAccess(oat\taoBackOffice\controller\Redirector, redirectTaskToInstance, {"taskId":"http:\/\/x\/#i1"})
bool(false)
string(78) "/taoBackOffice/Redirector/redirectTaskToInstance?taskId=http%3A%2F%2Fx%2F%23i1"
