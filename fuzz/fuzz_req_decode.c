/* Target req_decode: the request decoders (see fuzz_decode.h). */
#define FUZZ_DIR CXLMB_REQ
#include "fuzz_decode.h"
