// expect: 3:37: error: unexpected ';'
int f(void) {
	return /* a */ 1 /* b */ /* c */ + ;
}
