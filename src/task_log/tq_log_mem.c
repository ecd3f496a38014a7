/*
 * tq_log_mem: the in-process task log behind InMemoryTaskLogBroker, with the
 * semantics of RdsTaskLogBroker's SQL statements (src/pg/tq_pg_log.h; WHERE with ANDed conditions, SQL
 * NULL logic, LIKE wildcards, ORDER BY, LIMIT/OFFSET).
 *
 * Rows live in an array kept in insertion order (deleted slots become holes that a
 * compaction removes once they outnumber live rows); an open-addressing hash table
 * maps an id to its slot, so lookups by id are O(1) and listings keep a stable order.
 * tq_log_mem_store.c gives it the store interface (tq_log_store.h).
 * May touch: libc, common/tq_time.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <ctype.h>
#include <strings.h>
#include "task_log/tq_log.h"
#include "common/tq_time.h"

typedef struct tq_log_slot {
    tq_log_row row;
    int live;
    uint64_t mark;          /* update_many: the pass that last touched the row */
} tq_log_slot;

#define TQ_HASH_EMPTY 0u
#define TQ_HASH_GONE SIZE_MAX /* a deleted key: probing goes on past it */

struct tq_log_mem {
    tq_log_slot *slots;     /* insertion order, with holes */
    size_t nslots;
    size_t cap;
    size_t nlive;
    size_t *table;          /* slot index + 1, TQ_HASH_EMPTY or TQ_HASH_GONE */
    size_t tcap;            /* a power of two */
    size_t tused;           /* live + gone entries */
    uint64_t pass;
};

/* --- hashing ------------------------------------------------------------------- */

static uint64_t tq_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

/* The table position holding id, or where it would go (first free position). */
static size_t tq_probe(const tq_log_mem *s, const char *id, int *found)
{
    size_t mask = s->tcap - 1;
    size_t i = (size_t)tq_hash(id) & mask;
    size_t first_gone = SIZE_MAX;
    for (;;) {
        size_t v = s->table[i];
        if (v == TQ_HASH_EMPTY) {
            *found = 0;
            return first_gone != SIZE_MAX ? first_gone : i;
        }
        if (v == TQ_HASH_GONE) {
            if (first_gone == SIZE_MAX) {
                first_gone = i;
            }
        } else if (strcmp(s->slots[v - 1].row.id, id) == 0) {
            *found = 1;
            return i;
        }
        i = (i + 1) & mask;
    }
}

/* Rebuilds the table for the live slots, compacting the slot array first. */
static int tq_rebuild(tq_log_mem *s, size_t want_cap)
{
    size_t tcap = 16;
    while (tcap < want_cap * 2) {
        tcap <<= 1;
    }
    size_t *table = calloc(tcap, sizeof(*table));
    if (!table) {
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->nslots; i++) {
        if (s->slots[i].live) {
            s->slots[n++] = s->slots[i];
        }
    }
    s->nslots = n;
    free(s->table);
    s->table = table;
    s->tcap = tcap;
    s->tused = n;
    for (size_t i = 0; i < n; i++) {
        int found;
        size_t pos = tq_probe(s, s->slots[i].row.id, &found);
        s->table[pos] = i + 1;
    }
    return 0;
}

tq_log_mem *tq_log_mem_new(void)
{
    tq_log_mem *s = calloc(1, sizeof(*s));
    if (!s) {
        return NULL;
    }
    s->tcap = 16;
    s->table = calloc(s->tcap, sizeof(*s->table));
    if (!s->table) {
        free(s);
        return NULL;
    }
    return s;
}

void tq_log_mem_free(tq_log_mem *s)
{
    if (!s) {
        return;
    }
    for (size_t i = 0; i < s->nslots; i++) {
        if (s->slots[i].live) {
            tq_log_row_clear(&s->slots[i].row);
        }
    }
    free(s->slots);
    free(s->table);
    free(s);
}

