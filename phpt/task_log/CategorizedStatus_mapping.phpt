--TEST--
CategorizedStatus::$categorizeMapping is filled at start-up; getMappedStatuses() reads it
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

echo json_encode(CategorizedStatus::$categorizeMapping), "\n";
var_dump(CategorizedStatus::getMappedStatuses(CategorizedStatus::STATUS_IN_PROGRESS));
var_dump(CategorizedStatus::getMappedStatuses('failed'));

try {
    CategorizedStatus::getMappedStatuses('running');
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}

// the static is a normal PHP array: writable per request, read back by getMappedStatuses()
CategorizedStatus::$categorizeMapping['failed'][] = 'lost';
CategorizedStatus::$categorizeMapping['extra'] = ['x'];
var_dump(CategorizedStatus::getMappedStatuses('failed'), CategorizedStatus::getMappedStatuses('extra'));
$copy = CategorizedStatus::$categorizeMapping;
unset(CategorizedStatus::$categorizeMapping['extra']);
var_dump(isset($copy['extra']), isset(CategorizedStatus::$categorizeMapping['extra']));
?>
--EXPECT--
{"created":["enqueued"],"in_progress":["dequeued","running","child_running"],"completed":["completed"],"failed":["failed","unknown"],"archived":["archived"],"cancelled":["cancelled"]}
array(3) {
  [0]=>
  string(8) "dequeued"
  [1]=>
  string(7) "running"
  [2]=>
  string(13) "child_running"
}
array(2) {
  [0]=>
  string(6) "failed"
  [1]=>
  string(7) "unknown"
}
CategorizedStatus::getMappedStatuses(): "running" is not a status category
array(3) {
  [0]=>
  string(6) "failed"
  [1]=>
  string(7) "unknown"
  [2]=>
  string(4) "lost"
}
array(1) {
  [0]=>
  string(1) "x"
}
bool(true)
bool(false)
