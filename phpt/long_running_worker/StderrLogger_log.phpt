--TEST--
StderrLogger: PSR-3 methods, a minimum level, {placeholder} interpolation, JSON context, unknown levels refused
--FILE--
<?php
use oat\taoTaskQueue\model\Log\StderrLogger;

$l = new StderrLogger();
$l->debug('not shown');
$l->info('Task {id} of {queue} done in {ms} ms, {missing} and {obj}', ['id' => 't/1', 'queue' => 'mail', 'ms' => 12.5, 'obj' => new ArrayObject()]);
$l->warning('plain');
$l->log('error', new class { public function __toString(): string { return 'stringable'; } }, ['ü' => "caf\xe9"]);
$d = new StderrLogger('DEBUG');
$d->debug('shown now');
$e = new StderrLogger('error');
$e->warning('hidden');
$e->emergency('loud');
foreach ([fn() => $l->log('verbose', 'x'), fn() => new StderrLogger('trace'), fn() => $l->log(3, 'x')] as $f) {
    try { $f(); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
}
?>
--EXPECT--
[taskqueue] info Task t/1 of mail done in 12.5 ms, {missing} and {obj} {"id":"t/1","queue":"mail","ms":12.5,"obj":{}}
[taskqueue] warning plain
[taskqueue] error stringable {"ü":"caf�"}
[taskqueue] debug shown now
[taskqueue] emergency loud
InvalidArgumentException: StderrLogger::log(): unknown log level verbose
InvalidArgumentException: StderrLogger::__construct(): unknown log level "trace"; expected one of emergency, alert, critical, error, warning, notice, info, debug
InvalidArgumentException: StderrLogger::log(): unknown log level int
