/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target roundtrip: whatever decodes re-encodes to a canonical form that is
 * a fixed point, and a strict decode of a longest-form fixed layout
 * re-encodes byte for byte.  Input: the command selector (fuzz_pick), 1
 * byte the mode (bit 0: response, bit 1: strict), the rest is payload. */
#include <string.h>

#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static _Alignas(8) uint8_t v1[CXLMB_CMD_STRUCT_MAX], v2[CXLMB_CMD_STRUCT_MAX];
	static uint8_t e1[CXLMB_PAYLOAD_MAX / 16], e2[CXLMB_PAYLOAD_MAX / 16];
	struct fuzz_sel sel;
	const struct cxlmb_cmd *c;
	enum cxlmb_dir dir;
	size_t n1 = 0, n2 = 0;
	unsigned flags;
	int rc;

	if (size < FUZZ_SEL_LEN + 1)
		return 0;
	sel = fuzz_pick(data);
	c = sel.cmd;
	dir = (data[FUZZ_SEL_LEN] & 1) ? CXLMB_RSP : CXLMB_REQ;
	flags = (data[FUZZ_SEL_LEN] & 2) ? CXLMB_STRICT : CXLMB_LENIENT;
	data += FUZZ_SEL_LEN + 1;
	size -= FUZZ_SEL_LEN + 1;
	rc = cxlmb_cmd_decode(c, dir, data, size, flags, v1);
	fuzz_note_outcome(2 * sel.row + (dir == CXLMB_RSP), rc);
	if (rc) {
		FUZZ_CHECK(c || rc == CXLMB_E_INVALID_ARG); /* not in catalog: refused */
		return 0;
	}
	rc = cxlmb_cmd_encode(c, dir, v1, e1, sizeof(e1), &n1);
	/* what a strict decode accepts, the encoder must write back; a lenient
	 * decode may keep values (reserved bits, undefined enums) it refuses */
	if (flags & CXLMB_STRICT)
		FUZZ_CHECK(rc == CXLMB_E_OK);
	if (rc)
		return 0;
	FUZZ_CHECK(cxlmb_cmd_decode(c, dir, e1, n1, CXLMB_LENIENT, v2) == CXLMB_E_OK);
	FUZZ_CHECK(cxlmb_cmd_encode(c, dir, v2, e2, sizeof(e2), &n2) == CXLMB_E_OK);
	FUZZ_CHECK(n1 == n2 && memcmp(e1, e2, n1) == 0);
	const struct cxlmb_schema *s = dir == CXLMB_REQ ? c->req : c->rsp;
	/* a strict-valid input the encoder writes at the same length comes back
	 * byte for byte, at every length the layout allows (not only the longest) */
	if (s && (flags & CXLMB_STRICT) && n1 == size)
		FUZZ_CHECK(memcmp(e1, data, size) == 0);
	return 0;
}
