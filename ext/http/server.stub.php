<?php

/** @generate-class-entries */

namespace TaskQueue\Http {

    /**
     * The task HTTP API (TAO's tao/TaskQueueWebApi, tao/TaskQueue and
     * taoTaskQueue/TaskQueueRestApi routes; README "Task HTTP API", doc/taskApi.yml).
     * handle() answers the current request of the SAPI: status, headers and body.
     */
    final class Server
    {
        /**
         * Without $userId the caller is the bearer token's user (token file: ini
         * taskqueue.api_tokens or env TASKQUEUE_API_TOKENS); with it (a TAO session) that
         * user with those role names. Without $taskLog, the tao/taskLog service of the TAO
         * root. Returns the HTTP status sent.
         */
        public static function handle(?\oat\tao\model\taskQueue\TaskLogInterface $taskLog = null,
                                      ?string $userId = null, array $roles = []): int {}
    }
}
