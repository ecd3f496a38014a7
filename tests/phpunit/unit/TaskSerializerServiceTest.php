<?php
namespace oat\oatbox\action {
    if (!interface_exists(Action::class)) {
        // generis' interface: a message may name only Actions (or what the ini allows)
        interface Action
        {
            public function __invoke($params);
        }
    }
}

namespace oat\tao\model\task {
    // TAO's export action, as the reference JSON names it.
    class ExportByHandler implements \oat\oatbox\action\Action
    {
        public function __invoke($params)
        {
            return null;
        }
    }
}

namespace oat\taskqueue\test {

use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskSerializerService;
use PHPUnit\Framework\TestCase;

class TaskSerializerServiceTest extends TestCase
{
    // TAO's reference task JSON (doc/ARCHITECTURE.md, section 5), as TAO's json_encode writes it (slashes escaped)
    private const REFERENCE = '{"taskFqcn":"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask","metadata":{"__id__":"http:\\/\\/www.taotesting.com\\/ontologies\\/tao.rdf#i15402228521886108","__created_at__":"2018-10-22T15:40:52+00:00","__owner__":"","__master_status__":0,"__label__":"ExportByHandler","__callable__":"oat\\\\tao\\\\model\\\\task\\\\ExportByHandler"},"parameters":[]}';

    public function testDeserializeReferenceGivesCallbackTask(): void
    {
        $task = (new TaskSerializerService())->deserialize(self::REFERENCE);
        $this->assertInstanceOf(CallbackTask::class, $task);
        $this->assertSame('http://www.taotesting.com/ontologies/tao.rdf#i15402228521886108', $task->getId());
        $this->assertSame('', $task->getOwner());
        $this->assertSame('ExportByHandler', $task->getLabel());
        $this->assertInstanceOf(\oat\tao\model\task\ExportByHandler::class, $task->getCallable());
        $this->assertSame([], $task->getParameters());
        $this->assertSame('2018-10-22T15:40:52+00:00', $task->getCreatedAt()->format('c'));
    }

    public function testSerializeGivesTheSameBytesBack(): void
    {
        $service = new TaskSerializerService();
        $this->assertSame(self::REFERENCE, $service->serialize($service->deserialize(self::REFERENCE)));
    }

    public function testMissingTaskFqcnIsNamed(): void
    {
        $this->expectException(InvalidTaskException::class);
        $this->expectExceptionMessageMatches('/taskFqcn/');
        (new TaskSerializerService())->deserialize('{"metadata":{"__id__":"x"},"parameters":[]}');
    }

    public function testNotJson(): void
    {
        $this->expectException(InvalidTaskException::class);
        (new TaskSerializerService())->deserialize('{oops');
    }
}
}
