// expect: 2:9: error: unexpected 'case'
int x = case;
