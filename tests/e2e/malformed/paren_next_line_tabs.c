// expect: 3:4: error: expected ',' or ')' before ';'
	int x = (1 +
		2;
