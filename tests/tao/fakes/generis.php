<?php
// Our minimal stand-ins for the generis (oatbox) classes TAO's queue tests name: services
// the tests mock or put into a service manager, users and sessions, exceptions. Each has
// only the members a test or the extension calls; none holds generis' code. Written for
// tests/tao (MIT).
// May touch: nothing (declarations only).

namespace oat\oatbox\service {
    use Zend\ServiceManager\ServiceLocatorInterface;

    class ServiceNotFoundException extends \RuntimeException
    {
    }

    /** An option bag with a service locator, as generis' ConfigurableService. */
    abstract class ConfigurableService
    {
        private array $options;
        private $serviceLocator;

        public function __construct($options = [])
        {
            $this->options = $options;
        }
        public function setOption($name, $value) { $this->options[$name] = $value; }
        public function getOption($name, $default = null) { return $this->options[$name] ?? $default; }
        public function hasOption($name) { return isset($this->options[$name]); }
        public function getOptions() { return $this->options; }
        public function setOptions(array $options) { $this->options = $options; }
        public function setServiceLocator(ServiceLocatorInterface $serviceLocator) { $this->serviceLocator = $serviceLocator; }
        public function getServiceLocator() { return $this->serviceLocator; }
        public function getServiceManager() { return $this->serviceLocator; }
        public function propagate($object)
        {
            if (is_object($object) && method_exists($object, 'setServiceLocator')) {
                $object->setServiceLocator($this->getServiceLocator());
            }
            return $object;
        }
    }

    class ServiceManager implements ServiceLocatorInterface
    {
        private array $services = [];

        public function get($serviceKey)
        {
            if (!isset($this->services[$serviceKey])) {
                throw new ServiceNotFoundException($serviceKey);
            }
            return $this->services[$serviceKey];
        }
        public function has($serviceKey) { return isset($this->services[$serviceKey]); }
        public function register($serviceKey, $service) { $this->services[$serviceKey] = $service; }
        public function overload($serviceKey, $service) { $this->services[$serviceKey] = $service; }
        public function propagate($service) { return $service; }
        public function getContainer() { return null; }
    }
}

namespace oat\oatbox\log {
    use oat\oatbox\service\ConfigurableService;
    use Psr\Log\LoggerInterface;

    class LoggerService extends ConfigurableService implements LoggerInterface
    {
        use \Psr\Log\NoOpLoggerMethods;

        public const SERVICE_ID = 'generis/log';
    }
}

namespace oat\oatbox\session {
    /** A session of one user, as generis' (the worker starts one for a task's owner). */
    class StatelessSession
    {
        public function __construct(private $user) {}
        public function getUser() { return $this->user; }
    }
    class SessionService extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/session';
        public function getCurrentSession() { return null; }
        public function setSession($session) {}
        public function getCurrentUser() { return null; }
        public function isAnonymous() { return true; }
    }
}

namespace oat\oatbox\user {
    interface User
    {
        public function getIdentifier();
        public function getPropertyValues($property);
        public function getRoles();
    }
    class AnonymousUser implements User
    {
        public function getIdentifier() { return null; }
        public function getPropertyValues($property) { return []; }
        public function getRoles() { return []; }
    }
}

namespace oat\oatbox\mutex {
    class LockService extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/LockService';
        public function getLockFactory() { throw new \LogicException('fake: mock it'); }
    }
}

namespace oat\oatbox\filesystem {
    class FileSystemService extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/filesystem';
        public function getDirectory($id) { throw new \LogicException('fake: mock it'); }
    }
}

namespace oat\oatbox\action {
    interface Action
    {
        public function __invoke($params);
    }
    class ActionService extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/actionService';
        public function resolve($actionIdentifier) { throw new \LogicException('fake: mock it'); }
    }
}

namespace oat\oatbox\event {
    interface Event
    {
        public function getName();
    }
    class EventManager extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/event';
        public function trigger($event, $params = []) {}
    }
}

namespace oat\generis\model\data {
    interface Ontology
    {
        public function getResource($uri);
        public function getClass($uri);
        public function getProperty($uri);
    }
}

namespace oat\generis\model\user {
    interface UserFactoryServiceInterface
    {
        public const SERVICE_ID = 'generis/userFactory';
        public function createUser(\core_kernel_classes_Resource $userResource, $hashForKey = null);
    }
}

namespace {
    class core_kernel_classes_Resource
    {
        public $uriResource;
        public function __construct($uri) { $this->uriResource = $uri; }
        public function getUri() { return $this->uriResource; }
    }

    abstract class common_user_User implements \oat\oatbox\user\User
    {
    }

    interface common_session_Session
    {
        public function getUser();
    }
    class common_session_SessionManager
    {
        public static function endSession() { return true; }
    }

    class common_Exception extends \Exception
    {
    }
    class common_exception_Error extends common_Exception
    {
    }
    class common_exception_NotFound extends common_exception_Error
    {
    }
    class common_exception_BadRequest extends common_Exception
    {
    }

    class common_persistence_Manager extends \oat\oatbox\service\ConfigurableService
    {
        public const SERVICE_ID = 'generis/persistences';
        public function getPersistenceById($persistenceId) { throw new \LogicException('fake: mock it'); }
    }

    class common_persistence_SqlPersistence
    {
        public function __construct(private string $id = '') {}
        public function getId() { return $this->id; }
    }
}
