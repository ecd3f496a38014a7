<?php
/*
 * The front script of the task HTTP API (README "Task HTTP API"): the extension answers
 * every route. The Task Log comes from the TAO root's config (TASKQUEUE_ROOT or the ini
 * setting taskqueue.root), the users from the token file (taskqueue.api_tokens or
 * TASKQUEUE_API_TOKENS). /taskqueue/ is the task dashboard (README "Task dashboard"):
 * static files of public/taskqueue/, sent from here so that every front (php -S, nginx +
 * php-fpm with the README's one location) serves them with the same headers.
 *
 *   TASKQUEUE_ROOT=/path/to/tao php -d extension=taskqueue.so -S 127.0.0.1:8080 public/index.php
 */
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
if ($path === '/taskqueue' || str_starts_with($path, '/taskqueue/')) {
    require __DIR__ . '/taskqueue.inc';
    taskqueue_dashboard_file($path);
    return;
}
if (!class_exists(\TaskQueue\Http\Server::class, false)) {
    http_response_code(500);
    header('Content-Type: application/json');
    echo '{"success":false,"errorCode":500,"errorMsg":"The taskqueue extension is not loaded"}';
    return;
}
\TaskQueue\Http\Server::handle();
