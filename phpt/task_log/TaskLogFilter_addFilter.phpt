--TEST--
TaskLogFilter: addFilter() and the shortcuts build TAO's filter arrays; paging and sorting
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

$f = (new TaskLogFilter())
    ->eq('id', 'a')->neq('status', 'x')->lt('created_at', 1)->lte('created_at', 2)
    ->gt('updated_at', 3)->gte('updated_at', 4)->like('label', 'L%')->notLike('label', '%z')
    ->in('status', ['a', 'b'])->notIn('task_name', ['T'])->addFilter('owner', '=', null);
$seen = [];
foreach ($f->getFilters() as $x) {
    echo $x['column'], ' ', $x['operator'], ' ', json_encode($x['value']), "\n";
    if (!preg_match('/^:' . $x['column'] . '[0-9a-f]{13}$/', $x['columnSqlTranslate'])) {
        echo "bad placeholder ", $x['columnSqlTranslate'], "\n";
    }
    $seen[$x['columnSqlTranslate']] = true;
    if (array_keys($x) !== ['column', 'columnSqlTranslate', 'operator', 'value']) {
        echo "bad keys\n";
    }
}
var_dump(count($seen));   // placeholders are unique

foreach (['==', 'like', 'BETWEEN', ''] as $op) {
    try {
        $f->addFilter('id', $op, 1);
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}

$p = new TaskLogFilter();
var_dump($p->getLimit(), $p->getOffset(), $p->getSortBy(), $p->getSortOrder());
$p->setLimit(-3)->setOffset(-1);
var_dump($p->getLimit(), $p->getOffset());
$p->setLimit(15)->setOffset(30)->setSortBy('label')->setSortOrder('ASC');
var_dump($p->getLimit(), $p->getOffset(), $p->getSortBy(), $p->getSortOrder());
?>
--EXPECT--
id = "a"
status != "x"
created_at < 1
created_at <= 2
updated_at > 3
updated_at >= 4
label LIKE "L%"
label NOT LIKE "%z"
status IN ["a","b"]
task_name NOT IN ["T"]
owner = null
int(11)
Operator "==" is not a valid operator.
Operator "like" is not a valid operator.
Operator "BETWEEN" is not a valid operator.
Operator "" is not a valid operator.
NULL
NULL
NULL
NULL
int(0)
int(0)
int(15)
int(30)
string(5) "label"
string(3) "ASC"
