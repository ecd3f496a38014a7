<?php

/** @generate-class-entries */

/*
 * tao-core's TaskLogActionTrait (the controllers' "a task was created" JSON), native: a TAO
 * controller `use`s it as it would TAO's PHP trait. Its two abstract methods are the hooks
 * TAO's controllers already have (getServiceManager(), returnJson()); the session user comes
 * from generis' common_session_SessionManager when that class is loaded, else getUserId() must
 * be overridden or a user id given (doc/compatibility.md, "Traits").
 */

namespace oat\tao\model\taskQueue {

    trait TaskLogActionTrait
    {
        /** @return mixed */
        abstract protected function getServiceManager();

        /** @return mixed */
        abstract protected function returnJson(mixed $data, mixed $httpStatus = 200);

        /** @return TaskLog\Entity\EntityInterface */
        protected function getTaskLogEntity(mixed $taskId, mixed $userId = null) {}

        /** @return string */
        protected function getUserId() {}

        /** @return array */
        protected function getTaskLogReturnData(mixed $taskId, mixed $forcedTaskType = null, mixed $userId = null) {}

        /** @return mixed */
        protected function returnTaskJson(Task\TaskInterface $task, array $extraData = []) {}

        /** @return string */
        protected function getTaskId(mixed $taskLogEntity) {}

        /** @return string */
        protected function getTaskStatus(mixed $taskLogEntity) {}

        /** @return array */
        protected function getTaskReport(mixed $taskLogEntity) {}

        /** @return array */
        protected function addExtraReturnData(TaskLog\Entity\EntityInterface $taskLogEntity) {}

        /** @return array */
        protected function getPlainReport(object|array $report) {}

        /** @return array */
        protected function getReportAsAssociativeArray(object|array $report) {}
    }
}
