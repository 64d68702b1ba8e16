/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target cci: CCI message framing and nested Tunnel Management payloads at
 * every depth the core accepts. */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxlmb_cci_msg m;
	struct cxlmb_tunnel_result r;
	struct cxlmb_tunnel_hop hop;
	unsigned depth;

	if (size < 3)
		return 0;
	depth = 1 + data[0] % CXLMB_TUNNEL_MAX_DEPTH;
	uint16_t op = (uint16_t)(data[1] | data[2] << 8);
	data += 3;
	size -= 3;
	if (cxlmb_cci_msg_decode(data, size, size ? data[0] & 1 : 0, &m) == CXLMB_E_OK)
		FUZZ_CHECK(m.payload.len == size - CXLMB_CCI_HDR_LEN &&
			   m.payload.data == data + CXLMB_CCI_HDR_LEN);
	r.level = 0;
	int rc = cxlmb_tunnel_unwrap_rsp(data, size, depth, 0, op, 0, &r);
	/* the unwrap is one loop: tell the fuzzer which level it got to */
	fuzz_note_outcome((size_t)depth * (CXLMB_TUNNEL_MAX_DEPTH + 1) + (r.level <= depth ? r.level : 0), rc);
	if (rc == CXLMB_E_OK) {
		FUZZ_CHECK(r.level >= 1 && r.level <= depth);
		FUZZ_CHECK(r.payload.len == 0 || (r.payload.data >= data &&
						  r.payload.data + r.payload.len <= data + size));
	}
	if (cxlmb_tunnel_unwrap_req(data, size, CXLMB_STRICT, &hop, &m) == CXLMB_E_OK)
		FUZZ_CHECK(m.payload.data + m.payload.len <= data + size);
	return 0;
}
