// expect: 2:15: error: expected ',' or '}' before 'C'
enum e { A, B C };
