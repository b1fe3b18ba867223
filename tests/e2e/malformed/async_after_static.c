// expect: 3:12: error: translating async functions is not implemented yet
int x;
  static   async void run(void) {}
