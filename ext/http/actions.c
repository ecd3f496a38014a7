/*
 * http/actions.c: the work of each task route on a TaskLogInterface, through its PHP
 * methods (search, findAvailableByUser, getByIdAndUser, getById, getStats, archive,
 * cancel and their collection forms), and the rows TAO's decorators add to entities:
 * category, hasFile, redirectUrl (README "Task HTTP API", doc/taskApi.yml).
 * May touch: the Zend API, common/common, http/http.h, src/http.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/url.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task_log/task_log.h"
#include "http.h"
#include "../task_log/entity_rows.h"
#include "http/tq_http_file.h"

#define TQ_BATCH_DEFAULT 1000
#define TQ_MAX_BATCHES 100000      /* an archive/cancel of "all" ends even if rows never move */

/* --- errors ------------------------------------------------------------------------ */

static bool exception_is(zend_object *ex, zend_class_entry *ce, const char *class_name)
{
    if (ce && instanceof_function(ex->ce, ce)) {
        return true;
    }
    zend_string *name = zend_string_init(class_name, strlen(class_name), 0);
    zend_class_entry *named = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(name);
    return named && instanceof_function(ex->ce, named);
}

/* The pending exception's message (copied into buf); the exception is cleared. */
static void take_exception(char *buf, size_t cap, char *cls, size_t cls_cap)
{
    zend_object *ex = EG(exception);
    zval rv, *msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
    snprintf(buf, cap, "%s", msg && Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
    snprintf(cls, cls_cap, "%s", ZSTR_VAL(ex->ce->name));
    zend_clear_exception();
}

/* A task that does not exist, or that the caller may not see: the same answer. */
static void fail_not_found(php_tq_http_ctx *ctx)
{
    bool web = ctx->call.route->api == TQ_API_WEB;
    tq_http_fail(&ctx->err, web ? 400 : 404, "Task \"%s\" not found.", ctx->call.task_id ? ctx->call.task_id : "");
    ctx->err.code = 404;
    ctx->failed = true;
}

/* Turns the pending exception into the answer: not found, a refusal the user may read
 * (business: archive/cancel rules, a 400 as TAO's browser API), or an unexpected error
 * (500; its text only with taskqueue.api_debug). */
void php_tq_http_fail_exception(php_tq_http_ctx *ctx, bool business)
{
    char msg[200], cls[100];
    if (!EG(exception)) {
        tq_http_fail(&ctx->err, 500, "Unexpected error. Please contact administrator");
        ctx->failed = true;
        return;
    }
    if (exception_is(EG(exception), spl_ce_OutOfBoundsException, "common_exception_NotFound")) {
        zend_clear_exception();
        fail_not_found(ctx);
        return;
    }
    take_exception(msg, sizeof(msg), cls, sizeof(cls));
    if (business) {
        tq_http_fail(&ctx->err, 400, "%s", msg);
    } else if (ctx->debug) {
        tq_http_fail(&ctx->err, 500, "%s: %s", cls, msg);
    } else {
        tq_http_fail(&ctx->err, 500, "Unexpected error. Please contact administrator");
    }
    ctx->failed = true;
}

static void fail_with(php_tq_http_ctx *ctx, const char *message)
{
    tq_http_fail(&ctx->err, 400, "%s", message);
    ctx->failed = true;
}

/* --- calls ------------------------------------------------------------------------- */

static zend_result call_s(zval *obj, const char *method, const char *arg, zval *ret)
{
    zval a;
    ZVAL_STRING(&a, arg);
    zend_result r = php_tq_call(obj, method, ret, 1, &a);
    zval_ptr_dtor(&a);
    return r;
}

static zend_result call_v(zval *obj, const char *method, zval *ret)
{
    return php_tq_call(obj, method, ret, 0, NULL);
}

static bool call_bool(zval *obj, const char *method, uint32_t argc, zval *argv, bool *out)
{
    zval r;
    if (php_tq_call(obj, method, &r, argc, argv) == FAILURE) {
        return false;
    }
    *out = zend_is_true(&r);
    zval_ptr_dtor(&r);
    return true;
}

/* The entity of the call's task: the caller's own (getByIdAndUser), or any owner's on
 * routes that allow it (getById). FAILURE with the answer filled. */
static zend_result find_entity(php_tq_http_ctx *ctx, zval *out)
{
    zend_result r;
    if (ctx->call.route->any_owner) {
        r = call_s(ctx->task_log, "getById", ctx->call.task_id, out);
    } else {
        zval args[2];
        ZVAL_STRING(&args[0], ctx->call.task_id);
        ZVAL_STRING(&args[1], ctx->user.id);
        r = php_tq_call(ctx->task_log, "getByIdAndUser", out, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
    }
    if (r == SUCCESS && Z_TYPE_P(out) != IS_OBJECT) {
        zval_ptr_dtor(out);
        fail_not_found(ctx);
        return FAILURE;
    }
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
    }
    return r;
}

/* --- entity rows (TAO's Category, HasFile and RedirectUrl decorators) --------------- */

/* TAO links finished tasks that made a resource to taoBackOffice's redirector. */
static void add_redirect(zval *row)
{
    zval *cat = zend_hash_str_find(Z_ARRVAL_P(row), "category", sizeof("category") - 1);
    zval *st = zend_hash_str_find(Z_ARRVAL_P(row), "status", sizeof("status") - 1);
    zval *id = zend_hash_str_find(Z_ARRVAL_P(row), "id", sizeof("id") - 1);
    if (!cat || !st || !id || Z_TYPE_P(cat) != IS_STRING || Z_TYPE_P(st) != IS_STRING || Z_TYPE_P(id) != IS_STRING) {
        return;
    }
    if (!php_tq_redirect_category_allowed(Z_STR_P(cat))) {
        return;
    }
    if (!zend_string_equals_literal(Z_STR_P(st), "completed") && !zend_string_equals_literal(Z_STR_P(st), "archived")) {
        return;
    }
    zend_string *url = php_tq_redirect_url(Z_STR_P(id));
    add_assoc_str(row, "redirectUrl", url);
}

/* entity->toArray() + category + hasFile (task_log/entity_rows.h) + redirectUrl (when TAO
 * adds it); report kept only when asked (TAO's list drops it). */
static zend_result entity_row(php_tq_http_ctx *ctx, zval *entity, bool with_report, zval *row)
{
    if (php_tq_entity_row(ctx->task_log, entity, ctx->storage, with_report, row) == FAILURE) {
        return FAILURE;
    }
    add_redirect(row);
    return SUCCESS;
}

/* The rows of a collection's entities. */
static zend_result collection_rows(php_tq_http_ctx *ctx, zval *coll, zval *out)
{
    return php_tq_entity_rows(ctx->task_log, coll, ctx->storage, false, add_redirect, out);
}

/* --- filters and selections ---------------------------------------------------------- */

static zend_result new_filter(zval *out)
{
    if (object_init_ex(out, php_tq_ce_TaskLogFilter) == FAILURE) {
        return FAILURE;
    }
    zend_class_entry *ce = Z_OBJCE_P(out);
    if (ce->constructor) {
        zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ_P(out), NULL);
    }
    if (EG(exception)) {
        zval_ptr_dtor(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* $filter->method($user) and maybe ->setLimit($limit)->setSortBy('created_at'). */
static zend_result filter_for(php_tq_http_ctx *ctx, const char *method, zend_long limit, zval *filter)
{
    if (new_filter(filter) == FAILURE) {
        return FAILURE;
    }
    zval rv, arg;
    zend_result r = call_s(filter, method, ctx->user.id, &rv);
    zval_ptr_dtor(&rv);
    if (r == SUCCESS && limit > 0) {
        ZVAL_LONG(&arg, limit);
        r = php_tq_call(filter, "setLimit", &rv, 1, &arg);
        zval_ptr_dtor(&rv);
        if (r == SUCCESS) {
            r = call_s(filter, "setSortBy", "created_at", &rv);
            zval_ptr_dtor(&rv);
        }
    }
    if (r == FAILURE) {
        zval_ptr_dtor(filter);
    }
    return r;
}

/* The caller's visible tasks among taskId[] (TAO: available filters + id IN (...)). */
static zend_result selection_of_ids(php_tq_http_ctx *ctx, zval *coll)
{
    zval filter, ids, rv, args[2];
    if (filter_for(ctx, "addAvailableFilters", 0, &filter) == FAILURE) {
        return FAILURE;
    }
    array_init(&ids);
    for (size_t i = 0; i < ctx->call.n_ids; i++) {
        add_next_index_string(&ids, ctx->call.task_ids[i]);
    }
    ZVAL_STRING(&args[0], "id");
    ZVAL_COPY_VALUE(&args[1], &ids);
    zend_result r = php_tq_call(&filter, "in", &rv, 2, args);
    zval_ptr_dtor(&rv);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&ids);
    if (r == SUCCESS) {
        r = php_tq_call(ctx->task_log, "search", coll, 1, &filter);
    }
    zval_ptr_dtor(&filter);
    return r;
}

static zend_long batch_size(php_tq_http_ctx *ctx)
{
    zval arg, rv;
    ZVAL_STRING(&arg, "default_batch_size");
    zend_long n = 0;
    if (php_tq_call(ctx->task_log, "getOption", &rv, 1, &arg) == SUCCESS) {
        n = zval_get_long(&rv);
        zval_ptr_dtor(&rv);
    } else {
        zend_clear_exception();
    }
    zval_ptr_dtor(&arg);
    return n > 0 ? n : TQ_BATCH_DEFAULT;
}

/* archive/cancel of "all": pages of the caller's eligible tasks, oldest first, until a
 * short page (TAO's loop; quirk 14: a missing default_batch_size means 1000 here). */
static zend_result change_all(php_tq_http_ctx *ctx, const char *selector, const char *method, bool *ok)
{
    zend_long batch = batch_size(ctx);
    *ok = true;
    for (int i = 0; i < TQ_MAX_BATCHES; i++) {
        zval filter, coll;
        if (filter_for(ctx, selector, batch, &filter) == FAILURE) {
            return FAILURE;
        }
        zend_result r = php_tq_call(ctx->task_log, "search", &coll, 1, &filter);
        zval_ptr_dtor(&filter);
        if (r == FAILURE) {
            return FAILURE;
        }
        zend_long n = 0;
        if (Z_TYPE(coll) == IS_OBJECT) {
            zval cnt;
            if (call_v(&coll, "count", &cnt) == FAILURE) {
                zval_ptr_dtor(&coll);
                return FAILURE;
            }
            n = zval_get_long(&cnt);
            zval_ptr_dtor(&cnt);
        }
        bool done = true;
        if (n > 0) {
            bool this_ok;
            if (!call_bool(ctx->task_log, method, 1, &coll, &this_ok)) {
                zval_ptr_dtor(&coll);
                return FAILURE;
            }
            *ok = *ok && this_ok;
            done = n < batch || !this_ok;
        }
        zval_ptr_dtor(&coll);
        if (done) {
            break;
        }
    }
    return SUCCESS;
}

/* --- the routes ------------------------------------------------------------------------ */

static void act_list(php_tq_http_ctx *ctx)
{
    zval args[3], coll;
    ZVAL_STRING(&args[0], ctx->user.id);
    ZVAL_LONG(&args[1], ctx->call.limit);
    ZVAL_LONG(&args[2], ctx->call.offset);
    zend_result r = php_tq_call(ctx->task_log, "findAvailableByUser", &coll, 3, args);
    zval_ptr_dtor(&args[0]);
    if (r == SUCCESS) {
        r = collection_rows(ctx, &coll, &ctx->data);
        zval_ptr_dtor(&coll);
    }
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
    }
}

static void act_web_get(php_tq_http_ctx *ctx)
{
    zval entity;
    if (find_entity(ctx, &entity) == FAILURE) {
        return;
    }
    if (entity_row(ctx, &entity, true, &ctx->data) == FAILURE) {
        ZVAL_UNDEF(&ctx->data);
        php_tq_http_fail_exception(ctx, false);
    }
    zval_ptr_dtor(&entity);
}

static void act_stats(php_tq_http_ctx *ctx)
{
    zval stats;
    if (call_s(ctx->task_log, "getStats", ctx->user.id, &stats) == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    if (Z_TYPE(stats) != IS_OBJECT || call_v(&stats, "jsonSerialize", &ctx->data) == FAILURE) {
        ZVAL_UNDEF(&ctx->data);
        php_tq_http_fail_exception(ctx, false);
    }
    zval_ptr_dtor(&stats);
}

/* archive / cancel: one id, taskId[] or all. */
static void act_change(php_tq_http_ctx *ctx, bool archive)
{
    const char *one = archive ? "archive" : "cancel";
    const char *many = archive ? "archiveCollection" : "cancelCollection";
    bool ok = false;
    zval target;
    if (ctx->call.all) {
        if (change_all(ctx, archive ? "availableForArchived" : "availableForCancelled", many, &ok) == FAILURE) {
            php_tq_http_fail_exception(ctx, true);
            return;
        }
    } else if (ctx->call.n_ids) {
        if (selection_of_ids(ctx, &target) == FAILURE) {
            php_tq_http_fail_exception(ctx, false);
            return;
        }
        bool called = call_bool(ctx->task_log, many, 1, &target, &ok);
        zval_ptr_dtor(&target);
        if (!called) {
            php_tq_http_fail_exception(ctx, true);
            return;
        }
    } else {
        if (find_entity(ctx, &target) == FAILURE) {
            return;
        }
        bool called = call_bool(ctx->task_log, one, 1, &target, &ok);
        zval_ptr_dtor(&target);
        if (!called) {
            php_tq_http_fail_exception(ctx, true);
            return;
        }
    }
    ctx->flag = ok ? 1 : 0;
}

static void act_download(php_tq_http_ctx *ctx)
{
    zval entity, status, name;
    if (find_entity(ctx, &entity) == FAILURE) {
        return;
    }
    bool completed = false, ok = call_v(&entity, "getStatus", &status) == SUCCESS;
    if (ok) {
        ok = Z_TYPE(status) != IS_OBJECT || call_bool(&status, "isCompleted", 0, NULL, &completed);
        zval_ptr_dtor(&status);
    }
    if (!ok) {
        zval_ptr_dtor(&entity);
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    if (!completed) {
        zval_ptr_dtor(&entity);
        tq_http_fail(&ctx->err, 400, "Task \"%s\" is not downloadable.", ctx->call.task_id);
        ctx->failed = true;
        return;
    }
    zend_result r = call_v(&entity, "getFileNameFromReport", &name);
    zval_ptr_dtor(&entity);
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    if (Z_TYPE(name) != IS_STRING || Z_STRLEN(name) == 0) {
        zval_ptr_dtor(&name);
        fail_with(ctx, "Filename not found in report.");
        return;
    }
    char *path = tq_http_storage_file(ctx->storage, Z_STRVAL(name), &ctx->err);
    if (!path || php_tq_http_send_file(path, Z_STRVAL(name)) != 0) {
        fail_with(ctx, "File not found.");
    } else {
        ctx->streamed = true;
    }
    free(path);
    zval_ptr_dtor(&name);
}

/* The call's task as entity->toArray(). FAILURE with the answer filled. */
static zend_result entity_array(php_tq_http_ctx *ctx, zval *row)
{
    zval entity;
    if (find_entity(ctx, &entity) == FAILURE) {
        return FAILURE;
    }
    zend_result r = call_v(&entity, "toArray", row);
    zval_ptr_dtor(&entity);
    if (r == SUCCESS && Z_TYPE_P(row) != IS_ARRAY) {
        zval_ptr_dtor(row);
        r = FAILURE;
    }
    if (r == FAILURE) {
        ZVAL_UNDEF(row);
        php_tq_http_fail_exception(ctx, false);
    }
    return r;
}

/* tao/TaskQueue/get speaks the pre-2017 task vocabulary: running, finished, or the
 * category (created, archived, cancelled). */
static void act_rest_get(php_tq_http_ctx *ctx)
{
    zval row;
    if (entity_array(ctx, &row) == FAILURE) {
        return;
    }
    zval *st = zend_hash_str_find(Z_ARRVAL(row), "status", sizeof("status") - 1);
    zval *report = zend_hash_str_find(Z_ARRVAL(row), "report", sizeof("report") - 1);
    const char *s = st && Z_TYPE_P(st) == IS_STRING ? Z_STRVAL_P(st) : "unknown";
    if (strcmp(s, "in_progress") == 0) {
        s = "running";
    } else if (strcmp(s, "completed") == 0 || strcmp(s, "failed") == 0) {
        s = "finished";
    }
    array_init(&ctx->data);
    add_assoc_str(&ctx->data, "id", zend_string_init(ctx->call.task_id, strlen(ctx->call.task_id), 0));
    add_assoc_string(&ctx->data, "status", s);
    if (report) {
        Z_TRY_ADDREF_P(report);
        add_assoc_zval(&ctx->data, "report", report);
    } else {
        add_assoc_null(&ctx->data, "report");
    }
    zval_ptr_dtor(&row);
}

static void act_status(php_tq_http_ctx *ctx)
{
    zval entity, status;
    if (find_entity(ctx, &entity) == FAILURE) {
        return;
    }
    zend_result r = call_v(&entity, "getStatus", &status);
    zval_ptr_dtor(&entity);
    zend_string *s = r == SUCCESS ? zval_try_get_string(&status) : NULL;
    if (r == SUCCESS) {
        zval_ptr_dtor(&status);
    }
    if (!s) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    ZVAL_STR(&ctx->data, s);
}

static void act_legacy_get(php_tq_http_ctx *ctx)
{
    entity_array(ctx, &ctx->data);
}

void php_tq_http_run(php_tq_http_ctx *ctx)
{
    switch (ctx->call.route->action) {
    case TQ_ACT_WEB_GET_ALL:
    case TQ_ACT_REST_GET_ALL:
        act_list(ctx);
        break;
    case TQ_ACT_WEB_GET:
        act_web_get(ctx);
        break;
    case TQ_ACT_WEB_STATS:
        act_stats(ctx);
        break;
    case TQ_ACT_WEB_ARCHIVE:
        act_change(ctx, true);
        break;
    case TQ_ACT_WEB_CANCEL:
        act_change(ctx, false);
        break;
    case TQ_ACT_WEB_DOWNLOAD:
        act_download(ctx);
        break;
    case TQ_ACT_REST_GET:
        act_rest_get(ctx);
        break;
    case TQ_ACT_REST_GET_STATUS:
    case TQ_ACT_LEGACY_GET_STATUS:
        act_status(ctx);
        break;
    case TQ_ACT_LEGACY_GET:
        act_legacy_get(ctx);
        break;
    case TQ_ACT_METRICS:
        php_tq_http_metrics(ctx);
        break;
    default:
        php_tq_http_dashboard(ctx);
        break;
    }
}
