/* tq_file: atomic file replacement (see tq_file.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/tq_file.h"

#ifdef _WIN32
#include <io.h>
#include <process.h>
#include <windows.h>
#define TQ_GETPID() _getpid()
#else
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#define TQ_GETPID() getpid()
#endif

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_BINARY
#define O_BINARY 0
#endif

static int io_error(tq_error *err, const char *what, const char *path, int e)
{
    return tq_error_set(err, TQ_ERR_IO, "cannot %s %s: %s", what, path, strerror(e));
}

/* A temporary name no other writer uses: pid + a per-process counter, and O_EXCL
 * guarantees it anyway (a clash only moves on to the next number). */
static int open_temp(const char *path, char *tmp, size_t size, int mode, tq_error *err)
{
    static unsigned counter;
    for (int attempt = 0; attempt < 100; attempt++) {
        int n = snprintf(tmp, size, "%s.tmp-%ld-%u", path, (long)TQ_GETPID(), counter++);
        if (n < 0 || (size_t)n >= size) {
            return tq_error_set(err, TQ_ERR_INVALID, "path too long: %s", path);
        }
#ifdef _WIN32
        int fd = _open(tmp, _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_BINARY, (mode_t)mode);
#endif
        if (fd >= 0) {
            return fd;
        }
        if (errno != EEXIST) {
            return io_error(err, "create", tmp, errno);
        }
    }
    return tq_error_set(err, TQ_ERR_IO, "cannot create a temporary file beside %s", path);
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
#ifdef _WIN32
        int n = _write(fd, data, (unsigned)(len > 1u << 30 ? 1u << 30 : len));
#else
        ssize_t n = write(fd, data, len);
#endif
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

static int flush_and_close(int fd)
{
#ifdef _WIN32
    int rc = _commit(fd);
    int e = errno;
    if (_close(fd) != 0 && rc == 0) {
        return -1;
    }
#else
    int rc = fsync(fd);
    int e = errno;
    if (close(fd) != 0 && rc == 0) {
        return -1;
    }
#endif
    errno = e;
    return rc;
}

static int rename_over(const char *from, const char *to)
{
#ifdef _WIN32
    return MoveFileExA(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) ? 0 : (errno = EACCES, -1);
#else
    return rename(from, to);
#endif
}

#ifndef _WIN32
/* The rename itself reaches the disk only with the directory; best effort. */
static void sync_dir(const char *path)
{
    char dir[4096];
    const char *slash = strrchr(path, '/');
    if (!slash) {
        snprintf(dir, sizeof(dir), ".");
    } else if (slash == path) {
        snprintf(dir, sizeof(dir), "/");
    } else {
        snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
    }
    int fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}
#endif

int tq_file_replace(const char *path, const char *data, size_t len, tq_error *err)
{
    char tmp[4096 + 64];
    struct stat st;
#ifndef _WIN32
    /* a symlinked file (config kept elsewhere) is written through: its target is
     * replaced, the link stays */
    char target[PATH_MAX];
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        if (!realpath(path, target)) {
            return io_error(err, "resolve the symbolic link", path, errno);
        }
        path = target;
    }
#endif
    int have_old = stat(path, &st) == 0;
    int mode = have_old ? (int)(st.st_mode & 07777) : 0644;
    int fd = open_temp(path, tmp, sizeof(tmp), mode, err);
    if (fd < 0) {
        return -1;
    }
#ifndef _WIN32
    if (have_old) {
        /* O_CREAT applied the umask; keep the old file's bits and, when we may, its owner
         * (root rewriting a file the web server owns). */
        (void)fchmod(fd, (mode_t)mode);
        if (fchown(fd, st.st_uid, st.st_gid) != 0) {
            /* not allowed for an ordinary user: the file becomes the writer's */
        }
    }
#endif
    if (write_all(fd, data, len) != 0) {
        int e = errno;
#ifdef _WIN32
        _close(fd);
#else
        close(fd);
#endif
        remove(tmp);
        return io_error(err, "write", tmp, e);
    }
    if (flush_and_close(fd) != 0) {
        int e = errno;
        remove(tmp);
        return io_error(err, "flush", tmp, e);
    }
    if (rename_over(tmp, path) != 0) {
        int e = errno;
        remove(tmp);
        return io_error(err, "replace", path, e);
    }
#ifndef _WIN32
    sync_dir(path);
#endif
    return 0;
}
