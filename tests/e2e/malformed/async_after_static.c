// expect: 3:11: error: 'async' on something that is not a function
int x;
  static  async int counter;
