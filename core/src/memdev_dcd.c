/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Dynamic Capacity 4800h-4803h (CXL r3.2 §8.2.10.9.9). */
#include "cxlmb/cmd_memdev.h"
#include "cxlmb/error.h"

/* left out of builds without the DC, DCD_MGMT sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_DC) && defined(CXLMB_NO_SET_DCD_MGMT) && defined(CXLMB_NO_SET_GFD))

#define T struct cxlmb_get_dc_config_req
static const struct cxlmb_field cxlmb_get_dc_config_req_schema_fields[] = {
	CXLMB_U(T, region_count, 0x00, 1),
	CXLMB_U(T, start_region, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_get_dc_config_req_schema, T, 2, 2);
#undef T

#define T struct cxlmb_dc_region
static const struct cxlmb_field cxlmb_dc_region_schema_fields[] = {
	CXLMB_UF(T, base, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_U(T, decode_length, 0x08, 8),
	CXLMB_UF(T, length, 0x10, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size, 0x18, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, dsmad_handle, 0x20, 4, CXLMB_FF_HEX),
	CXLMB_BIT(T, sanitize_on_release, 0x24, 1, 0),
	CXLMB_RSVD_BITS(0x24, 1, 0xFE),
	CXLMB_RSVD(0x25, 3),
};
CXLMB_SCHEMA(cxlmb_dc_region_schema, T, 0x28, 0x28);
#undef T

/* regions, then (r3.1+) the extents/tags trailer, which this layout requires */
/* get_dc_config_rsp: what the request asked bounds the answer */
static int get_dc_config_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_dc_config_rsp *r = val;
	struct cxlmb_get_dc_config_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_dc_config_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->num_regions <= q.region_count ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks get_dc_config_rsp_hooks = { get_dc_config_rsp_bind, NULL };

#define T struct cxlmb_get_dc_config_rsp
static const struct cxlmb_field cxlmb_get_dc_config_rsp_schema_fields[] = {
	CXLMB_U(T, regions_available, 0x00, 1),
	CXLMB_U(T, num_regions, 0x01, 1),
	CXLMB_RSVD(0x02, 6),
	CXLMB_ARRAY(T, regions, 0x08, num_regions, cxlmb_dc_region_schema),
	CXLMB_U_AFTER(T, extents_supported, 0x00, 4),
	CXLMB_U_AFTER(T, extents_available, 0x04, 4),
	CXLMB_U_AFTER(T, tags_supported, 0x08, 4),
	CXLMB_U_AFTER(T, tags_available, 0x0C, 4),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_dc_config_rsp_schema, T, 0x18, 0, get_dc_config_rsp_hooks);
#undef T

#define T struct cxlmb_get_dc_extent_list_req
static const struct cxlmb_field cxlmb_get_dc_extent_list_req_schema_fields[] = {
	CXLMB_U(T, extent_count, 0x00, 4),
	CXLMB_U(T, start_index, 0x04, 4),
};
CXLMB_SCHEMA(cxlmb_get_dc_extent_list_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_dc_extent
static const struct cxlmb_field cxlmb_dc_extent_schema_fields[] = {
	CXLMB_UF(T, start_dpa, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_UUID(T, tag, 0x10),
	CXLMB_U(T, shared_seq, 0x20, 2),
	CXLMB_RSVD(0x22, 6),
};
CXLMB_SCHEMA(cxlmb_dc_extent_schema, T, 0x28, 0x28);
#undef T

/* get_dc_extent_list_rsp: what the request asked bounds the answer */
static int get_dc_extent_list_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_dc_extent_list_rsp *r = val;
	struct cxlmb_get_dc_extent_list_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_dc_extent_list_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->count <= q.extent_count ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks get_dc_extent_list_rsp_hooks = { get_dc_extent_list_rsp_bind, NULL };

#define T struct cxlmb_get_dc_extent_list_rsp
static const struct cxlmb_field cxlmb_get_dc_extent_list_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 4),
	CXLMB_U(T, total, 0x04, 4),
	CXLMB_U(T, generation, 0x08, 4),
	CXLMB_RSVD(0x0C, 4),
	CXLMB_ARRAY(T, extents, 0x10, count, cxlmb_dc_extent_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_dc_extent_list_rsp_schema, T, 0x10, 0, get_dc_extent_list_rsp_hooks);
#undef T

#define T struct cxlmb_dpa_extent
static const struct cxlmb_field cxlmb_dpa_extent_schema_fields[] = {
	CXLMB_UF(T, dpa, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_RSVD(0x10, 8),
};
CXLMB_SCHEMA(cxlmb_dpa_extent_schema, T, 0x18, 0x18);
#undef T

#define T struct cxlmb_dc_extent_update_req
static const struct cxlmb_field cxlmb_dc_extent_update_req_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 4),
	CXLMB_BIT(T, more, 0x04, 1, 0),
	CXLMB_RSVD_BITS(0x04, 1, 0xFE),
	CXLMB_RSVD(0x05, 3),
	CXLMB_ARRAY(T, extents, 0x08, count, cxlmb_dpa_extent_schema),
};
CXLMB_SCHEMA(cxlmb_dc_extent_update_req_schema, T, 8, 0);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
