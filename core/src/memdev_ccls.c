/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Capacity Configuration and Label Storage 4100h-4103h (CXL r3.2 §8.2.10.9.2). */
#include "cxlmb/cmd_memdev.h"
#include "cxlmb/error.h"

/* left out of builds without the CCLS, SANITIZE, SEC_PASSTHROUGH sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_CCLS) && defined(CXLMB_NO_SET_SANITIZE) && defined(CXLMB_NO_SET_SEC_PASSTHROUGH))

#define T struct cxlmb_get_partition_info_rsp
static const struct cxlmb_field cxlmb_get_partition_info_rsp_schema_fields[] = {
	CXLMB_U(T, active_volatile, 0x00, 8),
	CXLMB_U(T, active_persistent, 0x08, 8),
	CXLMB_U(T, next_volatile, 0x10, 8),
	CXLMB_U(T, next_persistent, 0x18, 8),
};
CXLMB_SCHEMA(cxlmb_get_partition_info_rsp_schema, T, 0x20, 0x20);
#undef T

#define T struct cxlmb_set_partition_info_req
static const struct cxlmb_field cxlmb_set_partition_info_req_schema_fields[] = {
	CXLMB_U(T, volatile_capacity, 0x00, 8),
	CXLMB_BIT(T, immediate, 0x08, 1, 0),
	CXLMB_RSVD_BITS(0x08, 1, 0xFE),
	CXLMB_RSVD(0x09, 1), /* optional: Linux sends 0Ah bytes */
};
CXLMB_SCHEMA(cxlmb_set_partition_info_req_schema, T, 9, 0x0A);
#undef T

#define T struct cxlmb_get_lsa_req
static const struct cxlmb_field cxlmb_get_lsa_req_schema_fields[] = {
	CXLMB_UF(T, offset, 0x00, 4, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x04, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_get_lsa_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_set_lsa_req
static const struct cxlmb_field cxlmb_set_lsa_req_schema_fields[] = {
	CXLMB_UF(T, offset, 0x00, 4, CXLMB_FF_HEX),
	CXLMB_RSVD(0x04, 4),
	CXLMB_TAIL(T, data, 0x08, 0),
};
CXLMB_SCHEMA(cxlmb_set_lsa_req_schema, T, 8, 0);
#undef T

#define T struct cxlmb_memdev_data
static const struct cxlmb_field cxlmb_memdev_data_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA(cxlmb_memdev_data_schema, T, 0, 0);

/* 4102h output: the same bytes, at most the length the request asked */
static int get_lsa_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_memdev_data *r = val;
	struct cxlmb_get_lsa_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_get_lsa_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->data.len <= q.length ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks get_lsa_rsp_hooks = { get_lsa_rsp_bind, NULL };
const struct cxlmb_schema cxlmb_get_lsa_rsp_schema = {
	.name = CXLMB_NAME_("cxlmb_get_lsa_rsp_schema"), .fields = cxlmb_memdev_data_schema_fields,
	.hooks = &get_lsa_rsp_hooks, .nfields = CXLMB_ARRAY_SIZE(cxlmb_memdev_data_schema_fields),
	.st_size = sizeof(T) };
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
