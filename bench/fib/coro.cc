// fib/coro.cc - C++20 coroutine recursive fib (bench/fib.sh).
//
//     fib-g++ / fib-clang++ N REPS    -> prints fib(N), computed REPS times
//
// The usual lazy task<T>: a coroutine starts suspended; co_await on it
// stores the awaiter as its continuation and transfers to it (symmetric
// transfer: await_suspend returns the handle to resume), and its final
// awaiter transfers back to the continuation. Neither direction grows the
// stack. Frames come from the default allocation (operator new): the
// promise has no operator new of its own. No await really suspends, as in
// the asyncc version.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <utility>

template <class T> class task {
public:
  struct promise_type {
    T value{};
    std::coroutine_handle<> continuation;

    task get_return_object() noexcept {
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_awaiter {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        return h.promise().continuation;
      }
      void await_resume() noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }
    void return_value(T v) noexcept { value = v; }
    void unhandled_exception() noexcept { std::terminate(); }
  };

  task(task &&o) noexcept : h_(std::exchange(o.h_, {})) {}
  task(const task &) = delete;
  ~task() {
    if (h_)
      h_.destroy();
  }

  // Awaiting a task: start it, and let it resume us when it is done.
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiter) noexcept {
    h_.promise().continuation = awaiter;
    return h_;
  }
  T await_resume() noexcept { return h_.promise().value; }

  // For the synchronous caller (main): run to the end, the continuation
  // being a no-op coroutine that returns here.
  T run() {
    h_.promise().continuation = std::noop_coroutine();
    h_.resume();
    if (!h_.done())
      std::abort(); // nothing in this benchmark really suspends
    return h_.promise().value;
  }

private:
  explicit task(std::coroutine_handle<promise_type> h) noexcept : h_(h) {}
  std::coroutine_handle<promise_type> h_;
};

static task<int> fib(int n) {
  if (n < 2)
    co_return n;
  co_return co_await fib(n - 1) + co_await fib(n - 2);
}

// Read at every repetition, as in the C versions.
static volatile int arg;

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s N REPS\n", argv[0]);
    return 2;
  }
  arg = std::atoi(argv[1]);
  int reps = std::atoi(argv[2]);
  int r = 0;
  for (int i = 0; i < reps; i++)
    r = fib(arg).run();
  std::printf("%d\n", r);
  return 0;
}
