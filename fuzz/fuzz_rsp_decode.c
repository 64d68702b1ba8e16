/* Target rsp_decode: the response decoders (see fuzz_decode.h). */
#define FUZZ_DIR CXLMB_RSP
#include "fuzz_decode.h"
