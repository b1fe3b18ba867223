// expect: 3:21: error: expected expression before '}'
#define N 10
int a[N] = { N, N + };
