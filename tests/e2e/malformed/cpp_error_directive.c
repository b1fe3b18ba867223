// expect-cpp: this input is rejected on purpose
int x;
#error this input is rejected on purpose
