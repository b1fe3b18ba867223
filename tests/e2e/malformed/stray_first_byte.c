@int x; // expect: 1:1: error: stray '@' in program
