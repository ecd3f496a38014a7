/* tq_id: the digits of task ids: 24 digits, distinct within a process, and a fork()ed
 * child draws its own random base instead of repeating its parent's sequence. */
#include "helpers.h"
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "task/tq_id.h"

static void test_format(void **state)
{
    tq_id_state st;
    memset(&st, 0, sizeof(st));
    char out[32];
    tq_id_digits(&st, out, sizeof(out));
    assert_int_equal(strlen(out), 24);
    for (int i = 0; i < 24; i++) {
        assert_true(out[i] >= '0' && out[i] <= '9');
    }
    assert_int_equal(st.pid, (long)getpid());
}

static int cmp_ids(const void *a, const void *b)
{
    return memcmp(a, b, 24);
}

static void test_100k_distinct(void **state)
{
    enum { N = 100000 };
    tq_id_state st;
    memset(&st, 0, sizeof(st));
    char (*ids)[25] = malloc(sizeof(*ids) * N);
    assert_non_null(ids);
    for (int i = 0; i < N; i++) {
        char out[32];
        tq_id_digits(&st, out, sizeof(out));
        assert_int_equal(strlen(out), 24);
        memcpy(ids[i], out, 25);
    }
    qsort(ids, N, sizeof(*ids), cmp_ids);
    for (int i = 1; i < N; i++) {
        if (memcmp(ids[i - 1], ids[i], 24) == 0) {
            fail_msg("duplicate id %s", ids[i]);
        }
    }
    free(ids);
}

static void test_fork_reseeds(void **state)
{
    tq_id_state st;
    memset(&st, 0, sizeof(st));
    char parent_id[32];
    tq_id_digits(&st, parent_id, sizeof(parent_id));
    uint64_t parent_base = st.base;

    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* the child holds a copy of the parent's state, as a forked PHP worker does */
        close(fds[0]);
        char child_id[32] = {0};
        tq_id_digits(&st, child_id, sizeof(child_id));
        struct { uint64_t base; uint64_t counter; char id[32]; } msg;
        memset(&msg, 0, sizeof(msg));
        msg.base = st.base;
        msg.counter = st.counter;
        memcpy(msg.id, child_id, sizeof(msg.id));
        ssize_t w = write(fds[1], &msg, sizeof(msg));
        _exit(w == (ssize_t)sizeof(msg) ? 0 : 1);
    }
    close(fds[1]);
    struct { uint64_t base; uint64_t counter; char id[32]; } msg;
    ssize_t r = read(fds[0], &msg, sizeof(msg));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    assert_int_equal(r, sizeof(msg));
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_true(msg.base != parent_base);
    assert_int_equal(msg.counter, 1); /* a fresh sequence */
    /* the parent's next id comes from its own sequence, not the child's */
    char next[32];
    tq_id_digits(&st, next, sizeof(next));
    assert_int_equal(st.base, parent_base);
    assert_int_equal(st.counter, 2);
    assert_true(strcmp(next + 16, msg.id + 16) != 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_100k_distinct),
        cmocka_unit_test(test_fork_reseeds),
    };
    return cmocka_run_group_tests_name("tq_id", tests, NULL, NULL);
}
