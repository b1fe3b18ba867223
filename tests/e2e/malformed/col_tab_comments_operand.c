// expect: 3:37: error: expected expression before ';'
int f(void) {
	return /* a */ 1 /* b */ /* c */ + ;
}
