/* uv.c - throughput of offloading trivial blocking calls to
 * libuv's thread pool.
 *
 *     offload_uv [J]           J defaults to 200000
 *
 * Measures: the round-trip cost of uv_queue_work (hand the job to a pool
 * thread, run it, get the after_work callback back on the loop thread),
 * the work itself being nothing: trivial(x) returns x. At most 256 jobs
 * are in flight: 256 are submitted, and each after_work callback submits
 * the next until J have been submitted. The pool is libuv's default one
 * (4 threads unless UV_THREADPOOL_SIZE says otherwise). The wall time runs
 * from the first submission to the return of uv_run (so it includes the
 * pool's lazy start). The results are summed and checked. Prints
 *
 *     jobs=<J> seconds=<wall time> jobs_per_s=<J / seconds>
 *
 * Build: cc -O2 -Wall -Wextra uv.c $(pkg-config --cflags --libs libuv)
 *        (bench/offload.sh builds it)
 */
#include <stdio.h>
#include <stdlib.h>
#include <uv.h>

#define IN_FLIGHT 256

struct job {
    uv_work_t req;
    unsigned long arg, result;
};

static struct job slots[IN_FLIGHT];
static unsigned long jobs, submitted, completed, sum;

/* The blocking function: kept out of line so that the work is a real call. */
__attribute__((noinline)) static unsigned long trivial(unsigned long x)
{
    __asm__ volatile("" ::: "memory");
    return x;
}

static void work_cb(uv_work_t *req)
{
    struct job *j = (struct job *)req;
    j->result = trivial(j->arg);
}

static void after_work_cb(uv_work_t *req, int status);

static void submit(struct job *j)
{
    j->arg = submitted++;
    int rc = uv_queue_work(uv_default_loop(), &j->req, work_cb, after_work_cb);
    if (rc != 0) {
        fprintf(stderr, "offload_uv: uv_queue_work: %s\n", uv_strerror(rc));
        exit(1);
    }
}

static void after_work_cb(uv_work_t *req, int status)
{
    struct job *j = (struct job *)req;
    if (status != 0) {
        fprintf(stderr, "offload_uv: job failed: %s\n", uv_strerror(status));
        exit(1);
    }
    sum += j->result;
    completed++;
    if (submitted < jobs)
        submit(j); /* the slot is free again: reuse it for the next job */
}

int main(int argc, char **argv)
{
    jobs = argc > 1 ? strtoul(argv[1], NULL, 10) : 200000;
    uv_loop_t *loop = uv_default_loop();

    uint64_t t0 = uv_hrtime();
    for (int i = 0; i < IN_FLIGHT && submitted < jobs; i++)
        submit(&slots[i]);
    uv_run(loop, UV_RUN_DEFAULT);
    double seconds = (double)(uv_hrtime() - t0) / 1e9;

    /* sum of 0 .. jobs-1, computed without overflow in the product */
    unsigned long expect = jobs % 2 ? (jobs - 1) / 2 * jobs : jobs / 2 * (jobs - 1);
    if (completed != jobs || sum != expect) {
        fprintf(stderr, "offload_uv: %lu of %lu jobs done, sum %lu, expected %lu\n",
                completed, jobs, sum, expect);
        return 1;
    }
    printf("jobs=%lu seconds=%.6f jobs_per_s=%.0f\n", jobs, seconds,
           seconds > 0 ? (double)jobs / seconds : 0.0);
    uv_loop_close(loop);
    return 0;
}
