/* timers_demo.c - timers and timeouts, one scene at a time: sleeps, joins
 * with a deadline, a race, cancelling a periodic task.
 *
 *     timers_demo
 *     ASYNCC_VIRTUAL_CLOCK=1 timers_demo
 *
 * Each line starts with the time since the start. On the real clock the
 * demo takes about a second, and the times may be a few milliseconds late.
 * On the virtual clock, time jumps straight to the next timer whenever
 * every task waits: the demo runs instantly and prints exactly the same
 * lines every time (its test compares them). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

static long long start;

/* printf with the time since the start in front. */
static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  printf("[%4lld ms] ", ac_now() - start);
  vprintf(fmt, ap);
  putchar('\n');
  va_end(ap);
}

/* ---- 1. sleeps: tasks wake in the order of their deadlines ---- */

static async int sleeper(const char *name, long ms) {
  await ac_sleep(ms);
  say("%s woke up", name);
  return (int)ms;
}

static async void scene_sleeps(void) {
  say("1. three sleepers, started longest first");
  ac_task *t[3] = {ac_spawn(sleeper("tortoise (300 ms)", 300)), ac_spawn(sleeper("hare (100 ms)", 100)),
                   ac_spawn(sleeper("cat (200 ms)", 200))};
  int ms[3];
  await ac_gather(t, 3, ms); /* all of them, results in spawn order */
  say("gathered: %d, %d, %d", ms[0], ms[1], ms[2]);
}

/* ---- 2. a join with a deadline: the late task is cancelled ---- */

static async int job(const char *name, long ms) {
  if (await ac_sleep(ms) == -ECANCELED) {
    /* Cancellation arrives once: the cleanup may wait again. */
    say("%s: cancelled, cleaning up for 20 ms", name);
    await ac_sleep(20);
    say("%s: clean", name);
    return -1;
  }
  say("%s: finished", name);
  return 42;
}

static const char *outcome(int rc) {
  return rc == 0 ? "in time" : rc == -ETIMEDOUT ? "timed out" : ac_strerror(rc);
}

static async void scene_deadlines(void) {
  say("2. joins with a 100 ms deadline");
  int value = 0;
  int rc = await ac_join_timeout(ac_spawn(job("50 ms job", 50)), 100, &value);
  say("50 ms job: %s, value %d", outcome(rc), value);
  /* At the deadline the task is cancelled; the join returns once it has
   * finished its cleanup, so nothing outlives the scene. */
  rc = await ac_join_timeout(ac_spawn(job("500 ms job", 500)), 100, &value);
  say("500 ms job: %s", outcome(rc));
}

/* ---- 3. a race: the first answer wins, the others are cancelled ---- */

static async int mirror(int id, long latency) {
  if (await ac_sleep(latency) == -ECANCELED) {
    say("mirror %d: cancelled", id);
    return -1;
  }
  say("mirror %d: answered", id);
  return id;
}

static async void scene_race(void) {
  say("3. three mirrors race (250, 120 and 400 ms)");
  ac_task *m[3] = {ac_spawn(mirror(1, 250)), ac_spawn(mirror(2, 120)), ac_spawn(mirror(3, 400))};
  int answer = 0;
  int first = await ac_race(m, 3, &answer);
  say("race won by task %d, answer %d; the losers are gone", first, answer);
}

/* ---- 4. cancelling a periodic task ---- */

/* Ticks every period ms until cancelled; returns the number of ticks.
 * Sleeping until the next multiple of the period (not for a period after
 * each tick) keeps the ticks from drifting. */
static async int ticker(long period) {
  long long next = ac_now();
  int ticks = 0;
  for (;;) {
    next += period;
    if (await ac_sleep((long)(next - ac_now())) == -ECANCELED)
      break;
    say("tick %d", ++ticks);
  }
  say("ticker: cancelled after %d ticks, flushing for 10 ms", ticks);
  await ac_sleep(10);
  return ticks;
}

static async void scene_cancel(void) {
  say("4. a ticker every 100 ms, cancelled after 350 ms");
  ac_task *t = ac_spawn(ticker(100));
  await ac_sleep(350);
  ac_cancel(t); /* its current wait returns -ECANCELED */
  int ticks = 0;
  await ac_join(t, &ticks);
  say("ticker joined: %d ticks", ticks);
}

async int main(void) {
  start = ac_now();
  await scene_sleeps();
  await scene_deadlines();
  await scene_race();
  await scene_cancel();
  say("done, %zu tasks left", ac_tasks_live() - 1); /* - 1: main's own */
  return 0;
}
