/* test_rt_core.c - the runtime core: tasks, joins, yield order, frame pools
 * and the trampoline, driven by frames written by hand the way the
 * translator generates them (see docs/design.md). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "asyncc.h"

/* Each step function starts with the dispatch: a case per resume point
 * that only jumps to a label (case labels placed at the awaits would bind
 * to a user's own switch). */
#define DISPATCH(F, ...)             \
  switch ((F)->h.state) {           \
  __VA_ARGS__                       \
  default: __builtin_unreachable(); \
  }

/* async int add_later(int a, int b) { await ac_yield(); return a + b; } */
typedef struct {
  ac_frame h;
  int result;
  int a, b, t0;
} add_later_frame;

static ac_frame *add_later_step(ac_frame *self) {
  add_later_frame *F = (add_later_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  F->h.state = 1;
  return ac__yield(&F->h, &F->t0);
s1:
  F->result = F->a + F->b;
  return ac__return(&F->h);
}

static ac_frame *add_later(int a, int b) {
  add_later_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = add_later_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(add_later_frame, result);
  F->a = a;
  F->b = b;
  return &F->h;
}

/* async int sum_of(int n) { int s = 0; for (int i = 0; i < n; i++) s += await add_later(i, 1); return s; } */
typedef struct {
  ac_frame h;
  int result;
  int n, s, i;
  ac_frame *c0;
} sum_of_frame;

static ac_frame *sum_of_step(ac_frame *self) {
  sum_of_frame *F = (sum_of_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  F->s = 0;
  for (F->i = 0; F->i < F->n; F->i++) {
    F->c0 = add_later(F->i, 1);
    F->h.state = 1;
    return ac__await(&F->h, F->c0);
  s1:
    F->s += *(int *)((char *)F->c0 + F->c0->result_offset);
    ac__frame_free(F->c0);
  }
  F->result = F->s;
  return ac__return(&F->h);
}

static ac_frame *sum_of(int n) {
  sum_of_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = sum_of_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(sum_of_frame, result);
  F->n = n;
  return &F->h;
}

static void test_rt_core_run_main_gives_the_result(void **state) {
  (void)state;
  int r = -1;
  assert_int_equal(ac__run_main(sum_of(10), &r, sizeof r), 0);
  assert_int_equal(r, 55); /* sum of i+1 for i < 10 */
  assert_int_equal(ac_frames_live(), 0);
}

/* Typed results of several kinds through spawn and join. */
typedef struct {
  double x, y;
  char tag[24];
} point;

typedef struct {
  ac_frame h;
  point result;
  int t0;
} make_point_frame;

static ac_frame *make_point_step(ac_frame *self) {
  make_point_frame *F = (make_point_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  F->h.state = 1;
  return ac__yield(&F->h, &F->t0);
s1:
  F->result = (point){1.5, -2.25, "joined"};
  return ac__return(&F->h);
}

static ac_frame *make_point(void) {
  make_point_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = make_point_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(make_point_frame, result);
  return &F->h;
}

typedef struct {
  ac_frame h;
  int t0;
} void_fn_frame;

static int void_fn_ran;

static ac_frame *void_fn_step(ac_frame *self) {
  void_fn_frame *F = (void_fn_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  F->h.state = 1;
  return ac__yield(&F->h, &F->t0);
s1:
  void_fn_ran++;
  return ac__return(&F->h);
}

static ac_frame *void_fn(void) {
  void_fn_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = void_fn_step;
  return &F->h;
}

/* async int joiner(void): spawns three tasks and joins them in turn. */
typedef struct {
  ac_frame h;
  int result;
  ac_task *ti, *tp, *tv, *tbad;
  int ri, rc1, rc2, rc3, rc4, rc_bad;
  long wrong_size;
  point rp;
} joiner_frame;

static ac_frame *joiner_step(ac_frame *self) {
  joiner_frame *F = (joiner_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1; case 2: goto s2; case 3: goto s3; case 4: goto s4;
           case 5: goto s5;)
s0:
  F->ti = ac__spawn(sum_of(4));
  F->tp = ac__spawn(make_point());
  F->tv = ac__spawn(void_fn());
  F->tbad = ac__spawn(sum_of(2));
  F->h.state = 1;
  return ac__join(&F->h, &F->rc1, F->ti, &F->ri, sizeof F->ri);
s1:
  F->h.state = 2;
  return ac__join(&F->h, &F->rc2, F->tp, &F->rp, sizeof F->rp);
s2:
  F->h.state = 3;
  return ac__join(&F->h, &F->rc3, F->tv, NULL, 0);
s3:
  F->h.state = 4;
  /* A result of the wrong size is refused, not copied. */
  return ac__join(&F->h, &F->rc4, F->tbad, &F->wrong_size, sizeof F->wrong_size);
s4:
  F->h.state = 5;
  /* A task is joined once: the second join is misuse. */
  return ac__join(&F->h, &F->rc_bad, F->ti, NULL, 0);
s5:
  F->result = 0;
  return ac__return(&F->h);
}

static ac_frame *joiner(void) {
  joiner_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = joiner_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(joiner_frame, result);
  return &F->h;
}

static joiner_frame *last_joiner;

static ac_frame *joiner_keep_step(ac_frame *self) {
  /* Copy the locals out before the frame is freed with its task. */
  ac_frame *next = joiner_step(self);
  if (self->state == AC_STATE_DONE) {
    static joiner_frame copy;
    copy = *(joiner_frame *)self;
    last_joiner = &copy;
  }
  return next;
}

static void test_rt_core_join_delivers_typed_results(void **state) {
  (void)state;
  ac_frame *root = joiner();
  root->step = joiner_keep_step;
  int r = -1;
  void_fn_ran = 0;
  assert_int_equal(ac__run_main(root, &r, sizeof r), 0);
  joiner_frame *F = last_joiner;
  assert_int_equal(F->rc1, 0);
  assert_int_equal(F->ri, 10);
  assert_int_equal(F->rc2, 0);
  assert_true(F->rp.x == 1.5 && F->rp.y == -2.25);
  assert_string_equal(F->rp.tag, "joined");
  assert_int_equal(F->rc3, 0);
  assert_int_equal(void_fn_ran, 1);
  assert_int_equal(F->rc4, -EINVAL);
  assert_int_equal(F->rc_bad, -EINVAL);
  assert_int_equal(ac_frames_live(), 0);
}

/* Three tasks yield in turn and log their ids: the order is FIFO. */
static char order[64];
static int order_len;

typedef struct {
  ac_frame h;
  int id, i, t0;
} yielder_frame;

static ac_frame *yielder_step(ac_frame *self) {
  yielder_frame *F = (yielder_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  for (F->i = 0; F->i < 4; F->i++) {
    order[order_len++] = (char)('a' + F->id);
    F->h.state = 1;
    return ac__yield(&F->h, &F->t0);
  s1:;
  }
  return ac__return(&F->h);
}

static ac_frame *yielder(int id) {
  yielder_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = yielder_step;
  F->id = id;
  return &F->h;
}

typedef struct {
  ac_frame h;
  int result;
  ac_task *t[3];
  int i, rc;
} spawner_frame;

static ac_frame *spawner_step(ac_frame *self) {
  spawner_frame *F = (spawner_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1;)
s0:
  for (F->i = 0; F->i < 3; F->i++)
    F->t[F->i] = ac__spawn(yielder(F->i));
  /* Spawned tasks first run at the next scheduling point, in order. */
  order[order_len++] = '|';
  for (F->i = 0; F->i < 3; F->i++) {
    F->h.state = 1;
    return ac__join(&F->h, &F->rc, F->t[F->i], NULL, 0);
  s1:;
  }
  return ac__return(&F->h);
}

static ac_frame *spawner(void) {
  spawner_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = spawner_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(spawner_frame, result);
  return &F->h;
}

static void test_rt_core_yield_is_fifo(void **state) {
  (void)state;
  order_len = 0;
  assert_int_equal(ac__run_main(spawner(), NULL, 0), 0);
  order[order_len] = '\0';
  assert_string_equal(order, "|abcabcabcabc");
  assert_int_equal(ac_frames_live(), 0);
}

/* A chain of a million nested awaits: built downward (each level awaits
 * the next before suspending at the leaf) and completed upward, with work
 * after each await. The trampoline keeps the C stack flat both ways. */
typedef struct {
  ac_frame h;
  long result;
  long depth, t0;
  ac_frame *c0;
} chain_frame;

static ac_frame *chain(long depth);

static ac_frame *chain_step(ac_frame *self) {
  chain_frame *F = (chain_frame *)self;
  DISPATCH(F, case 0: goto s0; case 1: goto s1; case 2: goto s2;)
s0:
  if (F->depth == 0) {
    F->h.state = 2;
    return ac__yield(&F->h, (int *)&F->t0);
  s2:
    F->result = 0;
    return ac__return(&F->h);
  }
  F->c0 = chain(F->depth - 1);
  F->h.state = 1;
  return ac__await(&F->h, F->c0);
s1:
  F->result = *(long *)((char *)F->c0 + F->c0->result_offset) + 1;
  ac__frame_free(F->c0);
  return ac__return(&F->h);
}

static ac_frame *chain(long depth) {
  chain_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = chain_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(chain_frame, result);
  F->depth = depth;
  return &F->h;
}

static void test_rt_core_million_deep_chain_keeps_stack_flat(void **state) {
  (void)state;
  long r = 0;
  assert_int_equal(ac__run_main(chain(1000000), &r, sizeof r), 0);
  assert_int_equal(r, 1000000);
  assert_int_equal(ac_frames_live(), 0);
}

static void test_rt_core_frames_are_reused_from_pools(void **state) {
  (void)state;
  ac_frame *a = ac__frame_alloc(100);
  assert_int_equal(ac_frames_live(), 1);
  size_t pooled = ac_frames_pooled_bytes();
  ac__frame_free(a);
  assert_int_equal(ac_frames_live(), 0);
  assert_true(ac_frames_pooled_bytes() > pooled);
  /* The same size class gets the same memory back, zeroed. */
  ac_frame *b = ac__frame_alloc(112);
  assert_ptr_equal(a, b);
  assert_int_equal(b->state, 0);
  assert_null(b->step);
  ac__frame_free(b);
  /* Large frames bypass the pools. */
  ac_frame *big = ac__frame_alloc(64 * 1024);
  assert_int_equal(ac_frames_live(), 1);
  ac__frame_free(big);
  assert_int_equal(ac_frames_live(), 0);
}

static void test_rt_core_detach_frees_the_task(void **state) {
  (void)state;
  /* A detached task runs to its end without a join; nothing leaks. */
  ac_task *t = ac__spawn(sum_of(3));
  assert_int_equal(ac_detach(t), 0);
  assert_int_equal(ac_detach(t), -EINVAL);
  int r = 0;
  /* Main ends first; the detached task is drained, then frees itself. */
  assert_int_equal(ac__run_main(sum_of(1), &r, sizeof r), 0);
  assert_int_equal(r, 1);
  assert_int_equal(ac_frames_live(), 0);
}

/* A step that tries to run a nested loop: refused with -EDEADLK. */
typedef struct {
  ac_frame h;
  int result;
} nested_frame;

static ac_frame *nested_step(ac_frame *self) {
  nested_frame *F = (nested_frame *)self;
  int r;
  F->result = ac__run_main(sum_of(1), &r, sizeof r);
  return ac__return(&F->h);
}

static void test_rt_core_size_mismatch_and_nesting_are_errors(void **state) {
  (void)state;
  long wrong;
  assert_int_equal(ac__run_main(sum_of(1), &wrong, sizeof wrong), -EINVAL);
  nested_frame *F = ac__frame_alloc(sizeof *F);
  F->h.step = nested_step;
  F->h.result_size = sizeof F->result;
  F->h.result_offset = offsetof(nested_frame, result);
  int rc = 0;
  assert_int_equal(ac__run_main(&F->h, &rc, sizeof rc), 0);
  assert_int_equal(rc, -EDEADLK);
  assert_int_equal(ac_frames_live(), 0);
}

static void test_rt_core_debug_mode_suspends_every_await(void **state) {
  (void)state;
  setenv("ASYNCC_DEBUG_SUSPEND", "1", 1);
  int r = -1;
  assert_int_equal(ac__run_main(sum_of(10), &r, sizeof r), 0);
  assert_int_equal(r, 55);
  long deep = 0;
  assert_int_equal(ac__run_main(chain(10000), &deep, sizeof deep), 0);
  assert_int_equal(deep, 10000);
  unsetenv("ASYNCC_DEBUG_SUSPEND");
  assert_int_equal(ac_frames_live(), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rt_core_run_main_gives_the_result),
      cmocka_unit_test(test_rt_core_join_delivers_typed_results),
      cmocka_unit_test(test_rt_core_yield_is_fifo),
      cmocka_unit_test(test_rt_core_million_deep_chain_keeps_stack_flat),
      cmocka_unit_test(test_rt_core_frames_are_reused_from_pools),
      cmocka_unit_test(test_rt_core_detach_frees_the_task),
      cmocka_unit_test(test_rt_core_size_mismatch_and_nesting_are_errors),
      cmocka_unit_test(test_rt_core_debug_mode_suspends_every_await),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
