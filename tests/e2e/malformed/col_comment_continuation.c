// expect: 3:21: error: stray '`' in program
int x = 1,   /* multi
   line */   y = 2  `;
