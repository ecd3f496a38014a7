<?php
// Our stand-ins for generis' test helpers (oat\generis\test\...): a PHPUnit TestCase with
// getServiceLocatorMock(), the service-manager and persistence-manager mock traits, the
// MockObject name. The persistence mock gives the RDS brokers a fresh schema of the
// PostgreSQL in TASKQUEUE_PERSISTENCE_DEFAULT where generis gives a fresh SQLite in memory,
// which the extension does not speak; without it the test is skipped, as generis skips
// without pdo_sqlite. It needs PHP's pgsql extension.
// Written for tests/tao (MIT).
// May touch: TaskQueue\PersistenceRegistry (registers the test persistence).

namespace oat\generis\test {
    use oat\oatbox\service\ServiceManager;
    use PHPUnit\Framework\MockObject\MockObject as PhpUnitMockObject;
    use Psr\Container\ContainerInterface;
    use Zend\ServiceManager\ServiceLocatorInterface;

    interface MockObject extends PhpUnitMockObject
    {
    }

    trait ServiceManagerMockTrait
    {
        public function getServiceManagerMock(array $services = []): ServiceManager
        {
            $has = static fn($key): bool => array_key_exists($key, $services);
            $get = static fn($key) => $services[$key] ?? null;
            $container = $this->createMock(ContainerInterface::class);
            $container->method('has')->willReturnCallback($has);
            $container->method('get')->willReturnCallback($get);
            $manager = $this->createMock(ServiceManager::class);
            $manager->method('getContainer')->willReturn($container);
            $manager->method('has')->willReturnCallback($has);
            $manager->method('get')->willReturnCallback($get);
            return $manager;
        }
    }

    trait PersistenceManagerMockTrait
    {
        public function getPersistenceManagerMock($key)
        {
            $conninfo = getenv('TASKQUEUE_PERSISTENCE_DEFAULT');
            if (!$conninfo) {
                $this->markTestSkipped('no PostgreSQL (TASKQUEUE_PERSISTENCE_DEFAULT) for persistence ' . $key);
            }
            // generis gives each test a fresh SQLite in memory: here, a fresh schema
            // first on the search path, dropped when the process ends
            $schema = 'tao_test_' . bin2hex(random_bytes(6));
            $db = pg_connect($conninfo, PGSQL_CONNECT_FORCE_NEW);
            pg_query($db, "CREATE SCHEMA $schema");
            register_shutdown_function(static function () use ($conninfo, $schema): void {
                $db = pg_connect($conninfo, PGSQL_CONNECT_FORCE_NEW);
                pg_query($db, "DROP SCHEMA $schema CASCADE");
            });
            \TaskQueue\PersistenceRegistry::register($key, $conninfo . " options='-csearch_path=$schema'");
            $manager = $this->createMock(\common_persistence_Manager::class);
            $manager->method('getPersistenceById')->willReturn(new \common_persistence_SqlPersistence($key));
            return $manager;
        }
    }

    abstract class TestCase extends \PHPUnit\Framework\TestCase
    {
        use ServiceManagerMockTrait;
        use PersistenceManagerMockTrait;

        public function getServiceLocatorMock(array $services = [])
        {
            $locator = $this->createMock(ServiceLocatorInterface::class);
            $locator->method('get')->willReturnCallback(static fn($key) => $services[$key] ?? null);
            $locator->method('has')->willReturnCallback(static fn($key) => array_key_exists($key, $services));
            return $locator;
        }
    }
}

namespace oat\tao\test\Asset {
    /** A callable class whose static method and __invoke return their parameters. */
    class CallableFixture
    {
        public function __invoke($params = [])
        {
            return $params;
        }
        public static function exampleStatic($params = [])
        {
            return $params;
        }
    }
}
