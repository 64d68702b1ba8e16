/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* DCD Management 5600h-5608h (CXL r3.2 §7.6.7.6). */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"

/* left out of builds without the dcd mgmt set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_DCD_MGMT) && defined(CXLMB_NO_SET_GFD))

#define T struct cxlmb_dcd_info_rsp
static const struct cxlmb_field cxlmb_dcd_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_hosts, 0x00, 1),
	CXLMB_U(T, num_regions, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	/* Table 7-65: bits 2:0 Free/Contiguous/Prescriptive, at least one;
	 * bit 3 "must be 0" and bits 15:4 reserved */
	CXLMB_BITSF(T, add_policies, 0x04, 2, 0, 3, CXLMB_FF_HEX | CXLMB_FF_NONZERO),
	CXLMB_RSVD_BITS(0x04, 2, 0xFFF8),
	CXLMB_RSVD(0x06, 2),
	/* bits 1:0 Tag-based/Prescriptive, at least one; 15:2 reserved */
	CXLMB_BITSF(T, removal_policies, 0x08, 2, 0, 2, CXLMB_FF_HEX | CXLMB_FF_NONZERO),
	CXLMB_RSVD_BITS(0x08, 2, 0xFFFC),
	CXLMB_UF(T, sanitize_mask, 0x0A, 1, CXLMB_FF_HEX),
	CXLMB_RSVD(0x0B, 1),
	CXLMB_U(T, total_capacity, 0x0C, 8),
	CXLMB_UF(T, block_size_mask[0], 0x14, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[1], 0x1C, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[2], 0x24, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[3], 0x2C, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[4], 0x34, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[5], 0x3C, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[6], 0x44, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size_mask[7], 0x4C, 8, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_dcd_info_rsp_schema, T, 0x54, 0x54);
#undef T

#define T struct cxlmb_host_dc_config_req
static const struct cxlmb_field cxlmb_host_dc_config_req_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_U(T, region_count, 0x02, 1),
	CXLMB_U(T, start_region, 0x03, 1),
};
CXLMB_SCHEMA(cxlmb_host_dc_config_req_schema, T, 4, 4);
#undef T

#define T struct cxlmb_host_dc_region
static const struct cxlmb_field cxlmb_host_dc_region_schema_fields[] = {
	CXLMB_UF(T, base, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_U(T, decode_length, 0x08, 8),
	CXLMB_UF(T, length, 0x10, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, block_size, 0x18, 8, CXLMB_FF_HEX),
	/* Attributes1: bits 6:2 the CDAT DSMAS flags, kept in place; 1:0 and 7
	 * reserved (r3.2 Table 7-68) */
	CXLMB_ADDR(T, dsmas_flags, 0x20, 1, 2, 5),
	CXLMB_RSVD_BITS(0x20, 1, 0x83),
	CXLMB_RSVD(0x21, 3),
	CXLMB_BIT(T, sanitize_on_release, 0x24, 1, 0),
	CXLMB_RSVD_BITS(0x24, 1, 0xFE),
	CXLMB_RSVD(0x25, 3),
};
CXLMB_SCHEMA(cxlmb_host_dc_region_schema, T, 0x28, 0x28);
#undef T

/* host_dc_config_rsp: what the request asked bounds the answer */
static int host_dc_config_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_host_dc_config_rsp *r = val;
	struct cxlmb_host_dc_config_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_host_dc_config_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->num_regions > q.region_count)
		return CXLMB_E_OVERSIZE;
	return r->host_id == q.host_id ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks host_dc_config_rsp_hooks = { host_dc_config_rsp_bind, NULL };

#define T struct cxlmb_host_dc_config_rsp
static const struct cxlmb_field cxlmb_host_dc_config_rsp_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_U(T, regions_available, 0x02, 1),
	CXLMB_U(T, num_regions, 0x03, 1),
	CXLMB_ARRAY(T, regions, 0x04, num_regions, cxlmb_host_dc_region_schema),
	CXLMB_U_AFTER(T, extents_supported, 0x00, 4),
	CXLMB_U_AFTER(T, extents_available, 0x04, 4),
	CXLMB_U_AFTER(T, tags_supported, 0x08, 4),
	CXLMB_U_AFTER(T, tags_available, 0x0C, 4),
};
CXLMB_SCHEMA_HOOKED(cxlmb_host_dc_config_rsp_schema, T, 0x14, 0, host_dc_config_rsp_hooks);
#undef T

#define T struct cxlmb_set_dc_region_req
static const struct cxlmb_field cxlmb_set_dc_region_req_schema_fields[] = {
	CXLMB_U(T, region_id, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_UF(T, block_size, 0x04, 8, CXLMB_FF_HEX),
	CXLMB_BIT(T, sanitize_on_release, 0x0C, 1, 0),
	CXLMB_RSVD_BITS(0x0C, 1, 0xFE),
	CXLMB_RSVD(0x0D, 3),
};
CXLMB_SCHEMA(cxlmb_set_dc_region_req_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_dc_extent_lists_req
static const struct cxlmb_field cxlmb_dc_extent_lists_req_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, extent_count, 0x04, 4),
	CXLMB_U(T, start_index, 0x08, 4),
};
CXLMB_SCHEMA(cxlmb_dc_extent_lists_req_schema, T, 0x0C, 0x0C);
#undef T

