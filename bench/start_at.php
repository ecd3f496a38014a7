<?php
/* php bench/start_at.php <script.php> [args...]
 * Runs <script.php> with its arguments once the clock reaches BENCH_START_AT (epoch seconds),
 * so that several workers started one after the other begin together and a measurement of
 * long-running workers does not time PHP's start-up (bench/scale.sh, workers series). Says so
 * on stderr when the process came up after that time (the figure then includes some start-up),
 * and, on the way out, the CPU the process used from then on ("start_at: cpu <seconds>"; with
 * --processes, the parent's only). */
$at = (float) getenv('BENCH_START_AT');
$late = microtime(true) - $at;
if ($at > 0 && $late < 0) {
    time_sleep_until($at);
} elseif ($at > 0) {
    fprintf(STDERR, "start_at: late by %.3f s\n", $late);
}
$script = $argv[1] ?? '';
if (!is_file($script)) {
    fwrite(STDERR, "usage: php bench/start_at.php <script.php> [args...]\n");
    exit(2);
}
$cpu = static function (): float {
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec'] + ($u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']) / 1e6;
};
$cpu0 = $cpu();
$pid = getmypid();
register_shutdown_function(static function () use ($cpu, $cpu0, $pid): void {
    if (getmypid() === $pid) {   // not in the children a pool forked
        fprintf(STDERR, "start_at: cpu %.6f\n", $cpu() - $cpu0);
    }
});
$argv = array_slice($argv, 1);
$argc = count($argv);
$_SERVER['argv'] = $argv;
$_SERVER['argc'] = $argc;
require $script;
