<?php

/** @generate-class-entries */

/*
 * TAO's Task Log presentation decorators (tao-core oat\tao\model\taskQueue\TaskLog\Decorator),
 * native. Collaborators from generis and tao-core (FileSystemService, FileReferenceSerializer,
 * User, AclProxy, the session) are PHP types unknown at start-up: they are taken as objects
 * and called by name, and the ones TAO's constructors require may be left out (null), in
 * which case the extension's own storage directory and the given or session user are used
 * (doc/compatibility.md, "Decorators"). The processor's two properties are untyped, as TAO's,
 * so decorators.c declares them (gen_stub wants types).
 */

namespace oat\tao\model\taskQueue\TaskLog\Decorator {

    abstract class TaskLogEntityDecorator implements \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface
    {
        private ?\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity) {}

        /** @return string */
        public function getId() {}

        /** @return string */
        public function getParentId() {}

        /** @return string */
        public function getTaskName() {}

        /** @return array */
        public function getParameters() {}

        /** @return string */
        public function getLabel() {}

        /** @return string */
        public function getOwner() {}

        /** @return mixed */
        public function getReport() {}

        /** @return \DateTime|null */
        public function getCreatedAt() {}

        /** @return \DateTime|null */
        public function getUpdatedAt() {}

        /** @return \oat\tao\model\taskQueue\TaskLog\CategorizedStatus */
        public function getStatus() {}

        /** @return bool */
        public function isMasterStatus() {}

        /** @return string */
        public function getFileNameFromReport() {}

        /** @return string */
        public function getResourceUriFromReport() {}

        public function jsonSerialize(): array {}

        /** @return array */
        public function toArray() {}
    }

    class CategoryEntityDecorator extends TaskLogEntityDecorator
    {
        private ?\oat\tao\model\taskQueue\TaskLogInterface $taskLogService = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity, \oat\tao\model\taskQueue\TaskLogInterface $taskLogService) {}

        public function jsonSerialize(): array {}

        /** @return array */
        public function toArray() {}
    }

    class HasFileEntityDecorator extends TaskLogEntityDecorator
    {
        private ?object $fileSystemService = null;
        private ?object $fileReferenceSerializer = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity, ?object $fileSystemService = null, ?object $fileReferenceSerializer = null) {}

        public function jsonSerialize(): array {}

        /** @return array */
        public function toArray() {}

        /** @return object|null */
        protected function getFileSystemService() {}

        /** @return object|null */
        protected function getFileReferenceSerializer() {}
    }

    class RedirectUrlEntityDecorator extends TaskLogEntityDecorator
    {
        private ?\oat\tao\model\taskQueue\TaskLogInterface $taskLogService = null;
        private mixed $user = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity, \oat\tao\model\taskQueue\TaskLogInterface $taskLogService, object $user) {}

        public function jsonSerialize(): array {}

        /** @return array */
        public function toArray() {}

        /** @return bool */
        protected function hasAccess(mixed $user, mixed $class, mixed $method, mixed $parameters) {}
    }

    class TaskLogEntityDecorateProcessor
    {
        public function addDecorator(string $decorator): void {}

        public function setEntity(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity): TaskLogEntityDecorateProcessor {}

        public function jsonSerialize(): array {}

        public function toArray(): array {}
    }

    abstract class TaskLogCollectionDecorator implements \oat\tao\model\taskQueue\TaskLog\CollectionInterface
    {
        private ?\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection) {}

        public function getIterator(): \Traversable {}

        public function count(): int {}

        /** @return array */
        public function toArray() {}

        /** @return bool */
        public function isEmpty() {}

        /** @return \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface|null */
        public function first() {}

        /** @return \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface|null */
        public function last() {}

        /** @return array */
        public function getIds() {}

        public function jsonSerialize(): array {}
    }

    /** The seventh argument (ours) is the user the redirect URLs are checked for; without it, generis' session user. */
    class SimpleManagementCollectionDecorator extends TaskLogCollectionDecorator
    {
        private ?\oat\tao\model\taskQueue\TaskLogInterface $taskLogService = null;
        private ?object $fileSystemService = null;
        private ?object $fileReferenceSerializer = null;
        private ?TaskLogEntityDecorateProcessor $taskLogEntityDecorateProcessor = null;
        private bool $reportIncluded = false;
        private ?object $user = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection, \oat\tao\model\taskQueue\TaskLogInterface $taskLogService, ?object $fileSystemService, ?object $fileReferenceSerializer, TaskLogEntityDecorateProcessor $taskLogEntityDecorateProcessor, mixed $reportIncluded, ?object $user = null) {}

        /** @return array */
        public function toArray() {}

        public function jsonSerialize(): array {}
    }
}
