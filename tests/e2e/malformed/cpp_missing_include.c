// expect-cpp: nonexistent.h
#include "nonexistent.h"
int x;
