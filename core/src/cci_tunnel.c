/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Tunnel Management Command nesting (CXL r3.2 §7.6.7.3.1): build and unwrap
 * nested CCI messages, iteratively, to CXLMB_TUNNEL_MAX_DEPTH levels. */
#include "cxlmb/cci.h"
#include "cxlmb/error.h"
#include "le.h"

#define TUNNEL_HDR 4u /* request: target, type, command size; response: length, reserved */

static void put_hdr(uint8_t *p, uint8_t tag, uint16_t opcode, size_t payload_len)
{
	p[0] = CXLMB_CCI_REQUEST;
	p[1] = tag;
	p[2] = 0;
	p[3] = (uint8_t)opcode;
	p[4] = (uint8_t)(opcode >> 8);
	cxlmb_put_le(p + 5, 3, payload_len);
	cxlmb_put_le16(p + 8, 0);
	cxlmb_put_le16(p + 10, 0);
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
		size_t rest = total - off; /* this level's tunnel payload */
		size_t msg = rest - TUNNEL_HDR;
		bool bottom = lvl + 1 == depth;

		buf[off] = path[lvl].target_id;
		buf[off + 1] = path[lvl].target_type;
		cxlmb_put_le16(buf + off + 2, (uint16_t)msg);
		off += TUNNEL_HDR;
		put_hdr(buf + off, tag, bottom ? opcode : CXLMB_OPCODE_TUNNEL, msg - CXLMB_CCI_HDR_LEN);
		off += CXLMB_CCI_HDR_LEN;
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
		/* response length against the bytes the parent gave us */
		rc = cxlmb_tunnel_rsp_decode(p, n, flags, &t);
		if (rc)
			return rc;
		if (t.response_length != t.message.len)
			return CXLMB_E_BAD_LENGTH;
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
			return CXLMB_E_OK; /* a hop failed: nothing deeper to read */
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
	rc = cxlmb_tunnel_req_decode(buf, len, flags, &t);
	if (rc)
		return rc;
	if (t.command_size != t.message.len)
		return CXLMB_E_BAD_LENGTH;
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
	size_t n = 0;
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
	cxlmb_put_le16(buf, (uint16_t)n);
	cxlmb_put_le16(buf + 2, 0);
	*out_len = n + TUNNEL_HDR;
	return CXLMB_E_OK;
}
