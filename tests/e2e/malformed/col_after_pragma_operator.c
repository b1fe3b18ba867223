// expect: 2:42: error: stray '@' in program
_Pragma("GCC diagnostic push") int x = 1 @;
