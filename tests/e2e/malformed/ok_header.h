/* ok_header.h - a valid header */
#ifndef OK_HEADER_H
#define OK_HEADER_H
extern int ok_value;
#endif
