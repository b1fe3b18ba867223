// expect: 2:9: error: expected expression before 'case'
int x = case;
