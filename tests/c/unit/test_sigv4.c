/* tq_sigv4 against AWS's published Signature Version 4 examples: for each, the exact
 * canonical request, string to sign and signature (Authorization header).
 *
 * Sources (all published by AWS; the values below are copied from them):
 * - "Signature Version 4 test suite", AWS General Reference,
 *   https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html
 *   (credentials AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1,
 *   service "service", 20150830T123600Z). Mirrored file by file in
 *   bazelbuild/bazel third_party/aws-sig-v4-test-suite/<case>/<case>.{req,creq,sts,authz}
 *   and awslabs/aws-c-auth tests/aws-signing-test-suite/v4/<case>/; the authorization values
 *   also in @aws-sdk/signature-v4 dist-cjs/suite.fixture.js (e.g. directus/directus
 *   node_modules/@aws-sdk/signature-v4/dist-cjs/suite.fixture.js).
 * - The IAM ListUsers example of "Signature Version 4 signing process" (AWS General Reference:
 *   sigv4-create-canonical-request.html, sigv4-create-string-to-sign.html,
 *   sigv4-calculate-signature.html; now IAM User Guide create-signed-request.html): hashed
 *   canonical request f536975d..., signing key c4afb1cc..., signature 5d672d79....
 */
#include "helpers.h"
#include "sqs/tq_sigv4.h"

#define SUITE_TIME ((time_t)1440938160) /* 2015-08-30T12:36:00Z */
#define EMPTY_SHA "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define SUITE_SCOPE "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"
#define STS_HEAD "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
#define STS_TOKEN "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="

