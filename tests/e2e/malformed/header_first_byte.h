@int x;
