/* config.h - included by main.c only (the incremental-build checks touch it). */
#define DEMO_NAME "demo"
