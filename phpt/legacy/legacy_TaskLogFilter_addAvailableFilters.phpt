--TEST--
Legacy oat\taoTaskQueue\model\TaskLog\TaskLogFilter::addAvailableFilters(): taoTaskQueue's rule (archived hidden, cancelled shown, its SuperUser sees every owner); the tao-core filter keeps its own
--FILE--
<?php
use oat\taoTaskQueue\model\TaskLog\TaskLogFilter as LegacyFilter;
use oat\taoTaskQueue\model\TaskLogInterface as LegacyLog;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLogInterface;

function show(string $title, $filter): void
{
    echo $title, ":\n";
    foreach ($filter->getFilters() as $f) {
        echo "  ", $f['column'], ' ', $f['operator'], ' ', json_encode($f['value']), "\n";
    }
}
show('legacy, a user', (new LegacyFilter())->addAvailableFilters('user1'));
show('legacy, ' . LegacyLog::SUPER_USER, (new LegacyFilter())->addAvailableFilters(LegacyLog::SUPER_USER));
show('legacy, cancelled hidden on request', (new LegacyFilter())->addAvailableFilters('user1', false, false));
show('tao-core, a user', (new TaskLogFilter())->addAvailableFilters('user1'));
show('tao-core, ' . TaskLogInterface::SUPER_USER, (new TaskLogFilter())->addAvailableFilters(TaskLogInterface::SUPER_USER));
--EXPECT--
legacy, a user:
  status != "archived"
  owner = "user1"
legacy, SuperUser:
  status != "archived"
legacy, cancelled hidden on request:
  status != "archived"
  status != "cancelled"
  owner = "user1"
tao-core, a user:
  status != "archived"
  status != "cancelled"
  owner = "user1"
tao-core, cli-user:
  status != "archived"
  status != "cancelled"
