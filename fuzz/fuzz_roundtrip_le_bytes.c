/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target roundtrip_le_bytes: the round-trip harness over a core built with
 * CXLMB_LE_BYTE_LOOPS (fuzz/CMakeLists.txt), so core/src/le.h runs the byte
 * loops -Os firmware builds use.  Same input format and corpus as roundtrip. */
#include "fuzz_roundtrip.c"
