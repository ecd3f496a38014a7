/* tq_file: atomic replacement of a config file. */
#include "helpers.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli/tq_file.h"

static char dir[256];

static int setup(void **state)
{
    snprintf(dir, sizeof(dir), "/tmp/tq-file-test-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char p[512];
        while ((e = readdir(d))) {
            if (e->d_name[0] != '.') {
                snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
                unlink(p);
            }
        }
        closedir(d);
    }
    return rmdir(dir);
}

static void read_back(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

static int entries(void)
{
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        n += e->d_name[0] != '.';
    }
    closedir(d);
    return n;
}

static void test_creates_a_new_file(void **state)
{
    char path[512], buf[64];
    tq_error err;
    snprintf(path, sizeof(path), "%s/new.conf.php", dir);
    tq_error_clear(&err);
    assert_int_equal(tq_file_replace(path, "<?php\nreturn 1;\n", 16, &err), 0);
    read_back(path, buf, sizeof(buf));
    assert_string_equal(buf, "<?php\nreturn 1;\n");
    assert_int_equal(entries(), 1);   /* no temporary file left */
}

static void test_replaces_and_keeps_the_mode(void **state)
{
    char path[512], buf[64];
    tq_error err;
    struct stat st;
    snprintf(path, sizeof(path), "%s/old.conf.php", dir);
    FILE *f = fopen(path, "w");
    fputs("old content that is longer than the new one", f);
    fclose(f);
    chmod(path, 0640);
    assert_int_equal(tq_file_replace(path, "new", 3, &err), 0);
    read_back(path, buf, sizeof(buf));
    assert_string_equal(buf, "new");
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    assert_int_equal(entries(), 1);
}

static void test_empty_and_binary_content(void **state)
{
    char path[512];
    tq_error err;
    struct stat st;
    snprintf(path, sizeof(path), "%s/bin", dir);
    assert_int_equal(tq_file_replace(path, "", 0, &err), 0);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, 0);
    assert_int_equal(tq_file_replace(path, "a\0b", 3, &err), 0);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, 3);
}

static void test_missing_directory_fails_cleanly(void **state)
{
    char path[512];
    tq_error err;
    snprintf(path, sizeof(path), "%s/no/such/dir/x.conf.php", dir);
    tq_error_clear(&err);
    assert_int_equal(tq_file_replace(path, "x", 1, &err), -1);
    assert_int_equal(err.code, TQ_ERR_IO);
    assert_non_null(strstr(err.message, "cannot create"));
    assert_non_null(strstr(err.message, "No such file or directory"));
}

static void test_rename_failure_leaves_old_file_and_no_temp(void **state)
{
    /* the target is a non-empty directory: rename() fails after the temp was written */
    char path[512], inner[600];
    tq_error err;
    snprintf(path, sizeof(path), "%s/target", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(inner, sizeof(inner), "%s/keep", path);
    FILE *f = fopen(inner, "w");
    fclose(f);
    tq_error_clear(&err);
    assert_int_equal(tq_file_replace(path, "x", 1, &err), -1);
    assert_int_equal(err.code, TQ_ERR_IO);
    assert_non_null(strstr(err.message, "cannot replace"));
    assert_int_equal(entries(), 1);   /* only the directory */
    unlink(inner);
    rmdir(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_creates_a_new_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replaces_and_keeps_the_mode, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_binary_content, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_directory_fails_cleanly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rename_failure_leaves_old_file_and_no_temp, setup, teardown),
    };
    return cmocka_run_group_tests_name("tq_file", tests, NULL, NULL);
}
