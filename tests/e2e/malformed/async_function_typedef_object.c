// expect: 3:5: error: 'g' declared with an async function type: declare async functions with 'async', or a pointer
typedef async int afn(void);
afn g;