/* dc_extent_lists_rsp: what the request asked bounds the answer */
static int dc_extent_lists_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_dc_extent_lists_rsp *r = val;
	struct cxlmb_dc_extent_lists_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_dc_extent_lists_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->count > q.extent_count)
		return CXLMB_E_OVERSIZE;
	return r->host_id == q.host_id && r->start_index == q.start_index ? CXLMB_E_OK
									  : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks dc_extent_lists_rsp_hooks = { dc_extent_lists_rsp_bind, NULL };

#define T struct cxlmb_dc_extent_lists_rsp
static const struct cxlmb_field cxlmb_dc_extent_lists_rsp_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, start_index, 0x04, 4),
	CXLMB_U(T, count, 0x08, 4),
	CXLMB_U(T, total, 0x0C, 4),
	CXLMB_U(T, generation, 0x10, 4),
	CXLMB_RSVD(0x14, 4),
	CXLMB_ARRAY(T, extents, 0x18, count, cxlmb_dc_extent_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_dc_extent_lists_rsp_schema, T, 0x18, 0, dc_extent_lists_rsp_hooks);
#undef T

#define T struct cxlmb_dc_add_req
static const struct cxlmb_field cxlmb_dc_add_req_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_E(T, policy, 0x02, 1, 3),
	CXLMB_U(T, region, 0x03, 1),
	CXLMB_UF(T, length, 0x04, 8, CXLMB_FF_HEX),
	CXLMB_UUID(T, tag, 0x0C),
	CXLMB_U(T, extent_count, 0x1C, 4),
	CXLMB_ARRAY(T, extents, 0x20, extent_count, cxlmb_dc_extent_schema),
};
CXLMB_SCHEMA(cxlmb_dc_add_req_schema, T, 0x20, 0);
#undef T

#define T struct cxlmb_dc_release_req
static const struct cxlmb_field cxlmb_dc_release_req_schema_fields[] = {
	CXLMB_U(T, host_id, 0x00, 2),
	CXLMB_BITS_E(T, removal_policy, 0x02, 1, 0, 4, 1),
	CXLMB_BIT(T, forced, 0x02, 1, 4),
	CXLMB_BIT(T, sanitize, 0x02, 1, 5),
	CXLMB_RSVD_BITS(0x02, 1, 0xC0),
	CXLMB_RSVD(0x03, 1),
	CXLMB_UF(T, length, 0x04, 8, CXLMB_FF_HEX),
	CXLMB_UUID(T, tag, 0x0C),
	CXLMB_U(T, extent_count, 0x1C, 4),
	CXLMB_ARRAY(T, extents, 0x20, extent_count, cxlmb_dc_extent_schema),
};
CXLMB_SCHEMA(cxlmb_dc_release_req_schema, T, 0x20, 0);
#undef T

#define T struct cxlmb_dc_tag_req
static const struct cxlmb_field cxlmb_dc_tag_req_schema_fields[] = {
	CXLMB_UUID(T, tag, 0x00),
};
CXLMB_SCHEMA(cxlmb_dc_tag_req_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_dc_list_tags_req
static const struct cxlmb_field cxlmb_dc_list_tags_req_schema_fields[] = {
	CXLMB_U(T, start_index, 0x00, 4),
	CXLMB_U(T, tag_count, 0x04, 4),
};
CXLMB_SCHEMA(cxlmb_dc_list_tags_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_dc_tag_info
static const struct cxlmb_field cxlmb_dc_tag_info_schema_fields[] = {
	CXLMB_UUID(T, tag, 0x00),
	CXLMB_UF(T, flags, 0x10, 1, CXLMB_FF_HEX),
	CXLMB_RSVD(0x11, 3),
	CXLMB_BYTES(T, ref_bitmap, 0x14, 32),
	CXLMB_BYTES(T, pending_ref_bitmap, 0x34, 32),
};
CXLMB_SCHEMA(cxlmb_dc_tag_info_schema, T, 0x54, 0x54);
#undef T

#define T struct cxlmb_dc_list_tags_rsp
static const struct cxlmb_field cxlmb_dc_list_tags_rsp_schema_fields[] = {
	CXLMB_U(T, generation, 0x00, 4),
	CXLMB_U(T, total, 0x04, 4),
	CXLMB_U(T, count, 0x08, 4),
	CXLMB_UF(T, validity, 0x0C, 1, CXLMB_FF_HEX),
	CXLMB_RSVD(0x0D, 3),
	CXLMB_ARRAY(T, tags, 0x10, count, cxlmb_dc_tag_info_schema),
};
CXLMB_SCHEMA(cxlmb_dc_list_tags_rsp_schema, T, 0x10, 0);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
