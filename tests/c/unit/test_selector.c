/* Selectors: the generator, weighted picks, strict priority order and cursor. */
#include "helpers.h"
#include "queue/tq_selector.h"

static void test_seed_replays_and_differs(void **state)
{
    tq_rng a, b, c;
    tq_rng_seed(&a, 42);
    tq_rng_seed(&b, 42);
    tq_rng_seed(&c, 43);
    int same_c = 1;
    for (int i = 0; i < 100; i++) {
        uint64_t x = tq_rng_next(&a);
        assert_true(x == tq_rng_next(&b));
        if (x != tq_rng_next(&c)) {
            same_c = 0;
        }
    }
    assert_false(same_c);
    /* Seed 0 must not give the all-zero state xoshiro cannot leave. */
    tq_rng z;
    tq_rng_seed(&z, 0);
    assert_true(z.s[0] | z.s[1] | z.s[2] | z.s[3]);
    assert_true(tq_rng_next(&z) != 0 || tq_rng_next(&z) != 0);
}

static void test_os_seed_gives_distinct_streams(void **state)
{
    tq_rng a, b;
    tq_rng_seed_os(&a);
    tq_rng_seed_os(&b);
    assert_true(tq_rng_next(&a) != tq_rng_next(&b));
}

static void test_below_stays_in_range_and_covers_it(void **state)
{
    tq_rng r;
    tq_rng_seed(&r, 7);
    int seen[7] = {0};
    for (int i = 0; i < 7000; i++) {
        uint64_t x = tq_rng_below(&r, 7);
        assert_true(x < 7);
        seen[x]++;
    }
    for (int i = 0; i < 7; i++) {
        assert_in_range(seen[i], 850, 1150);
    }
    assert_int_equal(tq_rng_below(&r, 1), 0);
    assert_int_equal(tq_rng_below(&r, 0), 0);
}

static void test_weight_pick_proportions_90_30_10(void **state)
{
    const int64_t w[3] = {90, 30, 10};
    const double share[3] = {90.0 / 130, 30.0 / 130, 10.0 / 130};
    tq_rng r;
    tq_rng_seed(&r, 20261127);
    int hits[3] = {0, 0, 0};
    const int picks = 100000;
    for (int i = 0; i < picks; i++) {
        int k = tq_weight_pick(&r, w, 3);
        assert_in_range(k, 0, 2);
        hits[k]++;
    }
    for (int k = 0; k < 3; k++) {
        double got = (double)hits[k] / picks;
        /* within 1 percentage point of the configured share */
        assert_true(got > share[k] - 0.01 && got < share[k] + 0.01);
    }
}

static void test_weight_pick_edges(void **state)
{
    tq_rng r;
    tq_rng_seed(&r, 1);
    assert_int_equal(tq_weight_pick(&r, NULL, 0), -1);

    /* A zero (or negative) weight is never picked while another weight is positive. */
    const int64_t some_zero[4] = {0, 5, -3, 0};
    for (int i = 0; i < 1000; i++) {
        assert_int_equal(tq_weight_pick(&r, some_zero, 4), 1);
    }

    /* All zero: uniform over the queues instead of TAO's random_int(1, 0) error. */
    const int64_t zeros[4] = {0, 0, 0, 0};
    int hits[4] = {0};
    for (int i = 0; i < 40000; i++) {
        hits[tq_weight_pick(&r, zeros, 4)]++;
    }
    for (int k = 0; k < 4; k++) {
        assert_in_range(hits[k], 9000, 11000);
    }

    /* Weights whose sum overflows 64 bits still pick in proportion. */
    const int64_t huge[2] = {INT64_MAX, INT64_MAX};
    int first = 0;
    for (int i = 0; i < 10000; i++) {
        first += tq_weight_pick(&r, huge, 2) == 0;
    }
    assert_in_range(first, 4500, 5500);
}

static void test_weight_pick_replays_with_seed(void **state)
{
    const int64_t w[3] = {90, 30, 10};
    tq_rng a, b;
    tq_rng_seed(&a, 99);
    tq_rng_seed(&b, 99);
    for (int i = 0; i < 1000; i++) {
        assert_int_equal(tq_weight_pick(&a, w, 3), tq_weight_pick(&b, w, 3));
    }
}

static void test_weight_pick_except_replays_pick(void **state)
{
    /* Nothing skipped: the same draws as tq_weight_pick, so seeded picks stay as they were. */
    const int64_t w[3] = {90, 30, 10};
    const unsigned char none[3] = {0, 0, 0};
    tq_rng a, b, c;
    tq_rng_seed(&a, 5);
    tq_rng_seed(&b, 5);
    tq_rng_seed(&c, 5);
    for (int i = 0; i < 1000; i++) {
        int k = tq_weight_pick(&a, w, 3);
        assert_int_equal(tq_weight_pick_except(&b, w, NULL, 3), k);
        assert_int_equal(tq_weight_pick_except(&c, w, none, 3), k);
    }
}

/* WeightStrategy's pick with fall-through over queues of which some are empty: draws until
 * a drawn queue is not empty; -1 when all are. */
static int pick_falling_through(tq_rng *r, const int64_t *w, const int *empty, size_t n)
{
    unsigned char tried[8] = {0};
    for (;;) {
        int k = tq_weight_pick_except(r, w, tried, n);
        if (k < 0 || !empty[k]) {
            return k;
        }
        tried[k] = 1;
    }
}

