// yield/coro.cc - C++20 coroutines on a round-robin scheduler (bench/yield.sh).
//
//     yield-g++ / yield-clang++ TASKS YIELDS REPS
//
// The scheduler is a FIFO of coroutine handles (std::deque). A coroutine
// yields by co_awaiting `yield_now{}`, whose await_suspend pushes its handle
// to the back of the queue and returns to the scheduler loop, which resumes
// the handle at the front: TASKS * YIELDS switches. Coroutine frames come
// from the default allocation. As in the asyncc version, the tasks are all
// created, run to their end and their results collected ("joined"), REPS
// times; prints the sum of the results (TASKS * YIELDS * REPS).
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <vector>

static std::deque<std::coroutine_handle<>> ready;

struct yield_now {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { ready.push_back(h); }
  int await_resume() noexcept { return 0; }
};

// A task that starts when the scheduler first runs it and keeps its frame
// (and result) after the end until its owner reads the result and destroys it.
struct task {
  struct promise_type {
    long value = 0;
    task get_return_object() noexcept {
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(long v) noexcept { value = v; }
    void unhandled_exception() noexcept { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
};

static task worker(int yields) {
  long n = 0;
  for (int i = 0; i < yields; i++)
    n += 1 + co_await yield_now{};
  co_return n;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s TASKS YIELDS REPS\n", argv[0]);
    return 2;
  }
  int ntasks = std::atoi(argv[1]), yields = std::atoi(argv[2]), reps = std::atoi(argv[3]);
  std::vector<task> tasks;
  long total = 0;
  for (int r = 0; r < reps; r++) {
    tasks.clear();
    for (int i = 0; i < ntasks; i++) {
      tasks.push_back(worker(yields)); // "spawn": created suspended, queued
      ready.push_back(tasks.back().h);
    }
    while (!ready.empty()) { // the scheduler loop
      std::coroutine_handle<> h = ready.front();
      ready.pop_front();
      h.resume();
    }
    for (task &t : tasks) { // "join": every task is done; take its result
      if (!t.h.done())
        std::abort();
      total += t.h.promise().value;
      t.h.destroy();
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