static tq_log_slot *tq_find(const tq_log_mem *s, const char *id)
{
    if (!id) {
        return NULL;
    }
    int found;
    size_t pos = tq_probe(s, id, &found);
    return found ? &s->slots[s->table[pos] - 1] : NULL;
}

int tq_log_mem_add(tq_log_mem *s, const tq_log_row *row, tq_error *err)
{
    if (!row->id || !row->status || !row->task_name) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task log row needs an id, a task name and a status");
    }
    if (tq_find(s, row->id)) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task log row with id \"%s\" exists already", row->id);
    }
    /* keep the table at most half full, counting deleted keys */
    if ((s->tused + 1) * 2 > s->tcap && tq_rebuild(s, s->nlive + 1) != 0) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    if (s->nslots == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        tq_log_slot *slots = realloc(s->slots, cap * sizeof(*slots));
        if (!slots) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        s->slots = slots;
        s->cap = cap;
    }
    tq_log_slot *slot = &s->slots[s->nslots];
    memset(slot, 0, sizeof(*slot));
    if (tq_log_row_copy(&slot->row, row) != 0) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    slot->live = 1;
    int found;
    size_t pos = tq_probe(s, row->id, &found);
    if (s->table[pos] == TQ_HASH_EMPTY) {
        s->tused++;
    }
    s->table[pos] = s->nslots + 1;
    s->nslots++;
    s->nlive++;
    return 0;
}

/* Replaces *field with a copy of value (NULL allowed). -1 when out of memory. */
static int tq_set_str(char **field, const char *value)
{
    char *copy = NULL;
    if (value && !(copy = strdup(value))) {
        return -1;
    }
    free(*field);
    *field = copy;
    return 0;
}

/* Returns 1 (changed), 0 (no such row or the guard failed) or -1 (out of memory). */
int tq_log_mem_update_status(tq_log_mem *s, const char *id, const char *status, const char *prev, int64_t now)
{
    tq_log_slot *slot = tq_find(s, id);
    if (!slot || !status) {
        return 0;
    }
    if (prev && strcmp(slot->row.status, prev) != 0) {
        return 0;
    }
    if (tq_set_str(&slot->row.status, status) != 0) {
        return -1;
    }
    slot->row.updated_at = now;
    return 1;
}

int tq_log_mem_add_report(tq_log_mem *s, const char *id, const char *report_json, const char *status, int64_t now)
{
    tq_log_slot *slot = tq_find(s, id);
    if (!slot) {
        return 0;
    }
    char *report = NULL, *st = NULL;
    if ((report_json && !(report = strdup(report_json))) || (status && !(st = strdup(status)))) {
        free(report);
        return -1;
    }
    free(slot->row.report);
    slot->row.report = report;
    if (st) {
        free(slot->row.status);
        slot->row.status = st;
    }
    slot->row.updated_at = now;
    return 1;
}

const tq_log_row *tq_log_mem_get(const tq_log_mem *s, const char *id)
{
    tq_log_slot *slot = tq_find(s, id);
    return slot ? &slot->row : NULL;
}

int tq_log_mem_delete(tq_log_mem *s, const char *id)
{
    if (!id) {
        return 0;
    }
    int found;
    size_t pos = tq_probe(s, id, &found);
    if (!found) {
        return 0;
    }
    tq_log_slot *slot = &s->slots[s->table[pos] - 1];
    tq_log_row_clear(&slot->row);
    slot->live = 0;
    s->table[pos] = TQ_HASH_GONE;
    s->nlive--;
    /* holes cost memory and scan time; drop them once they outnumber live rows */
    if (s->nslots > 32 && s->nslots > 2 * s->nlive) {
        tq_rebuild(s, s->nlive); /* out of memory: the holes stay, which is harmless */
    }
    return 1;
}

