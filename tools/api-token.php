<?php
/*
 * Adds a user to the task HTTP API's token file and prints the new token (README
 * "Task HTTP API"). Only the token's sha256 is stored:
 *
 *   php tools/api-token.php add <user id> [roles, comma-separated] [--file=<token file>]
 *
 * The file is --file, else the ini setting taskqueue.api_tokens, else the environment
 * variable TASKQUEUE_API_TOKENS. Roles: TaskQueueManager (or TAO_MANAGER), REST_PUBLISHER.
 */
function fail(string $message): never
{
    fwrite(STDERR, "api-token: $message\n");
    exit(1);
}

$args = array_slice($argv, 1);
$file = null;
foreach ($args as $i => $a) {
    if (str_starts_with($a, '--file=')) {
        $file = substr($a, 7);
        unset($args[$i]);
    }
}
$args = array_values($args);
if (($args[0] ?? '') !== 'add' || !isset($args[1]) || count($args) > 3) {
    fail("usage: php tools/api-token.php add <user id> [roles] [--file=<token file>]");
}
$user = $args[1];
$roles = $args[2] ?? '-';
if ($user === '' || preg_match('/\s/', $user)) {
    fail("a user id is one word without blanks");
}
if ($user === 'cli-user') {
    fail("cli-user is TAO's super user and cannot have a token");
}
if ($roles === '' || preg_match('/\s/', $roles)) {
    fail("roles are comma-separated names without blanks, or -");
}
$file ??= (ini_get('taskqueue.api_tokens') ?: (getenv('TASKQUEUE_API_TOKENS') ?: null));
if ($file === null) {
    fail("no token file: pass --file=..., or set taskqueue.api_tokens or TASKQUEUE_API_TOKENS");
}
$token = bin2hex(random_bytes(32));
$line = hash('sha256', $token) . " $user $roles\n";
$fh = fopen($file, 'a');
if ($fh === false || !flock($fh, LOCK_EX) || fwrite($fh, $line) !== strlen($line)) {
    fail("cannot append to $file");
}
fflush($fh);
flock($fh, LOCK_UN);
fclose($fh);
@chmod($file, 0640);
echo $token, "\n";
