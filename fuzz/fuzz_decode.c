/* Targets rsp_decode / req_decode: the catalog's decoders on any bytes.
 * Input: 2 bytes pick the command, 1 byte the flags, the rest is payload.
 * Built twice, with FUZZ_DIR = CXLMB_RSP (host parsing device data) and
 * CXLMB_REQ (firmware parsing host data). */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c;
	size_t row;
	int rc;
	struct fuzz_sink sink = { 0 };
	struct cxlmb_visitor v = fuzz_visitor(&sink);
	unsigned flags;

	if (size < 3)
		return 0;
	row = fuzz_pick_index(data);
	c = fuzz_pick_cmd(data);
	flags = data[2] & (CXLMB_STRICT | CXLMB_ALLOW_TRAILING);
	data += 3;
	size -= 3;
	rc = cxlmb_cmd_decode(c, FUZZ_DIR, data, size, flags, val);
	fuzz_note_outcome(row, rc);
	if (rc == CXLMB_E_OK) {
		fuzz_check_views(FUZZ_DIR == CXLMB_REQ ? c->req : c->rsp, val, data, size);
		FUZZ_CHECK(cxlmb_cmd_visit(c, FUZZ_DIR, val, flags, &v) == CXLMB_E_OK ||
			   c->hooks != NULL);
	}
	return (int)(sink.acc & 0);
}
