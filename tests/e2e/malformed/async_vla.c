// expect: 4:8: error: variable-length array 'buf' in an async function (a frame has a fixed size)
async int fill(int n) {
  await ac_yield();
  char buf[n];
  return buf[0] = 0;
}
