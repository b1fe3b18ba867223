/* config.h - included by main.c only (rebuild checks touch it). */
#define COUNT_LIMIT 10
