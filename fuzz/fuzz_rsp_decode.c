/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target rsp_decode: the response decoders (see fuzz_decode.h). */
#define FUZZ_DIR CXLMB_RSP
#include "fuzz_decode.h"
