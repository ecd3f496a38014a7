--TEST--
RunWorker: malformed or unknown options are error reports naming the token (TAO only warned), before any service is read
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
// no TAO root at all: the options are checked first
foreach ([
    ['--queue'],
    ['queue=background'],
    ['--limit=ten'],
    ['--limit=-5'],
    ['--time-limit='],
    ['--memory-limit=1.5'],
    ['--stop-when-empty=maybe'],
    ['--queue=a', '--sleep=3'],
    ['-q', 'a'],
] as $params) {
    echo '> ', implode(' ', $params), "\n";
    tq_cli(TQ_RUN_WORKER, ...$params);
}
echo "> --help\n";
tq_cli(TQ_RUN_WORKER, '--help');

// called directly, the tool returns the report array
$tool = new oat\taoTaskQueue\scripts\tools\RunWorker();
var_dump($tool(['--bogus=1']));
var_dump($tool->getServiceLocator());
?>
--EXPECT--
> --queue
Option "--queue" needs a value: --queue=<name>
exit 1
> queue=background
Unexpected argument "queue=background": options are written --name=value
exit 1
> --limit=ten
Option "--limit=ten": "ten" is not a whole number (--limit=<tasks>)
exit 1
> --limit=-5
Option "--limit=-5": "-5" is not a whole number (--limit=<tasks>)
exit 1
> --time-limit=
Option "--time-limit" needs a whole number: --time-limit=<seconds>
exit 1
> --memory-limit=1.5
Option "--memory-limit=1.5": "1.5" is not a whole number (--memory-limit=<MB>)
exit 1
> --stop-when-empty=maybe
Option "--stop-when-empty=maybe": --stop-when-empty takes no value (or 1, 0, true, false)
exit 1
> --queue=a --sleep=3
Unknown option "--sleep". Valid options: --queue=<name>, --limit=<tasks>, --time-limit=<seconds>, --memory-limit=<MB>, --stop-when-empty, --processes=<n>, --help
exit 1
> -q a
Unexpected argument "-q": options are written --name=value
exit 1
> --help
php index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' [options]
  Runs a worker on every queue (weighted) or on one queue, until it is stopped (SIGTERM, SIGINT, SIGQUIT) or a limit is reached; with --processes, that many workers forked from this process, each started again when it ends, until the pool is stopped.
  --queue=<name>
  --limit=<tasks>
  --time-limit=<seconds>
  --memory-limit=<MB>
  --stop-when-empty
  --processes=<n>
exit 0
array(4) {
  ["type"]=>
  string(5) "error"
  ["message"]=>
  string(161) "Unknown option "--bogus". Valid options: --queue=<name>, --limit=<tasks>, --time-limit=<seconds>, --memory-limit=<MB>, --stop-when-empty, --processes=<n>, --help"
  ["data"]=>
  NULL
  ["children"]=>
  array(0) {
  }
}
NULL
