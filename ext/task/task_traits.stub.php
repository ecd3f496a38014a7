<?php

/** @generate-class-entries */

/*
 * TAO's small traits for tasks, actions and services, native: a userland class `use`s them
 * as it would TAO's PHP traits (the engine copies internal trait methods into the using
 * class). Their state is the private property each declares, in the using class; the
 * properties are untyped, as TAO's, so task_traits.c declares them (gen_stub wants types):
 * ChildTaskAwareTrait::$children = [], WorkerContextAwareTrait::$isWorkerContext = false,
 * TaskAwareTrait::$task, TaskLogAwareTrait::$taskLog.
 */

namespace oat\tao\model\taskQueue\Task {

    trait ChildTaskAwareTrait
    {
        /** @return static */
        public function addChildId(mixed $taskId) {}

        /** @return bool */
        public function hasChildren() {}

        /** @return array */
        public function getChildren() {}
    }

    trait WorkerContextAwareTrait
    {
        /** @return static */
        public function applyWorkerContext() {}

        /** @return bool */
        public function isWorkerContext() {}
    }

    trait TaskAwareTrait
    {
        /** @return static */
        public function setTask(TaskInterface $task) {}

        /** @return TaskInterface|null */
        public function getTask() {}
    }
}

namespace oat\tao\model\taskQueue\TaskLog {

    trait TaskLogAwareTrait
    {
        /** @return static */
        public function setTaskLog(\oat\tao\model\taskQueue\TaskLogInterface $taskLog) {}

        /** @return \oat\tao\model\taskQueue\TaskLogInterface|null */
        public function getTaskLog() {}
    }
}
