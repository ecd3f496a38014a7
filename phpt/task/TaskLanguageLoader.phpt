--TEST--
TaskLanguageLoader: loads the translations of the task's TAO extension (second namespace segment) in the default language through generis' services and tao_helpers_I18n::init(), says so as a notice on generis/log, never throws; in a TAO install whose locator has no such service (generis autowires only its own ConfigurableServices) the worker builds the native one
--FILE--
<?php
namespace oat\oatbox\service {
    class ServiceManager {}   // a TAO install: generis is loaded
}

namespace oat\taoFoo\model {
    class ImportTask extends \oat\tao\model\taskQueue\Task\AbstractTask
    {
        public function __invoke() { return ['type' => 'success', 'message' => 'imported', 'data' => null, 'children' => []]; }
    }
}

namespace {
use oat\tao\model\taskQueue\Task\TaskLanguageLoader;
use oat\tao\model\taskQueue\Task\TaskLanguageLoaderInterface;

class tao_helpers_I18n
{
    public static array $calls = [];
    public static function init($extension, $lang) { self::$calls[] = $extension->getId() . " $lang"; }
}
class Ext { public function __construct(private string $id) {} public function getId() { return $this->id; } }
class Locator
{
    public array $notices = [];
    public function __construct(private array $broken = []) {}
    public function has($id) { return false; }
    public function get($id)
    {
        if (in_array($id, $this->broken, true)) {
            throw new RuntimeException("no service $id");
        }
        $self = $this;
        return match ($id) {
            'generis/extensionManager' => new class {
                public function getExtensionById($id) {
                    if ($id !== 'taoFoo') { throw new RuntimeException("unknown extension $id"); }
                    return new Ext($id);
                }
            },
            'generis/UserLanguageService' => new class { public function getDefaultLanguage() { return 'fr-FR'; } },
            'generis/log' => new class($self) {
                public function __construct(private $l) {}
                public function notice($m) { $this->l->notices[] = $m; }
            },
            default => throw new RuntimeException("no service $id"),
        };
    }
}

$l = new TaskLanguageLoader(['a' => 1]);
var_dump($l instanceof TaskLanguageLoaderInterface, $l->getOption('a'));
$task = new oat\taoFoo\model\ImportTask('t1', 'me');
$l->loadTranslations($task);                       // no locator: nothing to load with, nothing said
$l->setServiceLocator($loc = new Locator());
$l->loadTranslations($task);
$other = new class('t2', 'me') extends oat\tao\model\taskQueue\Task\AbstractTask { public function __invoke() {} };
$l->loadTranslations($other);                      // class@anonymous: no extension in its name
$l->loadTranslations(new oat\tao\model\taskQueue\Task\CallbackTask('t3', 'me'));   // extension "tao": unknown here
$l->setServiceLocator($broken = new Locator(['generis/UserLanguageService']));
$l->loadTranslations($task);
$l->setServiceLocator($mute = new Locator(['generis/log']));
$l->loadTranslations($task);                       // no logger: still no exception
print_r(tao_helpers_I18n::$calls);
print_r($loc->notices);
print_r($broken->notices);

require __DIR__ . '/../worker/inc.inc';
[$worker, $log] = setup('dequeued', 't9');
$worker->setServiceLocator($wl = new Locator());
var_dump($worker->processTask(new oat\taoFoo\model\ImportTask('t9', 'me')));
print_r($wl->notices);
echo count(tao_helpers_I18n::$calls), "\n";
}
?>
--EXPECT--
bool(true)
int(1)
Array
(
    [0] => taoFoo fr-FR
    [1] => taoFoo fr-FR
)
Array
(
    [0] => Translations loaded for extension "taoFoo"
    [1] => Unable to load translations for task "t2".
    [2] => Unable to load translations for task "t3".
)
Array
(
    [0] => Unable to load translations for task "t1".
)
string(9) "completed"
Array
(
    [0] => Translations loaded for extension "taoFoo"
)
3
