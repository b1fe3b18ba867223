/* header_nested_inner.h */
int inner_ok;
int inner_bad = ;