int64_t tq_log_mem_update_many(tq_log_mem *s, const char *const *ids, size_t n, const char *status,
                               const char *const *prev, size_t nprev, int64_t now)
{
    /* a row listed twice is one row, as with SQL's WHERE id = ANY(...) */
    uint64_t pass = ++s->pass;
    int64_t changed = 0;
    for (size_t i = 0; i < n; i++) {
        tq_log_slot *slot = tq_find(s, ids[i]);
        int allowed = nprev == 0;
        for (size_t j = 0; slot && j < nprev && !allowed; j++) {
            allowed = strcmp(slot->row.status, prev[j]) == 0;
        }
        if (!slot || slot->mark == pass || !allowed) {
            continue;
        }
        if (tq_set_str(&slot->row.status, status) != 0) {
            return -1;
        }
        slot->row.updated_at = now;
        slot->mark = pass;
        changed++;
    }
    return changed;
}

/* --- values: times, booleans, LIKE ------------------------------------------------ */

/* master_status values: 0/1 (any integer), true/false. -1 if neither. */
static int tq_parse_bool(const char *v, int64_t *out)
{
    if (strcasecmp(v, "true") == 0 || strcasecmp(v, "t") == 0) {
        *out = 1;
        return 0;
    }
    if (strcasecmp(v, "false") == 0 || strcasecmp(v, "f") == 0) {
        *out = 0;
        return 0;
    }
    char *end;
    if (!*v) {
        return -1;
    }
    long long n = strtoll(v, &end, 10);
    if (*end) {
        return -1;
    }
    *out = n;
    return 0;
}

static size_t tq_utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    for (size_t i = 1; i < n; i++) {
        if (!s[i]) {
            return i;
        }
    }
    return n;
}

/* SQL LIKE: % any run, _ one character, backslash makes the next character literal.
 * Case-sensitive (PostgreSQL's LIKE). Greedy with backtracking to the last %. */
static int tq_like(const char *s, const char *p)
{
    const char *star_p = NULL, *star_s = NULL;
    while (*s) {
        if (*p == '%') {
            while (*p == '%') {
                p++;
            }
            star_p = p;
            star_s = s;
            continue;
        }
        if (*p == '_') {
            s += tq_utf8_len(s);
            p++;
            continue;
        }
        const char *lit = (*p == '\\' && p[1]) ? p + 1 : p;
        if (*lit && *lit == *s) {
            s++;
            p = lit + 1;
            continue;
        }
        if (!star_p) {
            return 0;
        }
        star_s += tq_utf8_len(star_s);
        s = star_s;
        p = star_p;
    }
    while (*p == '%') {
        p++;
    }
    return *p == '\0';
}

/* --- conditions ------------------------------------------------------------------- */

typedef enum { TQ_COL_TEXT, TQ_COL_TIME, TQ_COL_BOOL } tq_col_kind;

/* A column's value in a row: text (NULL for SQL NULL) or a number. */
typedef struct tq_colval {
    tq_col_kind kind;
    int is_null;
    const char *text;
    int64_t num;
} tq_colval;

static int tq_column_value(const tq_log_row *r, const char *col, tq_colval *v)
{
    memset(v, 0, sizeof(*v));
    v->kind = TQ_COL_TEXT;
    if (strcmp(col, "created_at") == 0 || strcmp(col, "updated_at") == 0) {
        v->kind = TQ_COL_TIME;
        v->num = col[0] == 'c' ? r->created_at : r->updated_at;
        v->is_null = v->num == TQ_LOG_NO_TIME;
        return 0;
    }
    if (strcmp(col, "master_status") == 0) {
        v->kind = TQ_COL_BOOL;
        v->num = r->master_status ? 1 : 0;
        return 0;
    }
    const char *text;
    if (strcmp(col, "id") == 0) text = r->id;
    else if (strcmp(col, "parent_id") == 0) text = r->parent_id;
    else if (strcmp(col, "task_name") == 0) text = r->task_name;
    else if (strcmp(col, "parameters") == 0) text = r->parameters;
    else if (strcmp(col, "label") == 0) text = r->label;
    else if (strcmp(col, "status") == 0) text = r->status;
    else if (strcmp(col, "owner") == 0) text = r->owner;
    else if (strcmp(col, "report") == 0) text = r->report;
    else return -1;
    v->text = text;
    v->is_null = text == NULL;
    return 0;
}

