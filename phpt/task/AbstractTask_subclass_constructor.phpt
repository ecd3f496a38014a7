--TEST--
AbstractTask: PHP subclasses with their own constructor calling parent::__construct(), and subclasses that skip it
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class ReportTask extends AbstractTask
{
    private $kind;

    public function __construct($id, $owner, $kind = 'pdf')
    {
        parent::__construct($id, $owner);
        $this->kind = $kind;
        $this->setParameter('kind', $kind);
    }

    public function __invoke()
    {
        return $this->kind . ':' . $this->getParameter('kind');
    }
}

class BareTask extends AbstractTask
{
    public function __construct($id, $owner) {}   // does not call the parent
    public function __invoke() {}
}

$t = new ReportTask('id-1', 'me', 'csv');
var_dump($t(), $t->getId(), $t->getOwner(), $t->getCreatedAt() instanceof DateTime);
echo $t, "\n";
echo json_encode($t->jsonSerialize()['parameters']), "\n";

$b = new BareTask("ignored", "o");
var_dump($b->getId(), $b->getCreatedAt(), $b->getMetadata('x', 'dflt'));
$b->setMetadata('k', 'v')->setParameter('p', 1);
echo json_encode($b), "\n";
?>
--EXPECT--
string(7) "csv:csv"
string(4) "id-1"
string(2) "me"
bool(true)
TASK ReportTask [id-1]
{"kind":"csv"}
NULL
NULL
string(4) "dflt"
{"taskFqcn":"BareTask","metadata":{"k":"v"},"parameters":{"p":1}}
