/* tq_curl: libcurl is not mapped until the first tq_curl_load(), then the table works, and
 * after tq_curl_unload() loading is refused with a message. The three tests run in order in
 * one process (the library is process-wide). */
#include <stdio.h>
#include "helpers.h"
#include "sqs/tq_curl.h"

static int curl_mapped(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    assert_non_null(f);
    while (fgets(line, sizeof(line), f)) {
        if (strstr(line, "/libcurl")) {
            found = 1;
        }
    }
    fclose(f);
    return found;
}

static void test_not_mapped_before_first_use(void **state)
{
    assert_false(tq_curl_loaded());
#ifndef TQ_CURL_LINKED
    assert_null(tq_curl_version());
    assert_false(curl_mapped());
#endif
}

static void test_first_use_loads_and_initialises(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    const tq_curl_api *api = tq_curl_load(&err);
    assert_non_null(api);
    assert_true(tq_curl_loaded());
    assert_true(curl_mapped());
    const char *v = tq_curl_version();
    assert_non_null(v);
    assert_true(v[0] >= '7' && v[0] <= '9');
    assert_ptr_equal(tq_curl_load(&err), api);     /* once per process */

    CURL *easy = api->easy_init();
    assert_non_null(easy);
    assert_int_equal(api->easy_setopt(easy, CURLOPT_TIMEOUT_MS, 1000L), CURLE_OK);
    assert_int_equal(api->easy_setopt(easy, (CURLoption)999999, 1L), CURLE_UNKNOWN_OPTION);
    api->easy_cleanup(easy);
    struct curl_slist *h = api->slist_append(NULL, "X-A: 1");
    assert_non_null(h);
    assert_string_equal(h->data, "X-A: 1");
    api->slist_free_all(h);
    assert_string_equal(api->easy_strerror(CURLE_OK), "No error");
}

static void test_after_unload_loading_is_refused(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_curl_unload();
    assert_false(tq_curl_loaded());
    assert_null(tq_curl_version());
    assert_null(tq_curl_load(&err));
    assert_int_equal(err.code, TQ_ERR_IO);
    assert_non_null(strstr(err.message, "shut down"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_not_mapped_before_first_use),
        cmocka_unit_test(test_first_use_loads_and_initialises),
        cmocka_unit_test(test_after_unload_loading_is_refused),
    };
    return cmocka_run_group_tests_name("tq_curl", tests, NULL, NULL);
}
