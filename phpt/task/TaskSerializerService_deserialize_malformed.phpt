--TEST--
TaskSerializerService::deserialize(): each malformed envelope is an InvalidTaskException naming the field (and the task once its id is known)
--FILE--
<?php
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

$s = new TaskSerializerService();
$cases = [
    'not JSON'            => '{"taskFqcn":',
    'empty'               => '',
    'top level array'     => '[1,2]',
    'top level string'    => '"task"',
    'no taskFqcn'         => '{"metadata":{"__id__":"t1"},"parameters":[]}',
    'taskFqcn not string' => '{"taskFqcn":["A"],"metadata":{"__id__":"t1"},"parameters":[]}',
    'no metadata'         => '{"taskFqcn":"A","parameters":[]}',
    'metadata not object' => '{"taskFqcn":"A","metadata":"m","parameters":[]}',
    'no id'               => '{"taskFqcn":"A","metadata":{"__owner__":""},"parameters":[]}',
    'id not string'       => '{"taskFqcn":"A","metadata":{"__id__":12},"parameters":[]}',
    'no parameters'       => '{"taskFqcn":"A","metadata":{"__id__":"t1"}}',
    'parameters scalar'   => '{"taskFqcn":"A","metadata":{"__id__":"t1"},"parameters":5}',
    'created_at garbage'  => '{"taskFqcn":"A","metadata":{"__id__":"t1","__created_at__":"last tuesday"},"parameters":[]}',
    'created_at number'   => '{"taskFqcn":"A","metadata":{"__id__":"t1","__created_at__":1540222852},"parameters":[]}',
    'owner object'        => '{"taskFqcn":"A","metadata":{"__id__":"t1","__owner__":{"uri":"x"}},"parameters":[]}',
];
foreach ($cases as $name => $json) {
    try {
        $s->deserialize($json);
        echo "$name: accepted!\n";
    } catch (InvalidTaskException $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
try {
    $s->deserialize(['taskFqcn' => 'A']);
} catch (InvalidTaskException $e) {
    echo "array: ", $e->getMessage(), "\n";
}
var_dump(is_subclass_of(InvalidTaskException::class, Exception::class));
?>
--EXPECT--
not JSON: Invalid task JSON: not JSON: invalid JSON at line 1, column 12: unexpected token near end of file
empty: Invalid task JSON: not JSON: invalid JSON at line 1, column 0: unexpected token near end of file
top level array: Invalid task JSON: the top level must be an object, got array
top level string: Invalid task JSON: the top level must be an object, got string
no taskFqcn: Invalid task JSON: "taskFqcn" is missing (task t1)
taskFqcn not string: Invalid task JSON: "taskFqcn" must be a non-empty string, got array (task t1)
no metadata: Invalid task JSON: "metadata" is missing
metadata not object: Invalid task JSON: "metadata" must be an object, got string
no id: Invalid task JSON: "metadata.__id__" is missing
id not string: Invalid task JSON: "metadata.__id__" must be a non-empty string, got integer
no parameters: Invalid task JSON: "parameters" is missing (task t1)
parameters scalar: Invalid task JSON: "parameters" must be an object or an array, got integer (task t1)
created_at garbage: Invalid task JSON: "metadata.__created_at__" is not an ISO-8601 date-time: "last tuesday" (task t1)
created_at number: Invalid task JSON: "metadata.__created_at__" must be an ISO-8601 date-time string, got integer (task t1)
owner object: Invalid task JSON: "metadata.__owner__" must be a string, got object (task t1)
array: Invalid task JSON: a string is expected, array given
bool(true)
