--TEST--
TaskQueue\Cli::renderReport(): TAO's renderToCommandLine lines, indent, colours, from arrays and Report-like objects
--FILE--
<?php
use TaskQueue\Cli;

$report = ['type' => 'info', 'message' => 'Running command...', 'data' => null, 'children' => [
    ['type' => 'success', 'message' => 'Queue(s) initialized.', 'data' => null, 'children' => []],
    ['type' => 'warning', 'message' => 'slow', 'children' => [
        ['type' => 'error', 'message' => "two\nlines", 'data' => 1],
    ]],
    ['type' => 'custom', 'message' => 42],
]];
echo Cli::renderReport($report);
echo json_encode(Cli::renderReport($report)), "\n";
echo json_encode(Cli::renderReport($report, true)), "\n";

// generis' Report objects: toArray() first
class FakeReport
{
    public function __construct(private string $type, private string $message, private array $children = []) {}
    public function getType() { return $this->type; }
    public function getMessage() { return $this->message; }
    public function getChildren() { return $this->children; }
    public function toArray()
    {
        return ['type' => $this->type, 'message' => $this->message, 'data' => null,
                'children' => array_map(fn($c) => $c->toArray(), $this->children)];
    }
}
echo Cli::renderReport(new FakeReport('error', 'root', [new FakeReport('info', 'child')]));

// an object with only the getters, and a JsonSerializable one
class GetterReport
{
    public function getType() { return 'success'; }
    public function getMessage() { return 'from getters'; }
    public function getChildren() { return [['type' => 'info', 'message' => 'array child']]; }
}
echo Cli::renderReport(new GetterReport());
class JsonReport implements JsonSerializable
{
    public function jsonSerialize(): mixed { return ['type' => 'warning', 'message' => 'from json', 'children' => [new GetterReport()]]; }
}
echo Cli::renderReport(new JsonReport());

// the message only: children and data are optional
echo json_encode(Cli::renderReport(['type' => 'success', 'message' => '', 'children' => null], true)), "\n";
?>
--EXPECT--
Running command...
  Queue(s) initialized.
  slow
    two
lines
  42
"Running command...\n  Queue(s) initialized.\n  slow\n    two\nlines\n  42\n"
"\u001b[0;37mRunning command...\u001b[0m\n\u001b[0;32m  Queue(s) initialized.\u001b[0m\n\u001b[1;33m  slow\u001b[0m\n\u001b[1;31m    two\nlines\u001b[0m\n\u001b[0;37m  42\u001b[0m\n"
root
  child
from getters
  array child
from json
  from getters
    array child
"\u001b[0;32m\u001b[0m\n"
