/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* CCI message header codec (CXL r3.2 §7.6.3, Table 7-14: payload length
 * bits 20:0 of bytes 5-7, bits 22:21 reserved, bit 23 background operation). */
#include "cxlmb/cci.h"
#include "cxlmb/error.h"

#define T struct cxlmb_cci_msg
static const struct cxlmb_field cxlmb_cci_msg_schema_fields[] = {
	CXLMB_BITS(T, category, 0x00, 1, 0, 4),
	CXLMB_RSVD_BITS(0x00, 1, 0xF0),
	CXLMB_U(T, tag, 0x01, 1),
	CXLMB_RSVD(0x02, 1),
	CXLMB_UF(T, command, 0x03, 1, CXLMB_FF_HEX),
	CXLMB_UF(T, command_set, 0x04, 1, CXLMB_FF_HEX),
	CXLMB_BITS(T, payload_len, 0x05, 3, 0, 21),
	CXLMB_RSVD_BITS(0x05, 3, 0x600000),
	CXLMB_BIT(T, bg, 0x05, 3, 23),
	CXLMB_UF(T, rc, 0x08, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, vendor_status, 0x0A, 2, CXLMB_FF_HEX),
	CXLMB_TAIL(T, payload, 0x0C, 0),
};
CXLMB_SCHEMA(cxlmb_cci_msg_schema, T, CXLMB_CCI_HDR_LEN, 0);
/* the same table without the payload: the 12-byte header alone, its length
 * field taken from payload_len (tunnels build levels outermost first) */
const struct cxlmb_schema cxlmb_cci_hdr_schema = {
	.name = CXLMB_NAME_("cxlmb_cci_hdr_schema"), .fields = cxlmb_cci_msg_schema_fields,
	.nfields = CXLMB_ARRAY_SIZE(cxlmb_cci_msg_schema_fields) - 1, .st_size = sizeof(T),
	.min_len = CXLMB_CCI_HDR_LEN, .max_len = CXLMB_CCI_HDR_LEN, .entry_size = CXLMB_CCI_HDR_LEN };
#undef T

int cxlmb_cci_msg_decode(const uint8_t *buf, size_t len, unsigned flags, struct cxlmb_cci_msg *out)
{
	int rc;

	if (!out)
		return CXLMB_E_INVALID_ARG;
	rc = cxlmb_schema_decode(&cxlmb_cci_msg_schema, buf, len, flags, out);
	if (rc)
		return rc;
	if (out->category > CXLMB_CCI_RESPONSE)
		return CXLMB_E_BAD_CATEGORY;
	/* the header's length is never trusted over the bytes present */
	if (out->payload_len != out->payload.len)
		return CXLMB_E_BAD_LENGTH;
	/* r3.2 Table 7-14: a request's return code and vendor status are 0 */
	if ((flags & CXLMB_STRICT) && out->category == CXLMB_CCI_REQUEST &&
	    (out->rc || out->vendor_status))
		return CXLMB_E_RESERVED_SET;
	return CXLMB_E_OK;
}

int cxlmb_cci_msg_encode(const struct cxlmb_cci_msg *m, uint8_t *buf, size_t cap, size_t *out_len)
{
	struct cxlmb_cci_msg c;

	if (!m)
		return CXLMB_E_INVALID_ARG;
	if (m->category > CXLMB_CCI_RESPONSE)
		return CXLMB_E_BAD_CATEGORY;
	c = *m;
	c.payload_len = m->payload.len;
	return cxlmb_schema_encode(&cxlmb_cci_msg_schema, &c, buf, cap, out_len);
}

int cxlmb_cci_match(const struct cxlmb_cci_msg *req, const struct cxlmb_cci_msg *rsp)
{
	if (!req || !rsp)
		return CXLMB_E_INVALID_ARG;
	if (req->category != CXLMB_CCI_REQUEST || rsp->category != CXLMB_CCI_RESPONSE)
		return CXLMB_E_BAD_CATEGORY;
	if (req->tag != rsp->tag || req->command != rsp->command ||
	    req->command_set != rsp->command_set)
		return CXLMB_E_TAG_MISMATCH;
	return CXLMB_E_OK;
}
