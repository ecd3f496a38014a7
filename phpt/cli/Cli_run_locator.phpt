--TEST--
TaskQueue\Cli::run(): with a service locator (TAO's ServiceManager), service ids it has are actions, and actions get the locator
--FILE--
<?php
use TaskQueue\Cli;

class Locator
{
    public array $asked = [];
    public function has($id) { $this->asked[] = "has($id)"; return $id === 'ext/myAction'; }
    public function get($id) { $this->asked[] = "get($id)"; return new Registered(); }
}
class Registered
{
    public function __invoke($params) { return ['type' => 'success', 'message' => 'registered service ran', 'data' => null, 'children' => []]; }
}
class Aware
{
    public $locator;
    public function setServiceLocator($l) { $this->locator = $l; }
    public function __invoke($params)
    {
        return ['type' => 'info', 'message' => 'locator: ' . get_class($this->locator), 'data' => null, 'children' => []];
    }
}
class Unaware
{
    public function __invoke($params) { return ['type' => 'info', 'message' => 'no setter, no locator', 'data' => null, 'children' => []]; }
}
class FailingLocator
{
    public function has($id) { throw new RuntimeException('locator is broken'); }
    public function get($id) {}
}

$l = new Locator();
$rc = Cli::run(['x', 'ext/myAction'], $l); echo "exit $rc\n";
$rc = Cli::run(['x', 'Aware'], $l); echo "exit $rc\n";
$rc = Cli::run(['x', 'Unaware'], $l); echo "exit $rc\n";
$rc = Cli::run(['x', 'ext/unknown'], $l); echo "exit $rc\n";
echo implode(' ', $l->asked), "\n";
// a locator without has()/get() is not asked; the class is used
$rc = Cli::run(['x', 'Aware'], new ArrayObject()); echo "exit $rc\n";
$rc = Cli::run(['x', 'Aware'], new FailingLocator()); echo "exit $rc\n";
?>
--EXPECT--
registered service ran
exit 0
locator: Locator
exit 0
no setter, no locator
exit 0
Unknown action ext/unknown
exit 1
has(ext/myAction) get(ext/myAction) has(Aware) has(Unaware) has(ext/unknown)
locator: ArrayObject
exit 0
An exception occured while running "Aware"
  locator is broken
exit 1
