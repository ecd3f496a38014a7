/* tq_http_auth and tq_http_file: bearer tokens against the token file, roles, and the
 * storage paths download may open (traversal, absolute names, symbolic links out). */
#include "helpers.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "http/tq_http_auth.h"
#include "http/tq_http_file.h"

static void test_sha256_hex(void **state)
{
    char hex[65];
    tq_http_sha256_hex("abc", 3, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_roles(void **state)
{
    assert_int_equal(tq_http_roles_parse("", 0), TQ_ROLE_USER);
    const char *r = "REST_PUBLISHER,unknown,TAO_MANAGER";
    assert_int_equal(tq_http_roles_parse(r, strlen(r)), TQ_ROLE_USER | TQ_ROLE_MANAGER | TQ_ROLE_PUBLISHER);
    r = "TaskQueueManagerX";
    assert_int_equal(tq_http_roles_parse(r, strlen(r)), TQ_ROLE_USER);
}

static void test_tokens(void **state)
{
    char h1[65], h2[65], h3[65];
    tq_http_sha256_hex("tok-super", 9, h3);
    tq_http_sha256_hex("tok-one", 7, h1);
    tq_http_sha256_hex("tok-two", 7, h2);
    char text[1024];
    snprintf(text, sizeof(text),
             "# comment line\n"
             "garbage\n"
             "%s http://x#u1 -   # trailing comment\n"
             "%s manager TaskQueueManager,REST_PUBLISHER\r\n"
             "%s extra columns here\n"
             "%s cli-user -\n", h1, h2, h1, h3);
    tq_http_user u;
    tq_http_error err;
    assert_int_equal(tq_http_auth_text("Bearer tok-one", text, strlen(text), &u, &err), 0);
    assert_string_equal(u.id, "http://x#u1");
    assert_int_equal(u.roles, TQ_ROLE_USER);
    assert_int_equal(tq_http_auth_text("bearer  tok-two ", text, strlen(text), &u, &err), 0);
    assert_string_equal(u.id, "manager");
    assert_int_equal(u.roles, TQ_ROLE_USER | TQ_ROLE_MANAGER | TQ_ROLE_PUBLISHER);
    const char *bad[] = { NULL, "", "Bearer", "Bearer ", "Basic dG9rLW9uZQ==", "Bearer tok-three", "tok-one",
                          "Bearer tok-super" };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err.status = 0;
        assert_int_equal(tq_http_auth_text(bad[i], text, strlen(text), &u, &err), -1);
        assert_int_equal(err.status, 401);
    }
    /* the hash column itself is not a token */
    char as_token[80];
    snprintf(as_token, sizeof(as_token), "Bearer %s", h1);
    assert_int_equal(tq_http_auth_text(as_token, text, strlen(text), &u, &err), -1);
    /* files: none configured is a 401, an unreadable one a 500 */
    assert_int_equal(tq_http_auth_file("Bearer tok-one", NULL, &u, &err), -1);
    assert_int_equal(err.status, 401);
    assert_int_equal(tq_http_auth_file("Bearer tok-one", "/nonexistent/tokens", &u, &err), -1);
    assert_int_equal(err.status, 500);
    char path[] = "/tmp/tq_http_tokensXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    assert_int_equal(tq_http_auth_file("Bearer tok-two", path, &u, &err), 0);
    assert_string_equal(u.id, "manager");
    unlink(path);
}

/* A token file of many users, read in one piece: the wanted line near the end, its hash in
 * upper case after blanks; a line whose hash differs in the last digit only never matches. */
static void test_large_token_file(void **state)
{
    char h[65], near[65];
    tq_http_sha256_hex("tok-late", 8, h);
    memcpy(near, h, 65);
    near[63] = near[63] == '0' ? '1' : '0';
    size_t cap = 3000 * 110 + 512, len = 0;
    char *text = malloc(cap);
    for (int i = 0; i < 3000; i++) {
        char tok[32], th[65];
        snprintf(tok, sizeof(tok), "tok-%d", i);
        tq_http_sha256_hex(tok, strlen(tok), th);
        len += (size_t)snprintf(text + len, cap - len, "%s http://x/ontology#u%d -\n", th, i);
    }
    for (int i = 0; i < 64; i++) {
        h[i] = (char)(h[i] >= 'a' ? h[i] - 32 : h[i]);
    }
    len += (size_t)snprintf(text + len, cap - len, "%s near-miss -\n \t%s late TAO_MANAGER", near, h);
    tq_http_user u;
    tq_http_error err;
    assert_int_equal(tq_http_auth_text("Bearer tok-late", text, len, &u, &err), 0);
    assert_string_equal(u.id, "late");
    assert_int_equal(u.roles, TQ_ROLE_USER | TQ_ROLE_MANAGER);
    assert_int_equal(tq_http_auth_text("Bearer tok-2999", text, len, &u, &err), 0);
    assert_string_equal(u.id, "http://x/ontology#u2999");
    char path[] = "/tmp/tq_http_tokensXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, len), (ssize_t)len);
    close(fd);
    assert_int_equal(tq_http_auth_file("Bearer tok-late", path, &u, &err), 0);
    assert_string_equal(u.id, "late");
    assert_int_equal(tq_http_auth_file("Bearer tok-1500", path, &u, &err), 0);
    assert_string_equal(u.id, "http://x/ontology#u1500");
    assert_int_equal(tq_http_auth_file("Bearer tok-3000", path, &u, &err), -1);
    assert_int_equal(err.status, 401);
    unlink(path);
    free(text);
}

static void test_storage_paths(void **state)
{
    char dir[] = "/tmp/tq_http_storeXXXXXX", outside[] = "/tmp/tq_http_outXXXXXX";
    assert_non_null(mkdtemp(dir));
    assert_non_null(mkdtemp(outside));
    char p[512];
    snprintf(p, sizeof(p), "%s/a.csv", dir);
    FILE *f = fopen(p, "w"); fputs("x", f); fclose(f);
    snprintf(p, sizeof(p), "%s/sub", dir);
    mkdir(p, 0700);
    snprintf(p, sizeof(p), "%s/sub/b.zip", dir);
    f = fopen(p, "w"); fputs("y", f); fclose(f);
    snprintf(p, sizeof(p), "%s/secret", outside);
    f = fopen(p, "w"); fputs("s", f); fclose(f);
    char link[512];
    snprintf(link, sizeof(link), "%s/link", dir);
    assert_int_equal(symlink(p, link), 0);
    snprintf(link, sizeof(link), "%s/inlink", dir);
    assert_int_equal(symlink("a.csv", link), 0);

    tq_http_error err;
    char *real = tq_http_storage_file(dir, "a.csv", &err);
    assert_non_null(real);
    free(real);
    real = tq_http_storage_file(dir, "sub/b.zip", &err);
    assert_non_null(real);
    free(real);
    real = tq_http_storage_file(dir, "inlink", &err);      /* a link that stays inside */
    assert_non_null(real);
    free(real);
    const char *refused[] = { "", "../x", "sub/../a.csv", "..", ".", "/etc/passwd", "link", "sub",
                              "sub/", "missing", "a\\b", "./a.csv" };
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        err.status = 0;
        assert_null(tq_http_storage_file(dir, refused[i], &err));
        assert_int_equal(err.status, 400);
        assert_string_equal(err.message, "File not found.");
    }
    char rel[600];
    snprintf(rel, sizeof(rel), "../%s/secret", strrchr(outside, '/') + 1);
    assert_null(tq_http_storage_file(dir, rel, &err));
    assert_null(tq_http_storage_file("/nonexistent-dir", "a.csv", &err));
    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s' '%s'", dir, outside);
    assert_int_equal(system(cmd), 0);
}

static void test_download_headers(void **state)
{
    assert_string_equal(tq_http_mime_type("x/report.CSV"), "text/csv");
    assert_string_equal(tq_http_mime_type("noext"), "application/octet-stream");
    char cd[64];
    tq_http_content_disposition("dir/we\"ird\\\n.zip", cd, sizeof(cd));
    assert_string_equal(cd, "attachment; filename=\"weird.zip\"");
    tq_http_content_disposition("a-very-long-name-that-does-not-fit-in-the-buffer.csv", cd, 40);
    assert_int_equal(strlen(cd), 39);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_hex),
        cmocka_unit_test(test_roles),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_large_token_file),
        cmocka_unit_test(test_storage_paths),
        cmocka_unit_test(test_download_headers),
    };
    return cmocka_run_group_tests_name("tq_http auth and files", tests, NULL, NULL);
}
