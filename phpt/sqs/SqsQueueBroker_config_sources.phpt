--TEST--
SqsQueueBroker AWS settings: generis/awsClient from the service locator, else the TAO root's config/generis/awsClient.conf.php (an AwsClient's getOptions() or an array), else the environment; missing region or credentials name every place looked at
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;

$endpoint = sqs_endpoint();
$saved = [];
foreach (SQS_ENDPOINT_VARS as $v) {
    $saved[$v] = getenv($v);
}
foreach (['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
          'AWS_ENDPOINT_URL_SQS', 'AWS_ENDPOINT_URL', 'AWS_PROFILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE',
          'TASKQUEUE_ROOT'] as $v) {
    putenv($v);
}
$home = sqs_tmpdir('cfg-home');
putenv("HOME=$home");
$root = sqs_tmpdir('cfg-root');
mkdir("$root/config/generis", 0777, true);
ini_set('taskqueue.root', $root);
$file = "$root/config/generis/awsClient.conf.php";
$name = sqs_queue('cfg');

function attempt(?ArrayServiceLocator $locator = null): void
{
    global $name, $root, $home;
    $b = new SqsQueueBroker(new GenerisCache());
    $b->setQueueName($name);
    if ($locator) {
        $b->setServiceLocator($locator);
    }
    try {
        $b->createQueue();
        echo "ok: queue created, ", $b->count(), " messages\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', str_replace([$root, $home], ['ROOT', 'HOME'], $e->getMessage()), "\n";
    }
}
$awsClient = '
namespace oat\awsTools;
if (!class_exists(AwsClient::class)) {
    class AwsClient {
        public function __construct(private array $options = []) {}
        public function getOptions() { return $this->options; }
    }
}
';

echo "nothing anywhere:\n";
attempt();
echo "the file gives the region and the endpoint only (array form):\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'version' => 'latest', 'endpoint' => '$endpoint'];");
attempt();
echo "... credentials from the environment then:\n";
putenv('AWS_ACCESS_KEY_ID=test');
putenv('AWS_SECRET_ACCESS_KEY=test');
attempt();
putenv('AWS_ACCESS_KEY_ID');
putenv('AWS_SECRET_ACCESS_KEY');
echo "everything in the file, as generis' AwsClient:\n";
file_put_contents($file, "<?php $awsClient return new AwsClient(['region' => 'us-east-1', 'version' => 'latest',
    'endpoint' => '$endpoint', 'credentials' => ['key' => 'test', 'secret' => 'test', 'token' => 'session']]);");
attempt();
echo "half the credentials:\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'endpoint' => '$endpoint', 'credentials' => ['key' => 'test']];");
attempt();
echo "a credentials provider (not supported):\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'credentials' => function () {}];");
attempt();
echo "not an AWS client:\n";
file_put_contents($file, "<?php return 42;");
attempt();
echo "an endpoint that is not a URL:\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'endpoint' => 'sqs.local:9000', 'credentials' => ['key' => 'k', 'secret' => 's']];");
attempt();
echo "the service locator's generis/awsClient wins over the file:\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'endpoint' => 'http://127.0.0.1:1', 'credentials' => ['key' => 'k', 'secret' => 's']];");
$client = new oat\awsTools\AwsClient(['region' => 'us-east-1', 'endpoint' => $endpoint,
    'credentials' => ['key' => 'test', 'secret' => 'test']]);
attempt(new ArrayServiceLocator(['generis/awsClient' => $client]));
echo "... and names itself when it lacks something:\n";
attempt(new ArrayServiceLocator(['generis/awsClient' => new oat\awsTools\AwsClient(['endpoint' => $endpoint])]));
echo "a locator without the service: the file again (it points nowhere: network error after retries):\n";
file_put_contents($file, "<?php return ['region' => 'us-east-1', 'endpoint' => 'http://127.0.0.1:1', 'credentials' => ['key' => 'k', 'secret' => 's']];");
$b = new SqsQueueBroker(new GenerisCache());
$b->setQueueName($name)->setServiceLocator(new ArrayServiceLocator());
var_dump($b->count());
echo "no TAO root, no service: the environment alone (AWS_DEFAULT_REGION, AWS_ENDPOINT_URL):\n";
ini_set('taskqueue.root', '');
putenv('AWS_DEFAULT_REGION=us-east-1');
putenv("AWS_ENDPOINT_URL=$endpoint");
putenv('AWS_ACCESS_KEY_ID=test');
putenv('AWS_SECRET_ACCESS_KEY=test');
attempt();
putenv('AWS_ACCESS_KEY_ID');
attempt();
sqs_rmdir($home);
sqs_rmdir($root);
?>
--EXPECTF--
nothing anywhere:
RuntimeException: no AWS region for SQS: looked for 'region' in config/generis/awsClient.conf.php (not used: config file ROOT/config/generis/awsClient.conf.php does not exist), the environment variables AWS_REGION and AWS_DEFAULT_REGION, and 'region' in profile 'default' of HOME/.aws/config
the file gives the region and the endpoint only (array form):
RuntimeException: no AWS credentials for SQS: looked for credentials.key/secret in config/generis/awsClient.conf.php, the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then aws_access_key_id/aws_secret_access_key in profile 'default' of HOME/.aws/credentials and of HOME/.aws/config
... credentials from the environment then:
ok: queue created, 0 messages
everything in the file, as generis' AwsClient:
ok: queue created, 0 messages
half the credentials:
RuntimeException: incomplete AWS credentials in config/generis/awsClient.conf.php: 'credentials.key' is set but 'credentials.secret' is not
a credentials provider (not supported):
RuntimeException: AWS setting 'credentials' in config/generis/awsClient.conf.php is Closure: taskqueue takes static credentials only (an array with key, secret and token, or an object with getAccessKeyId() and getSecretKey())
not an AWS client:
RuntimeException: config/generis/awsClient.conf.php gives int, not the options of an AWS client
an endpoint that is not a URL:
RuntimeException: SQS endpoint 'sqs.local:9000' (from config/generis/awsClient.conf.php) is not an http:// or https:// URL
the service locator's generis/awsClient wins over the file:
ok: queue created, 0 messages
... and names itself when it lacks something:
RuntimeException: no AWS region for SQS: looked for 'region' in service generis/awsClient, the environment variables AWS_REGION and AWS_DEFAULT_REGION, and 'region' in profile 'default' of HOME/.aws/config
a locator without the service: the file again (it points nowhere: network error after retries):
int(0)
no TAO root, no service: the environment alone (AWS_DEFAULT_REGION, AWS_ENDPOINT_URL):
ok: queue created, 0 messages
RuntimeException: no AWS credentials for SQS: looked for credentials.key/secret in config/generis/awsClient.conf.php (not used: no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)), the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then aws_access_key_id/aws_secret_access_key in profile 'default' of HOME/.aws/credentials and of HOME/.aws/config
