/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The body of targets rsp_decode / req_decode: the catalog's decoders on
 * any bytes.  Input: the command selector (fuzz_pick: opcode, 2 bytes
 * little-endian), 1 byte the flags, the rest is payload.  Included by
 * fuzz_rsp_decode.c (FUZZ_DIR = CXLMB_RSP, host parsing device data) and
 * fuzz_req_decode.c (CXLMB_REQ, firmware parsing host data). */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	struct fuzz_sel sel;
	const struct cxlmb_cmd *c;
	int rc;
	struct fuzz_sink sink = { 0 };
	struct cxlmb_visitor v = fuzz_visitor(&sink);
	unsigned flags;

	if (size < FUZZ_SEL_LEN + 1)
		return 0;
	sel = fuzz_pick(data);
	c = sel.cmd;
	flags = data[FUZZ_SEL_LEN] & (CXLMB_STRICT | CXLMB_ALLOW_TRAILING);
	data += FUZZ_SEL_LEN + 1;
	size -= FUZZ_SEL_LEN + 1;
	rc = cxlmb_cmd_decode(c, FUZZ_DIR, data, size, flags, val);
	fuzz_note_outcome(sel.row, rc);
	if (!c) { /* not in catalog: refused, nothing decoded */
		FUZZ_CHECK(rc == CXLMB_E_INVALID_ARG && sel.opcode < 0xC000);
		return 0;
	}
	FUZZ_CHECK(c->opcode == sel.opcode || (c->flags & CXLMB_CMD_VENDOR));
	if (rc == CXLMB_E_OK) {
		fuzz_check_views(FUZZ_DIR == CXLMB_REQ ? c->req : c->rsp, val, data, size);
		FUZZ_CHECK(cxlmb_cmd_visit(c, FUZZ_DIR, val, flags, &v) == CXLMB_E_OK ||
			   c->hooks != NULL);
		/* the printer's walk is a function of the decoded value: a second
		 * walk sees the same fields, values and bytes */
		struct fuzz_sink again = { 0 };
		struct cxlmb_visitor v2 = fuzz_visitor(&again);
		(void)cxlmb_cmd_visit(c, FUZZ_DIR, val, flags, &v2);
		FUZZ_CHECK(again.acc == sink.acc);
	}
	return (int)(sink.acc & 0);
}
