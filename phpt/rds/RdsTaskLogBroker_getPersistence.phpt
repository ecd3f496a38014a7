--TEST--
RdsTaskLogBroker::getPersistence() (protected, TAO's): the generis persistence of its id from the locator's generis/persistences, through getServiceLocator() so an override is used; no connection is opened for it
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

class Manager
{
    public function getPersistenceById($id) { return "persistence($id)"; }
}
class Locator
{
    public function get($id) { echo "get($id)\n"; return new Manager(); }
}
class Broker extends RdsTaskLogBroker
{
    public function persistence() { return $this->getPersistence(); }
}
class LocatorOverride extends Broker
{
    public function getServiceLocator() { echo "getServiceLocator()\n"; return new Locator(); }
}

$b = new Broker('no_such_db', 'c');
$b->setServiceLocator(new Locator());
var_dump($b->persistence());
var_dump((new LocatorOverride('other'))->persistence());
try {
    (new Broker('x'))->persistence();
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump((new ReflectionMethod(RdsTaskLogBroker::class, 'getPersistence'))->isProtected());
--EXPECT--
get(generis/persistences)
string(23) "persistence(no_such_db)"
getServiceLocator()
get(generis/persistences)
string(18) "persistence(other)"
LogicException: RdsTaskLogBroker has no service locator to get generis/persistences from
bool(true)
