/* header_error.h - included by header_error.c */
int helper(int a, int b)
  ;;

int  @ z;
