// expect: 2:36: error: stray '@' in program
/* it's */ char c = '"';   /* " */ @
