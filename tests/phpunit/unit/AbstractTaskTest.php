<?php
namespace oat\taskqueue\test;

use PHPUnit\Framework\TestCase;

class AbstractTaskTest extends TestCase
{
    private SampleTask $task;

    protected function setUp(): void
    {
        $this->task = new SampleTask('http://tao.local/tao.rdf#i123', 'http://tao.local/tao.rdf#owner');
    }

    public function testConstructorSetsIdOwnerAndCreationTime(): void
    {
        $this->assertSame('http://tao.local/tao.rdf#i123', $this->task->getId());
        $this->assertSame('http://tao.local/tao.rdf#owner', $this->task->getOwner());
        $this->assertInstanceOf(\DateTime::class, $this->task->getCreatedAt());
        $this->assertLessThanOrEqual(2, abs(time() - $this->task->getCreatedAt()->getTimestamp()));
        $this->assertSame('TASK ' . SampleTask::class . ' [http://tao.local/tao.rdf#i123]', (string) $this->task);
    }

    public function testMetadataWithStringAndArrayKeys(): void
    {
        $this->task->setMetadata('foo', 'bar')->setMetadata(['a' => 1, 'b' => 2]);
        $this->assertSame('bar', $this->task->getMetadata('foo'));
        $this->assertSame(2, $this->task->getMetadata('b'));
        $this->assertSame('dflt', $this->task->getMetadata('missing', 'dflt'));
    }

    public function testParametersWithTraversable(): void
    {
        $this->task->setParameter(new \ArrayIterator(['x' => 'y']));
        $this->task->setParameter('n', 3);
        $this->assertSame(['x' => 'y', 'n' => 3], $this->task->getParameters());
        $this->assertSame('done 3', ($this->task)()['message']);
    }

    public function testInvalidMetadataKeyThrows(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->task->setMetadata(42, 'x');
    }

    public function testInvalidGetParameterKeyThrows(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->task->getParameter(['not', 'a', 'string']);
    }

    public function testParentAndMasterStatus(): void
    {
        $this->assertFalse($this->task->hasParent());
        $this->task->setParentId('http://x#parent')->setMasterStatus(true);
        $this->assertTrue($this->task->hasParent());
        $this->assertSame('http://x#parent', $this->task->getParentId());
        $this->assertTrue($this->task->isMasterStatus());
    }

    public function testCloneGetsANewIdAndKeepsTheRest(): void
    {
        $this->task->setParameter('k', 'v')->setLabel('lbl');
        $clone = clone $this->task;
        $this->assertNotSame($this->task->getId(), $clone->getId());
        $this->assertMatchesRegularExpression('/#i\d+$/', $clone->getId());
        $this->assertSame(['k' => 'v'], $clone->getParameters());
        $this->assertSame('lbl', $clone->getLabel());
    }

    public function testJsonShape(): void
    {
        $this->task->setParameter('k', 'v');
        $json = json_decode(json_encode($this->task), true);
        $this->assertSame(SampleTask::class, $json['taskFqcn']);
        $this->assertSame('http://tao.local/tao.rdf#i123', $json['metadata']['__id__']);
        $this->assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/', $json['metadata']['__created_at__']);
        $this->assertSame(['k' => 'v'], $json['parameters']);
    }

    public function testChildrenAreUnique(): void
    {
        $this->task->addChildId('c1');
        $this->assertTrue($this->task->hasChildren());
        $this->expectExceptionMessage('Child c1 has been added.');
        $this->task->addChildId('c1');
    }
}
