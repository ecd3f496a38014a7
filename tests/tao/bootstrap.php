<?php
// Bootstrap for TAO's own queue tests (tests/tao/run.sh): our generis fakes and TAO's test
// files are loaded on demand; the queue classes come from the extension only (TAO's PHP
// copies are never on the path).
// May touch: tests/tao/fakes, the TAO test folder given in TAO_TESTS_DIR (reads).

if (!extension_loaded('taskqueue')) {
    fwrite(STDERR, "taskqueue is not loaded: run through tests/tao/run.sh\n");
    exit(1);
}

(static function (): void {
    $fakes = __DIR__ . '/fakes';
    $dir = getenv('TAO_TESTS_DIR') ?: '';
    // Fake files by the namespace (or class name prefix) they declare.
    $map = [
        'Psr\\' => 'psr.php', 'Zend\\' => 'psr.php', 'Symfony\\' => 'psr.php', 'React\\' => 'psr.php',
        'oat\\generis\\test\\' => 'testcase.php', 'oat\\tao\\test\\Asset\\' => 'testcase.php',
        'oat\\oatbox\\reporting\\' => 'report.php', 'common_report_' => 'report.php',
        'oat\\oatbox\\' => 'generis.php', 'oat\\generis\\' => 'generis.php',
        'common_' => 'generis.php', 'core_kernel_' => 'generis.php',
    ];
    // TAO's test classes (fixtures, stubs) live under its test folders.
    $tests = [
        'oat\\tao\\test\\' => "$dir/tao-core/test/",
        'oat\\taoTaskQueue\\test\\' => "$dir/extension-tao-task-queue/test/",
    ];
    spl_autoload_register(static function (string $class) use ($fakes, $map, $tests): void {
        foreach ($tests as $prefix => $base) {
            if (str_starts_with($class, $prefix)) {
                $file = $base . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require_once $file;
                    return;
                }
            }
        }
        foreach ($map as $prefix => $file) {
            if (str_starts_with($class, $prefix)) {
                require_once "$fakes/$file";
                return;
            }
        }
    });
})();

// tao-core's global URL helper (tao/helpers/... _url()), which TAO's tests call to build the
// URL they expect: controller routes as TAO writes them, on a fixed root.
if (!function_exists('_url')) {
    function _url($action = null, $module = null, $extension = null, $params = []): string
    {
        $query = is_array($params) && $params !== [] ? '?' . http_build_query($params) : '';
        return 'http://tao.local/' . $extension . '/' . $module . '/' . $action . $query;
    }
}
