/* asm_main.c - calls answer.S; ASM_VALUE comes from the command line. */
#include <stdio.h>

int answer_value(void);

static async int checked(void) {
  await ac_yield();
  return answer_value() == ASM_VALUE;
}

async int main(void) {
  printf("asm %d ok %d\n", answer_value(), await checked());
  return 0;
}
