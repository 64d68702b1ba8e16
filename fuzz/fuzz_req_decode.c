/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target req_decode: the request decoders (see fuzz_decode.h). */
#define FUZZ_DIR CXLMB_REQ
#include "fuzz_decode.h"