static void assert_shares(const int *hits, const double *share, size_t n, int picks)
{
    for (size_t k = 0; k < n; k++) {
        double got = (double)hits[k] / picks;
        /* within 1 percentage point */
        assert_true(got > share[k] - 0.01 && got < share[k] + 0.01);
    }
}

static void test_weight_fall_through_keeps_shares(void **state)
{
    const int64_t w[3] = {90, 30, 10};
    const int picks = 100000;
    tq_rng r;
    tq_rng_seed(&r, 20261205);

    /* Every queue has work: the fall-through never runs, the shares are the weights'. */
    const int full[3] = {0, 0, 0};
    int hits[3] = {0, 0, 0};
    for (int i = 0; i < picks; i++) {
        hits[pick_falling_through(&r, w, full, 3)]++;
    }
    const double all[3] = {90.0 / 130, 30.0 / 130, 10.0 / 130};
    assert_shares(hits, all, 3, picks);

    /* The heaviest queue is empty: every pick still finds a task, and the others share the
     * picks by their own weights. */
    const int first_empty[3] = {1, 0, 0};
    int rest[3] = {0, 0, 0};
    for (int i = 0; i < picks; i++) {
        int k = pick_falling_through(&r, w, first_empty, 3);
        assert_true(k == 1 || k == 2);
        rest[k]++;
    }
    const double among_rest[3] = {0, 30.0 / 40, 10.0 / 40};
    assert_shares(rest, among_rest, 3, picks);

    /* Only the lightest has work: it gets every pick. */
    const int only_last[3] = {1, 1, 0};
    for (int i = 0; i < 1000; i++) {
        assert_int_equal(pick_falling_through(&r, w, only_last, 3), 2);
    }
    /* All empty: the pick says so after trying each queue once. */
    const int none[3] = {1, 1, 1};
    assert_int_equal(pick_falling_through(&r, w, none, 3), -1);
}

static void test_weight_pick_except_edges(void **state)
{
    tq_rng r;
    tq_rng_seed(&r, 3);
    const int64_t w[3] = {5, 0, 7};
    const unsigned char all[3] = {1, 1, 1};
    assert_int_equal(tq_weight_pick_except(&r, w, all, 3), -1);
    assert_int_equal(tq_weight_pick_except(&r, w, NULL, 0), -1);
    /* A queue of weight 0 is drawn only once every weighted queue was skipped. */
    const unsigned char first[3] = {1, 0, 0};
    const unsigned char weighted[3] = {1, 0, 1};
    for (int i = 0; i < 1000; i++) {
        assert_int_equal(tq_weight_pick_except(&r, w, first, 3), 2);
        assert_int_equal(tq_weight_pick_except(&r, w, weighted, 3), 1);
    }
}

static void test_strict_order_highest_first_stable(void **state)
{
    const int64_t w[5] = {10, 90, 30, 90, 10};
    size_t order[5];
    tq_strict_order(w, 5, order);
    const size_t expect[5] = {1, 3, 2, 0, 4};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(order[i], expect[i]);
    }
    tq_strict_order(w, 0, order); /* nothing to do, nothing touched */
}

static void test_strict_cursor_and_wait(void **state)
{
    tq_strict_priority sp = {0};
    const size_t n = 3;
    /* Before any poll TAO answers 5 only for zero queues. */
    assert_int_equal(tq_strict_wait(&sp, n), 0);
    assert_int_equal(tq_strict_wait(&sp, 0), 5);

    /* Misses walk down the priorities; no wait until the round is complete. */
    assert_int_equal(tq_strict_current(&sp, n), 0);
    tq_strict_after(&sp, 0);
    assert_int_equal(tq_strict_wait(&sp, n), 0);
    assert_int_equal(tq_strict_current(&sp, n), 1);
    tq_strict_after(&sp, 0);
    assert_int_equal(tq_strict_current(&sp, n), 2);
    tq_strict_after(&sp, 0);
    assert_int_equal(tq_strict_wait(&sp, n), 5);
    /* The next poll wraps to the top. */
    assert_int_equal(tq_strict_current(&sp, n), 0);
    assert_int_equal(tq_strict_wait(&sp, n), 0);
    tq_strict_after(&sp, 0);
    assert_int_equal(tq_strict_current(&sp, n), 1);
    /* A hit anywhere sends the cursor back to the highest priority. */
    tq_strict_after(&sp, 1);
    assert_int_equal(tq_strict_wait(&sp, n), 0);
    assert_int_equal(tq_strict_current(&sp, n), 0);
    /* Fewer queues than the cursor (config shrank): wrap. */
    sp.next = 7;
    assert_int_equal(tq_strict_current(&sp, 2), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_replays_and_differs),
        cmocka_unit_test(test_os_seed_gives_distinct_streams),
        cmocka_unit_test(test_below_stays_in_range_and_covers_it),
        cmocka_unit_test(test_weight_pick_proportions_90_30_10),
        cmocka_unit_test(test_weight_pick_edges),
        cmocka_unit_test(test_weight_pick_replays_with_seed),
        cmocka_unit_test(test_weight_pick_except_replays_pick),
        cmocka_unit_test(test_weight_fall_through_keeps_shares),
        cmocka_unit_test(test_weight_pick_except_edges),
        cmocka_unit_test(test_strict_order_highest_first_stable),
        cmocka_unit_test(test_strict_cursor_and_wait),
    };
    return cmocka_run_group_tests_name("tq_selector", tests, NULL, NULL);
}
