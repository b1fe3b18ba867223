// expect: 3:26: error: parameter 'rows' has a variably modified type: not supported in an async function
async int h(void);
async int sum(int n, int rows[][n]) {
  return rows[0][0] + await h();
}
