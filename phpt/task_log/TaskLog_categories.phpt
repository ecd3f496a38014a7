--TEST--
TaskLog: task categories, linkTaskToCategory(), getCategoryForTask() by class and by parent class
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

interface Exporting {}
class BaseExport extends TaskLogTest\TaskDouble implements Exporting {}
class CsvExport extends BaseExport {}
class Other {}

$preset = ['Preset\\Task' => 'copy'];
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker(),
                    TaskLogInterface::OPTION_TASK_TO_CATEGORY_ASSOCIATIONS => $preset]);
echo implode(',', $log->getTaskCategories()), "\n";

var_dump($log->getCategoryForTask('Preset\\Task'), $log->getCategoryForTask('Nope\\Task'));
var_dump($log->linkTaskToCategory('BaseExport', TaskLogInterface::CATEGORY_EXPORT) === $log);
var_dump($log->linkTaskToCategory(new Other(), 'delivery_comp') === $log);
var_dump($log->getCategoryForTask('BaseExport'));
var_dump($log->getCategoryForTask('CsvExport'));                 // a subclass inherits
var_dump($log->getCategoryForTask(new CsvExport('x', 'u')));     // objects too
var_dump($log->getCategoryForTask('Other'), $log->getCategoryForTask(Other::class));
$log->linkTaskToCategory('Exporting', 'unrelated_resource');
$log->linkTaskToCategory('CsvExport', 'import');                 // an exact match wins
var_dump($log->getCategoryForTask('CsvExport'));
var_dump($log->getCategoryForTask('BaseExport'));
var_dump($log->getOption('task_to_category_associations'));
var_dump($preset);   // the caller's array is not written through

foreach (['unknown', 'Export', ''] as $bad) {
    try {
        $log->linkTaskToCategory('BaseExport', $bad);
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}

// a string option is cast with (array), as TAO does
$log->setOption('task_to_category_associations', null);
var_dump($log->getCategoryForTask('BaseExport'));
$log->linkTaskToCategory('BaseExport', 'create');
var_dump($log->getOption('task_to_category_associations'));
?>
--EXPECT--
create,update,delete,copy,import,export,delivery_comp,unrelated_resource
string(4) "copy"
string(7) "unknown"
bool(true)
bool(true)
string(6) "export"
string(6) "export"
string(6) "export"
string(13) "delivery_comp"
string(13) "delivery_comp"
string(6) "import"
string(6) "export"
array(5) {
  ["Preset\Task"]=>
  string(4) "copy"
  ["BaseExport"]=>
  string(6) "export"
  ["Other"]=>
  string(13) "delivery_comp"
  ["Exporting"]=>
  string(18) "unrelated_resource"
  ["CsvExport"]=>
  string(6) "import"
}
array(1) {
  ["Preset\Task"]=>
  string(4) "copy"
}
Category "unknown" is not a valid category.
Category "Export" is not a valid category.
Category "" is not a valid category.
string(7) "unknown"
array(1) {
  ["BaseExport"]=>
  string(6) "create"
}