/* Three-way comparison of a (non-NULL) column with a value; 0 in *ok when the value
 * cannot be compared with that column (an unparsable time, say): no match then. */
static int tq_compare(const tq_colval *c, const char *value, int *ok)
{
    *ok = 1;
    if (c->kind == TQ_COL_TEXT) {
        return strcmp(c->text, value);
    }
    int64_t n;
    if ((c->kind == TQ_COL_TIME ? tq_time_parse_utc(value, &n) : tq_parse_bool(value, &n)) != 0) {
        *ok = 0;
        return 0;
    }
    return c->num < n ? -1 : c->num > n;
}

static int tq_like_column(const tq_colval *c, const char *pattern)
{
    char buf[32];
    const char *text = c->text;
    if (c->kind == TQ_COL_TIME) {
        tq_time_format_utc(c->num, buf, sizeof(buf));     /* how SQL shows a datetime as text */
        text = buf;
    } else if (c->kind == TQ_COL_BOOL) {
        text = c->num ? "1" : "0";
    }
    return tq_like(text, pattern);
}

static int tq_cond_matches(const tq_log_row *r, const tq_log_cond *cond)
{
    tq_colval c;
    if (tq_column_value(r, cond->column, &c) != 0 || c.is_null) {
        return 0;   /* SQL: a comparison with NULL is never true, != and NOT IN included */
    }
    int ok, cmp;
    switch (cond->op) {
        case TQ_OP_LIKE:
            return cond->nvalues == 1 && tq_like_column(&c, cond->values[0]);
        case TQ_OP_NOT_LIKE:
            return cond->nvalues == 1 && !tq_like_column(&c, cond->values[0]);
        case TQ_OP_IN:
        case TQ_OP_NOT_IN: {
            int hit = 0;
            for (size_t i = 0; i < cond->nvalues && !hit; i++) {
                cmp = tq_compare(&c, cond->values[i], &ok);
                hit = ok && cmp == 0;
            }
            return cond->op == TQ_OP_IN ? hit : !hit;
        }
        default:
            break;
    }
    if (cond->nvalues != 1) {
        return 0;
    }
    cmp = tq_compare(&c, cond->values[0], &ok);
    if (!ok) {
        return 0;
    }
    switch (cond->op) {
        case TQ_OP_EQ: return cmp == 0;
        case TQ_OP_NEQ: return cmp != 0;
        case TQ_OP_LT: return cmp < 0;
        case TQ_OP_LTE: return cmp <= 0;
        case TQ_OP_GT: return cmp > 0;
        case TQ_OP_GTE: return cmp >= 0;
        default: return 0;
    }
}

int tq_log_row_matches(const tq_log_row *r, const tq_log_filter *f)
{
    if (!f) {
        return 1;
    }
    for (size_t i = 0; i < f->nconds; i++) {
        if (!tq_cond_matches(r, &f->conds[i])) {
            return 0;
        }
    }
    return 1;
}

/* --- search ------------------------------------------------------------------------ */

typedef struct tq_sort_key {
    const char *column;
    int desc;
} tq_sort_key;

/* ORDER BY one column. NULLs sort as larger than any value (PostgreSQL's default:
 * last ascending, first descending). */
static int tq_row_order(const tq_log_row *a, const tq_log_row *b, const tq_sort_key *k)
{
    tq_colval va, vb;
    tq_column_value(a, k->column, &va);
    tq_column_value(b, k->column, &vb);
    int cmp;
    if (va.is_null || vb.is_null) {
        cmp = va.is_null - vb.is_null;
    } else if (va.kind == TQ_COL_TEXT) {
        cmp = strcmp(va.text, vb.text);
        cmp = (cmp > 0) - (cmp < 0);
    } else {
        cmp = (va.num > vb.num) - (va.num < vb.num);
    }
    return k->desc ? -cmp : cmp;
}

