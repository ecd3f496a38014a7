--TEST--
TaskSerializerService::deserialize(): the task class must exist (autoload allowed), implement TaskInterface and be instantiable; its constructor runs
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class NotATask { public function __construct($a, $b) {} }
abstract class AbstractMine extends AbstractTask {}
class Fragile extends AbstractTask
{
    public function __construct($id, $owner) { throw new DomainException("owner $owner refused"); }
    public function __invoke() {}
}
class Plain extends AbstractTask
{
    public static $built = [];
    public function __construct($id, $owner)
    {
        parent::__construct($id, $owner);
        self::$built[] = [$id, $owner];
    }
    public function __invoke() { return $this->getParameter('n') * 2; }
}

spl_autoload_register(function ($class) {
    echo "autoload($class)\n";
    if ($class === 'Lazy\Task') {
        eval('namespace Lazy; class Task extends \oat\tao\model\taskQueue\Task\AbstractTask { public function __invoke() { return "lazy"; } }');
    }
    if ($class === 'Broken\Loader') {
        throw new LogicException('autoloader failed');
    }
});

function envelope($fqcn, $params = []) {
    return json_encode(['taskFqcn' => $fqcn, 'metadata' => ['__id__' => 'tid', '__owner__' => 'me', 'extra' => [1]], 'parameters' => $params]);
}

$s = new TaskSerializerService();
$p = $s->deserialize(envelope('Plain', ['n' => 21]));
var_dump(get_class($p), Plain::$built, $p(), $p->getMetadata('extra'), $p->getOwner());
var_dump(get_class($s->deserialize(envelope('\\Plain'))));
$l = $s->deserialize(envelope('Lazy\Task'));
var_dump(get_class($l), $l());

$bad = ['No\Such\Task', 'NotATask', 'AbstractMine', AbstractTask::class,
        'oat\tao\model\taskQueue\Task\TaskInterface', 'Fragile', 'Broken\Loader', 'not a class name'];
foreach ($bad as $fqcn) {
    try {
        $s->deserialize(envelope($fqcn));
        echo "accepted $fqcn!\n";
    } catch (InvalidTaskException $e) {
        echo $e->getMessage(), "\n";
        if ($e->getPrevious()) {
            echo '  previous: ', get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
string(5) "Plain"
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(3) "tid"
    [1]=>
    string(2) "me"
  }
}
int(42)
array(1) {
  [0]=>
  int(1)
}
string(2) "me"
string(5) "Plain"
autoload(Lazy\Task)
string(9) "Lazy\Task"
string(4) "lazy"
autoload(No\Such\Task)
Task class No\Such\Task does not exist (task tid)
Task class NotATask does not implement oat\tao\model\taskQueue\Task\TaskInterface (task tid)
Task class AbstractMine cannot be instantiated (task tid)
Task class oat\tao\model\taskQueue\Task\AbstractTask cannot be instantiated (task tid)
Task class oat\tao\model\taskQueue\Task\TaskInterface cannot be instantiated (task tid)
Task class Fragile could not be constructed (task tid): owner me refused
  previous: DomainException: owner me refused
autoload(Broken\Loader)
Task class Broken\Loader does not exist (task tid)
  previous: LogicException: autoloader failed
Task class not a class name does not exist (task tid)
