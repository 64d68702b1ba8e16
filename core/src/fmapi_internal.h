/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* What the FM-API and PBR layout files share (not installed). */
#ifndef CXLMB_FMAPI_INTERNAL_H
#define CXLMB_FMAPI_INTERNAL_H

#include "cxlmb/schema.h"

/* A PBR ID (PID): bits 11:0 of a 16-bit word, bits 15:12 reserved
 * (CXL r3.2 §7.7.13, e.g. Table 7-117). */
#define PID(T, mem, off) CXLMB_BITSF(T, mem, off, 2, 0, 12, CXLMB_FF_HEX), CXLMB_RSVD_BITS(off, 2, 0xF000)

/* An answer listing entries "from the index asked, no more than asked"
 * (LD-ST and FAST segment, IDT DPID lists): checked against the request
 * (struct cxlmb_ldst_range_req, Tables 7-140/7-144).  No request: OK. */
int cxlmb_fm_range_bind(const uint8_t *req, size_t req_len, unsigned flags, uint16_t count,
			uint16_t start);

#endif