/* Stable merge sort of row pointers (equal rows keep their insertion order). */
static void tq_merge_sort(const tq_log_row **v, const tq_log_row **tmp, size_t n, const tq_sort_key *k)
{
    if (n < 2) {
        return;
    }
    size_t mid = n / 2;
    tq_merge_sort(v, tmp, mid, k);
    tq_merge_sort(v + mid, tmp, n - mid, k);
    size_t i = 0, j = mid, o = 0;
    while (i < mid && j < n) {
        tmp[o++] = tq_row_order(v[j], v[i], k) < 0 ? v[j++] : v[i++];
    }
    while (i < mid) {
        tmp[o++] = v[i++];
    }
    while (j < n) {
        tmp[o++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof(*v));
}

int64_t tq_log_mem_search(const tq_log_mem *s, const tq_log_filter *f, tq_log_row **out, tq_error *err)
{
    *out = NULL;
    tq_sort_key key = {"created_at", 1};
    if (f) {
        key.desc = f->sort_desc;
    }
    if (f && f->sort_by) {
        if (!tq_log_column_valid(f->sort_by)) {
            return tq_error_set(err, TQ_ERR_INVALID, "cannot sort by \"%s\": not a task log column", f->sort_by);
        }
        key.column = f->sort_by;
    }
    for (size_t i = 0; f && i < f->nconds; i++) {
        if (!tq_log_column_valid(f->conds[i].column)) {
            return tq_error_set(err, TQ_ERR_INVALID, "\"%s\" is not a task log column", f->conds[i].column);
        }
    }
    const tq_log_row **hits = malloc((s->nlive ? s->nlive : 1) * 2 * sizeof(*hits));
    if (!hits) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    size_t n = 0;
    for (size_t i = 0; i < s->nslots; i++) {
        if (s->slots[i].live && tq_log_row_matches(&s->slots[i].row, f)) {
            hits[n++] = &s->slots[i].row;
        }
    }
    tq_merge_sort(hits, hits + s->nlive, n, &key);

    size_t offset = f && f->offset > 0 ? (size_t)f->offset : 0;
    size_t count = offset < n ? n - offset : 0;
    if (f && f->limit >= 0 && (uint64_t)f->limit < count) {
        count = (size_t)f->limit;
    }
    if (count) {
        tq_log_row *rows = calloc(count, sizeof(*rows));
        if (!rows) {
            free(hits);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        for (size_t i = 0; i < count; i++) {
            if (tq_log_row_copy(&rows[i], hits[offset + i]) != 0) {
                for (size_t j = 0; j < i; j++) {
                    tq_log_row_clear(&rows[j]);
                }
                free(rows);
                free(hits);
                return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
            }
        }
        *out = rows;
    }
    free(hits);
    return (int64_t)count;
}

/* COUNT(*) with the filter's conditions; sort, limit and offset do not apply. */
int64_t tq_log_mem_count(const tq_log_mem *s, const tq_log_filter *f)
{
    int64_t n = 0;
    for (size_t i = 0; i < s->nslots; i++) {
        if (s->slots[i].live && tq_log_row_matches(&s->slots[i].row, f)) {
            n++;
        }
    }
    return n;
}

void tq_log_mem_stats(const tq_log_mem *s, const tq_log_filter *f, tq_log_stats *st)
{
    memset(st, 0, sizeof(*st));
    for (size_t i = 0; i < s->nslots; i++) {
        if (!s->slots[i].live || !tq_log_row_matches(&s->slots[i].row, f)) {
            continue;
        }
        switch (tq_status_parse(s->slots[i].row.status)) {
            case TQ_STATUS_ENQUEUED: st->enqueued++; break;
            case TQ_STATUS_DEQUEUED:
            case TQ_STATUS_RUNNING:
            case TQ_STATUS_CHILD_RUNNING: st->in_progress++; break;
            case TQ_STATUS_COMPLETED: st->completed++; break;
            case TQ_STATUS_FAILED:
            case TQ_STATUS_UNKNOWN: st->failed++; break;
            default: break;
        }
    }
}
