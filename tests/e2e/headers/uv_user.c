/* A libuv program: <uv.h> names parameters `async`, and so does this file;
 * asyncc must treat the word as an identifier here (SPEC 1). */
#include <stdio.h>
#include <uv.h>

static int fired;
static uv_async_t async;     /* a variable called async */

static void on_async(uv_async_t *async) {  /* a parameter called async */
  fired++;
  uv_close((uv_handle_t *)async, NULL);
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  int await = uv_async_init(loop, &async, on_async);
  if (await != 0)
    return 1;
  uv_async_send(&async);
  uv_run(loop, UV_RUN_DEFAULT);
  printf("fired %d\n", fired);
  return uv_loop_close(loop);
}
