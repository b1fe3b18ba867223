/* uv.c - memory per sleeping task in libuv: N one-shot timers.
 *
 *     sleepers uv [N]          N defaults to 1000000; N = 0 is allowed
 *
 * Measures: the resident memory a libuv program needs per pending timer.
 * The timers live in one malloc'd array of N uv_timer_t (the "handle
 * array"), each started for 1000 ms, once; libuv keeps them in its
 * intrusive timer heap, so the array is all the per-task memory there is.
 * When every timer has fired (uv_run returns: no active handles left) it
 * prints one line and exits 0:
 *
 *     peak_rss_kb=<VmHWM> rss0_kb=<VmRSS before creating any timer>
 *
 * both from /proc/self/status, in kB; rss0 is read after the loop exists
 * and before the handle array is allocated, so
 * bytes/task = (peak_rss_kb - rss0_kb) * 1024 / N.
 *
 * Build: cc -O2 -Wall -Wextra uv.c $(pkg-config --cflags --libs libuv)
 *        (bench/sleepers.sh builds it)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

/* The value of a "Name:   1234 kB" line of /proc/self/status, or -1. */
static long status_kb(const char *name)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    size_t len = strlen(name);
    long kb = -1;

    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, name, len) == 0 && line[len] == ':') {
            kb = strtol(line + len + 1, NULL, 10);
            break;
        }
    fclose(f);
    return kb;
}

static size_t fired;

static void on_timer(uv_timer_t *t)
{
    (void)t;
    fired++;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    uv_loop_t *loop = uv_default_loop();
    long rss0 = status_kb("VmRSS");
    uv_timer_t *timers = malloc((n ? n : 1) * sizeof *timers);

    if (!loop || !timers || rss0 < 0) {
        fprintf(stderr, "sleepers uv: setup failed\n");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        uv_timer_init(loop, &timers[i]);
        uv_timer_start(&timers[i], on_timer, 1000, 0);
    }
    uv_run(loop, UV_RUN_DEFAULT);
    if (fired != n) {
        fprintf(stderr, "sleepers uv: %zu of %zu timers fired\n", fired, n);
        return 1;
    }
    printf("peak_rss_kb=%ld rss0_kb=%ld\n", status_kb("VmHWM"), rss0);
    fflush(stdout);

    /* Tidy up: a closed handle's memory may be freed only after its close
     * callback, which the second uv_run runs. */
    for (size_t i = 0; i < n; i++)
        uv_close((uv_handle_t *)&timers[i], NULL);
    uv_run(loop, UV_RUN_DEFAULT);
    uv_loop_close(loop);
    free(timers);
    return 0;
}