static const tq_sigv4_credentials suite_cred = {
    "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL};

typedef struct vector {
    const char *name;
    const char *method;
    const char *url;
    tq_sigv4_header headers[4];
    size_t nheaders;
    const char *body;
    const char *token;
    const char *creq;       /* <case>.creq */
    const char *sts;        /* <case>.sts */
    const char *authz;      /* <case>.authz */
} vector;

static void check(const vector *v, const char *region, const char *service)
{
    tq_sigv4_request req = {v->method, v->url, v->headers, v->nheaders, v->body,
                            v->body ? strlen(v->body) : 0};
    tq_sigv4_credentials cred = suite_cred;
    cred.session_token = v->token;
    tq_sigv4_result r;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_sigv4_sign(&req, region, service, &cred, SUITE_TIME, &r, &err);
    if (rc != 0) {
        fail_msg("%s: %s", v->name, err.message);
    }
    if (strcmp(r.canonical_request, v->creq) != 0) {
        fail_msg("%s: canonical request\n--- got\n%s\n--- want\n%s", v->name, r.canonical_request, v->creq);
    }
    if (strcmp(r.string_to_sign, v->sts) != 0) {
        fail_msg("%s: string to sign\n--- got\n%s\n--- want\n%s", v->name, r.string_to_sign, v->sts);
    }
    if (strcmp(r.authorization, v->authz) != 0) {
        fail_msg("%s: authorization\n--- got\n%s\n--- want\n%s", v->name, r.authorization, v->authz);
    }
    assert_string_equal(r.amz_date, "20150830T123600Z");
    tq_sigv4_result_free(&r);
}

static void test_get_vanilla(void **state)
{
    vector v = {"get-vanilla", "GET", "https://example.amazonaws.com/", {{0}}, 0, NULL, NULL,
        "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"};
    check(&v, "us-east-1", "service");
}

static void test_post_vanilla(void **state)
{
    vector v = {"post-vanilla", "POST", "https://example.amazonaws.com/", {{0}}, 0, NULL, NULL,
        "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"};
    check(&v, "us-east-1", "service");
}

static void test_post_x_www_form_urlencoded(void **state)
{
    vector v = {"post-x-www-form-urlencoded", "POST", "https://example.amazonaws.com/",
        {{"Content-Type", "application/x-www-form-urlencoded"}}, 1, "Param1=value1", NULL,
        "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
        "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
        "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
        STS_HEAD "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=content-type;host;x-amz-date, "
        "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"};
    check(&v, "us-east-1", "service");
}

static void test_get_vanilla_query_order_key_case(void **state)
{
    vector v = {"get-vanilla-query-order-key-case", "GET",
        "https://example.amazonaws.com/?Param2=value2&Param1=value1", {{0}}, 0, NULL, NULL,
        "GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
        "host;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"};
    check(&v, "us-east-1", "service");
}

static void test_get_vanilla_query_order_key(void **state)
{
    /* same name twice: sorted by value (byte order, "V" < "v") */
    vector v = {"get-vanilla-query-order-key", "GET",
        "https://example.amazonaws.com/?Param1=value2&Param1=Value1", {{0}}, 0, NULL, NULL,
        "GET\n/\nParam1=Value1&Param1=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
        "host;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1"};
    check(&v, "us-east-1", "service");
}

static void test_get_header_key_duplicate(void **state)
{
    vector v = {"get-header-key-duplicate", "GET", "https://example.amazonaws.com/",
        {{"My-Header1", "value2"}, {"My-Header1", "value2"}, {"My-Header1", "value1"}}, 3, NULL, NULL,
        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\n"
        "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;my-header1;x-amz-date, "
        "Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"};
    check(&v, "us-east-1", "service");
}

static void test_post_sts_header_before(void **state)
{
    /* temporary credentials: the session token is part of the signed headers */
    vector v = {"post-sts-header-before", "POST", "https://example.amazonaws.com/", {{0}}, 0, NULL,
        STS_TOKEN,
        "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
        "x-amz-security-token:" STS_TOKEN "\n\nhost;x-amz-date;x-amz-security-token\n" EMPTY_SHA,
        STS_HEAD "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date;x-amz-security-token, "
        "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"};
    check(&v, "us-east-1", "service");
}

static void test_normalize_path(void **state)
{
    vector rel = {"get-relative-relative", "GET", "https://example.amazonaws.com/example1/example2/../..",
        {{0}}, 0, NULL, NULL,
        "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"};
    check(&rel, "us-east-1", "service");
    vector dot = {"get-slash-pointless-dot", "GET", "https://example.amazonaws.com/./example",
        {{0}}, 0, NULL, NULL,
        "GET\n/example\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" EMPTY_SHA,
        STS_HEAD "214d50c111a8edc4819da6a636336472c916b5240f51e9a51b5c3305180cf702",
        "AWS4-HMAC-SHA256 Credential=" SUITE_SCOPE ", SignedHeaders=host;x-amz-date, "
        "Signature=ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5"};
    check(&dot, "us-east-1", "service");
}

static void test_iam_list_users_documented_example(void **state)
{
    tq_sigv4_header h[] = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    vector v = {"iam ListUsers", "GET", "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",
        {h[0]}, 1, NULL, NULL,
        "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
        "content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\n"
        "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n" EMPTY_SHA,
        "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n"
        "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date, "
        "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"};
    check(&v, "us-east-1", "iam");

    char hex[65];
    tq_sigv4_sha256_hex(v.creq, strlen(v.creq), hex);
    assert_string_equal(hex, "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    assert_int_equal(tq_sigv4_signing_key_hex(suite_cred.secret_key, "20150830", "us-east-1", "iam", hex), 0);
    assert_string_equal(hex, "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
}

static void test_sqs_request_shape(void **state)
{
    /* what tq_sqs sends: JSON 1.0 headers signed, non-default port kept in Host */
    tq_sigv4_header h[] = {{"Content-Type", "application/x-amz-json-1.0"},
                           {"X-Amz-Target", "AmazonSQS.SendMessage"}};
    tq_sigv4_request req = {"POST", "http://127.0.0.1:4566/", h, 2, "{}", 2};
    tq_sigv4_credentials cred = {"test", "test", "tok"};
    tq_sigv4_result r;
    assert_int_equal(tq_sigv4_sign(&req, "us-east-1", "sqs", &cred, SUITE_TIME, &r, NULL), 0);
    assert_string_equal(r.host, "127.0.0.1:4566");
    assert_string_equal(r.signed_headers, "content-type;host;x-amz-date;x-amz-security-token;x-amz-target");
    assert_non_null(strstr(r.canonical_request, "\nhost:127.0.0.1:4566\n"));
    assert_non_null(strstr(r.authorization, "Credential=test/20150830/us-east-1/sqs/aws4_request, "));
    assert_int_equal(strlen(r.signature), 64);
    tq_sigv4_result_free(&r);

    /* the default port is not part of Host */
    tq_sigv4_request req2 = {"POST", "https://sqs.eu-west-1.amazonaws.com:443/", NULL, 0, NULL, 0};
    assert_int_equal(tq_sigv4_sign(&req2, "eu-west-1", "sqs", &cred, SUITE_TIME, &r, NULL), 0);
    assert_string_equal(r.host, "sqs.eu-west-1.amazonaws.com");
    tq_sigv4_result_free(&r);
}

static void test_bad_input_is_an_error(void **state)
{
    tq_sigv4_request req = {"GET", "example.amazonaws.com/", NULL, 0, NULL, 0};
    tq_sigv4_result r;
    tq_error err;
    assert_int_equal(tq_sigv4_sign(&req, "us-east-1", "sqs", &suite_cred, SUITE_TIME, &r, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "no scheme"));
    tq_sigv4_result_free(&r);
    tq_sigv4_credentials nokey = {"", "x", NULL};
    req.url = "https://example.amazonaws.com/";
    assert_int_equal(tq_sigv4_sign(&req, "us-east-1", "sqs", &nokey, SUITE_TIME, &r, &err), -1);
    assert_non_null(strstr(err.message, "access key"));
    tq_sigv4_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_get_vanilla),
        cmocka_unit_test(test_post_vanilla),
        cmocka_unit_test(test_post_x_www_form_urlencoded),
        cmocka_unit_test(test_get_vanilla_query_order_key_case),
        cmocka_unit_test(test_get_vanilla_query_order_key),
        cmocka_unit_test(test_get_header_key_duplicate),
        cmocka_unit_test(test_post_sts_header_before),
        cmocka_unit_test(test_normalize_path),
        cmocka_unit_test(test_iam_list_users_documented_example),
        cmocka_unit_test(test_sqs_request_shape),
        cmocka_unit_test(test_bad_input_is_an_error),
    };
    return cmocka_run_group_tests_name("tq_sigv4", tests, NULL, NULL);
}
