#include "ok_header.h"
