--TEST--
AbstractTask::__toString() is "TASK <runtime FQCN> [<id>]"
--FILE--
<?php
namespace my\ns;

use oat\tao\model\taskQueue\Task\AbstractTask;
use oat\tao\model\taskQueue\Task\CallbackTask;

class T extends AbstractTask { public function __invoke() {} }

echo new T('http://x#i1', ''), "\n";
echo (string) new CallbackTask('abc', ''), "\n";
var_dump(new T('id', '') instanceof \Stringable);
?>
--EXPECT--
TASK my\ns\T [http://x#i1]
TASK oat\tao\model\taskQueue\Task\CallbackTask [abc]
bool(true)
