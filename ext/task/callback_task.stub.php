<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Task {

    final class CallbackTask extends AbstractTask implements CallbackTaskInterface
    {
        private mixed $callable = null;
        private bool $enqueued = false;

        /** @return mixed */
        public function __invoke() {}

        /** @return void */
        public function __clone() {}

        /** @return static */
        public function setCallable(callable $callable) {}

        /** @return callable|string|null */
        public function getCallable() {}

        /** @return static */
        public function markAsEnqueued() {}

        /** @return bool */
        public function isEnqueued() {}

        /** @return void */
        public function applyWorkerContext() {}

        /** @return bool */
        public function hasChildren() {}

        /** @return array */
        public function getChildren() {}

        public function jsonSerialize(): array {}
    }
}
