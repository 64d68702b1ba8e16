/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Tunnel Management Command nesting (CXL r3.2 §7.6.7.3.1): build and unwrap
 * nested CCI messages, iteratively, to CXLMB_TUNNEL_MAX_DEPTH levels. */
#include "cxlmb/cci.h"
#include "cxlmb/error.h"

/* left out of builds without the mld port set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_MLD_PORT))

#define TUNNEL_HDR 4u /* request: target, type, command size; response: length, reserved */

/* One level's headers, each written by its layout: the 5300h request header
 * (target, type, command size) and the embedded message's CCI header. */
static int put_level(uint8_t *p, const struct cxlmb_tunnel_hop *hop, uint8_t tag,
		     uint16_t opcode, size_t msg)
{
	struct cxlmb_tunnel_req t = { .target_id = hop->target_id,
				      .target_type = hop->target_type,
				      .command_size = (uint16_t)msg };
	struct cxlmb_cci_msg m = { .category = CXLMB_CCI_REQUEST, .tag = tag,
				   .command = (uint8_t)opcode, .command_set = (uint8_t)(opcode >> 8),
				   .payload_len = (uint32_t)(msg - CXLMB_CCI_HDR_LEN) };
	size_t n;
	int rc = cxlmb_schema_encode(&cxlmb_tunnel_req_hdr_schema, &t, p, TUNNEL_HDR, &n);
	if (rc)
		return rc;
	return cxlmb_schema_encode(&cxlmb_cci_hdr_schema, &m, p + TUNNEL_HDR, CXLMB_CCI_HDR_LEN, &n);
}

int cxlmb_tunnel_wrap(const struct cxlmb_tunnel_hop *path, unsigned depth, uint8_t tag,
		      uint16_t opcode, const uint8_t *payload, size_t len, uint8_t *buf, size_t cap,
		      size_t *out_len)
{
	size_t total, off = 0;

	if (!path || !buf || !out_len || (len && !payload))
		return CXLMB_E_INVALID_ARG;
	if (depth == 0 || depth > CXLMB_TUNNEL_MAX_DEPTH)
		return CXLMB_E_DEPTH;
	if (len > CXLMB_PAYLOAD_MAX)
		return CXLMB_E_VALUE_RANGE;
	total = depth * (TUNNEL_HDR + CXLMB_CCI_HDR_LEN) + len;
	/* the outermost command size is the largest: it must fit 16 bits */
	if (total - TUNNEL_HDR > 0xFFFF)
		return CXLMB_E_VALUE_RANGE;
	if (total > cap)
		return CXLMB_E_BUF_TOO_SMALL;
	for (unsigned lvl = 0; lvl < depth; lvl++) {
		size_t msg = total - off - TUNNEL_HDR; /* this level's embedded message */
		bool bottom = lvl + 1 == depth;
		int rc = put_level(buf + off, &path[lvl], tag, bottom ? opcode : CXLMB_OPCODE_TUNNEL,
				   msg);
		if (rc)
			return rc;
		off += TUNNEL_HDR + CXLMB_CCI_HDR_LEN;
	}
	if (len)
		cxlmb_memcpy(buf + off, payload, len);
	*out_len = total;
	return CXLMB_E_OK;
}

int cxlmb_tunnel_unwrap_rsp(const uint8_t *buf, size_t len, unsigned depth, uint8_t tag,
			    uint16_t opcode, unsigned flags, struct cxlmb_tunnel_result *res)
{
	const uint8_t *p = buf;
	size_t n = len;

	if (!res || (!buf && len))
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(res, 0, sizeof(*res));
	if (depth == 0 || depth > CXLMB_TUNNEL_MAX_DEPTH)
		return CXLMB_E_DEPTH;
	for (unsigned lvl = 1; lvl <= depth; lvl++) {
		struct cxlmb_tunnel_rsp t;
		struct cxlmb_cci_msg m;
		uint16_t want = lvl == depth ? opcode : CXLMB_OPCODE_TUNNEL;
		int rc;

		res->level = lvl;
		/* response length against the bytes the parent gave us: the
		 * layout's check refuses a disagreement (BAD_LENGTH) */
		rc = cxlmb_tunnel_rsp_decode(p, n, flags | CXLMB_SHALLOW, &t);
		if (rc)
			return rc;
		rc = cxlmb_cci_msg_decode(t.message.data, t.message.len, flags, &m);
		if (rc)
			return rc;
		if (m.category != CXLMB_CCI_RESPONSE)
			return CXLMB_E_BAD_CATEGORY;
		if (m.tag != tag || cxlmb_cci_msg_opcode(&m) != want)
			return CXLMB_E_TAG_MISMATCH;
		res->rc = m.rc;
		res->vendor_status = m.vendor_status;
		res->bg = m.bg;
		res->payload = m.payload;
		if (m.rc != 0 && lvl != depth)
			return CXLMB_E_ROUTE; /* a hop failed: nothing deeper to read */
		p = m.payload.data;
		n = m.payload.len;
	}
	return CXLMB_E_OK;
}

int cxlmb_tunnel_unwrap_req(const uint8_t *buf, size_t len, unsigned flags,
			    struct cxlmb_tunnel_hop *hop, struct cxlmb_cci_msg *inner)
{
	struct cxlmb_tunnel_req t;
	int rc;

	if (!hop || !inner)
		return CXLMB_E_INVALID_ARG;
	/* the layout's check refuses a command size that disagrees with the
	 * message (BAD_LENGTH) */
	rc = cxlmb_tunnel_req_decode(buf, len, flags | CXLMB_SHALLOW, &t);
	if (rc)
		return rc;
	rc = cxlmb_cci_msg_decode(t.message.data, t.message.len, flags, inner);
	if (rc)
		return rc;
	if (inner->category != CXLMB_CCI_REQUEST)
		return CXLMB_E_BAD_CATEGORY;
	hop->target_id = t.target_id;
	hop->target_type = t.target_type;
	return CXLMB_E_OK;
}

int cxlmb_tunnel_wrap_rsp(const struct cxlmb_cci_msg *inner, uint8_t *buf, size_t cap,
			  size_t *out_len)
{
	struct cxlmb_tunnel_rsp hdr = { 0 };
	size_t n = 0, n2;
	int rc;

	if (!inner || !buf || !out_len)
		return CXLMB_E_INVALID_ARG;
	if (inner->category != CXLMB_CCI_RESPONSE)
		return CXLMB_E_BAD_CATEGORY;
	if (cap < TUNNEL_HDR)
		return CXLMB_E_BUF_TOO_SMALL;
	rc = cxlmb_cci_msg_encode(inner, buf + TUNNEL_HDR, cap - TUNNEL_HDR, &n);
	if (rc)
		return rc;
	if (n > 0xFFFF)
		return CXLMB_E_VALUE_RANGE;
	hdr.response_length = (uint16_t)n;
	/* cannot fail today (a fixed 4-byte layout, the length checked above);
	 * kept so that a change to the header layout cannot write garbage */
	rc = cxlmb_schema_encode(&cxlmb_tunnel_rsp_hdr_schema, &hdr, buf, TUNNEL_HDR, &n2);
	if (rc)
		return rc;
	*out_len = n + TUNNEL_HDR;
	return CXLMB_E_OK;
}

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
