#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <string.h>
#include <time.h>
#include "worker/tq_signal.h"

#ifdef _WIN32
/* Windows has no POSIX signals: no pipe; the flags are set by the worker's methods and
 * waits are sleeps in short slices that look at them. */
#include <windows.h>

int tq_signal_init(tq_signal_state *s, tq_error *err)
{
    (void)err;
    memset((void *)s, 0, sizeof(*s));
    s->wake_rd = s->wake_wr = -1;
    return 0;
}

void tq_signal_close(tq_signal_state *s)
{
    s->wake_rd = s->wake_wr = -1;
}

void tq_signal_note(tq_signal_state *s, int signo)
{
    if (signo == SIGTERM || signo == SIGINT) {
        s->stop = 1;
    }
    s->last_signal = signo;
    s->pending = 1;
}

void tq_signal_note_flags(tq_signal_state *s, int signo)
{
    tq_signal_note(s, signo);
}

int tq_signal_take(tq_signal_state *s)
{
    if (!s->pending) {
        return 0;
    }
    s->pending = 0;
    return s->last_signal;
}

int tq_signal_wait(tq_signal_state *s, int fd, int timeout_ms)
{
    (void)fd;
    ULONGLONG deadline = GetTickCount64() + (ULONGLONG)(timeout_ms < 0 ? 0 : timeout_ms);
    for (;;) {
        if (s->pending) {
            return TQ_WAIT_SIGNAL;
        }
        ULONGLONG now = GetTickCount64();
        if (timeout_ms >= 0 && now >= deadline) {
            return TQ_WAIT_TIMEOUT;
        }
        DWORD slice = 50;
        if (timeout_ms >= 0 && deadline - now < slice) {
            slice = (DWORD)(deadline - now);
        }
        Sleep(slice);
    }
}

#else

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

/* The handler may run at any point of these two (the state is live while a worker's
 * handlers are installed, and re-made after fork()): it writes to wake_wr whenever that
 * is >= 0, so wake_wr is the last descriptor published and the first withdrawn, and is
 * never 0 for a moment (zeroing the state did that: a signal wrote to stdin). */
int tq_signal_init(tq_signal_state *s, tq_error *err)
{
    int fds[2];
    s->wake_wr = -1;
    s->wake_rd = -1;
    s->stop = 0;
    s->paused = 0;
    s->last_signal = 0;
    s->pending = 0;
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
        return tq_error_set(err, TQ_ERR_IO, "cannot create the signal wake-up pipe: %s", strerror(errno));
    }
    s->wake_rd = fds[0];
    s->wake_wr = fds[1];
    return 0;
}

void tq_signal_close(tq_signal_state *s)
{
    /* the write end first: a write to a pipe without its read end raises SIGPIPE */
    int wr = s->wake_wr, rd = s->wake_rd;
    s->wake_wr = -1;
    if (wr >= 0) {
        close(wr);
    }
    s->wake_rd = -1;
    if (rd >= 0) {
        close(rd);
    }
}

void tq_signal_note_flags(tq_signal_state *s, int signo)
{
    switch (signo) {
        case SIGTERM:
        case SIGINT:
        case SIGQUIT:
            s->stop = 1;
            break;
        case SIGUSR2:
            s->paused = 1;
            break;
        case SIGCONT:
            s->paused = 0;
            break;
        default:
            break;
    }
    s->last_signal = signo;
    s->pending = 1;
}

void tq_signal_note(tq_signal_state *s, int signo)
{
    int saved = errno;
    tq_signal_note_flags(s, signo);
    if (s->wake_wr >= 0) {
        char b = (char)signo;
        /* a full pipe already means "wake up"; nothing to do on EAGAIN */
        ssize_t r = write(s->wake_wr, &b, 1);
        (void)r;
    }
    errno = saved;
}

int tq_signal_take(tq_signal_state *s)
{
    if (!s->pending) {
        return 0;
    }
    s->pending = 0;
    return s->last_signal;
}

static void tq_signal_drain(tq_signal_state *s)
{
    char buf[64];
    while (read(s->wake_rd, buf, sizeof(buf)) > 0) {
    }
}

int64_t tq_monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int tq_signal_wait(tq_signal_state *s, int fd, int timeout_ms)
{
    int64_t deadline = timeout_ms >= 0 ? tq_monotonic_ms() + timeout_ms : 0;
    for (;;) {
        struct pollfd p[2];
        nfds_t n = 0;
        if (s->wake_rd >= 0) {
            p[n].fd = s->wake_rd;
            p[n].events = POLLIN;
            p[n].revents = 0;
            n++;
        }
        if (fd >= 0) {
            p[n].fd = fd;
            p[n].events = POLLIN;
            p[n].revents = 0;
            n++;
        }
        int left = timeout_ms < 0 ? -1 : (int)(deadline - tq_monotonic_ms());
        if (timeout_ms >= 0 && left < 0) {
            left = 0;
        }
        int r = poll(p, n, left);
        if (r < 0) {
            if (errno == EINTR) {
                if (s->pending) {
                    /* the handler's byte is in the pipe: take it, or the next wait
                     * would return at once */
                    tq_signal_drain(s);
                    return TQ_WAIT_SIGNAL;
                }
                continue;
            }
            return -1;
        }
        if (r == 0) {
            return TQ_WAIT_TIMEOUT;
        }
        if (s->wake_rd >= 0 && (p[0].revents & POLLIN)) {
            tq_signal_drain(s);
            return TQ_WAIT_SIGNAL;
        }
        return TQ_WAIT_READY;
    }
}

#endif /* _WIN32 */
