/* FM API command sets 51h-59h (CXL r3.2 §8.2.10.10 - §8.2.10.18 / §7.6.7). */
#ifndef CXLMB_CMD_FMAPI_H
#define CXLMB_CMD_FMAPI_H

#include "catalog.h"

#endif
