/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* PBR Component 0700h-0702h (CXL r3.2 §8.2.10.8, Tables 8-136 to 8-140).
 * PIDs are bits 11:0 of a 16-bit field, 15:12 reserved. */
#include "cxlmb/cmd_generic.h"
#include "cxlmb/error.h"
#include "fmapi_internal.h"

/* left out of builds without the PBR_COMPONENT set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_PBR_COMPONENT))


/* Table 8-136 */
#define T struct cxlmb_pbr_identify_rsp
static const struct cxlmb_field cxlmb_pbr_identify_rsp_schema_fields[] = {
	PID(T, pid, 0x00),
	PID(T, primary_fm_pid, 0x02),
	CXLMB_UUID(T, primary_fm_uuid, 0x04),
	PID(T, secondary_fm_pid, 0x14),
	CXLMB_UUID(T, secondary_fm_uuid, 0x16),
};
CXLMB_SCHEMA(cxlmb_pbr_identify_rsp_schema, T, 0x26, 0x26);
#undef T

/* Table 8-137 */
#define T struct cxlmb_claim_ownership_req
static const struct cxlmb_field cxlmb_claim_ownership_req_schema_fields[] = {
	CXLMB_E(T, operation, 0x00, 1, 3),
	PID(T, fm_pid, 0x01),
	CXLMB_UUID(T, fm_uuid, 0x03),
	PID(T, assigned_pid, 0x13),
};
CXLMB_SCHEMA(cxlmb_claim_ownership_req_schema, T, 0x15, 0x15);
#undef T

/* Table 8-138 */
#define T struct cxlmb_claim_ownership_rsp
static const struct cxlmb_field cxlmb_claim_ownership_rsp_schema_fields[] = {
	PID(T, primary_fm_pid, 0x00),
	CXLMB_UUID(T, primary_fm_uuid, 0x02),
	PID(T, secondary_fm_pid, 0x12),
	CXLMB_UUID(T, secondary_fm_uuid, 0x14),
};
CXLMB_SCHEMA(cxlmb_claim_ownership_rsp_schema, T, 0x24, 0x24);
#undef T

/* Table 8-139 */
#define T struct cxlmb_read_cdat_req
static const struct cxlmb_field cxlmb_read_cdat_req_schema_fields[] = {
	PID(T, target_pid, 0x00),
	CXLMB_RSVD(0x02, 2),
	CXLMB_UF(T, start_byte, 0x04, 8, CXLMB_FF_HEX),
	CXLMB_U(T, num_bytes, 0x0C, 8),
};
CXLMB_SCHEMA(cxlmb_read_cdat_req_schema, T, 0x14, 0x14);
#undef T

/* Table 8-140: Number of Bytes is the CDAT data that follows, never more
 * than the request asked */
static int read_cdat_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_read_cdat_rsp *r = val;

	(void)flags;
	return r->num_bytes == r->data.len ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
}

static int read_cdat_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_read_cdat_rsp *r = val;
	struct cxlmb_read_cdat_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_read_cdat_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->num_bytes <= q.num_bytes ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks read_cdat_rsp_hooks = { read_cdat_rsp_bind,
								read_cdat_rsp_check };

#define T struct cxlmb_read_cdat_rsp
static const struct cxlmb_field cxlmb_read_cdat_rsp_schema_fields[] = {
	CXLMB_U(T, total_size, 0x00, 8),
	CXLMB_U(T, num_bytes, 0x08, 8),
	CXLMB_TAIL(T, data, 0x10, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_read_cdat_rsp_schema, T, 0x10, 0, read_cdat_rsp_hooks);
#undef T
#undef PID

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
