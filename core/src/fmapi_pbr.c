/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* PBR Switch 5700h, 5702h-5707h, 570Ah-5716h (CXL r3.2 §7.7.13.1, .3-.8,
 * .11-.23, Tables 7-112 to 7-155); 5701h Fabric Crawl Out lives with the tunnel it resembles
 * (fmapi_mld.c), the GAE commands in fmapi_gae.c. */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"
#include "fmapi_internal.h"

/* left out of builds without the PBR_SWITCH, GAE and VCS_GAE sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_PBR_SWITCH) && defined(CXLMB_NO_SET_GAE) && defined(CXLMB_NO_SET_VCS_GAE))

#define T struct cxlmb_pbr_switch_identify_rsp
static const struct cxlmb_field cxlmb_pbr_switch_identify_rsp_schema_fields[] = {
	CXLMB_UF(T, gae_support_map, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, num_drts, 0x08, 1, CXLMB_FF_NONZERO),
	CXLMB_U(T, num_rgts, 0x09, 1),
	CXLMB_RSVD(0x0A, 1),
	CXLMB_BIT(T, random, 0x0B, 1, 0),
	CXLMB_BIT(T, congestion_avoidance, 0x0B, 1, 1),
	CXLMB_BIT(T, advanced_ca, 0x0B, 1, 2),
	CXLMB_RSVD_BITS(0x0B, 1, 0x38),
	CXLMB_BIT(T, vendor_mode1, 0x0B, 1, 6),
	CXLMB_BIT(T, vendor_mode2, 0x0B, 1, 7),
};
CXLMB_SCHEMA(cxlmb_pbr_switch_identify_rsp_schema, T, 0x0C, 0x0C);
#undef T


/* Table 7-117 */
#define T struct cxlmb_link_partner_info
static const struct cxlmb_field cxlmb_link_partner_info_schema_fields[] = {
	CXLMB_U(T, port_id, 0x00, 1),
	CXLMB_U(T, far_end_port_id, 0x01, 1),
	CXLMB_BITSF(T, pid, 0x02, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_BITS(T, device_type, 0x02, 2, 12, 4),
	CXLMB_UUID(T, link_partner_id, 0x04),
	CXLMB_UF(T, std_fc_vc_list, 0x14, 1, CXLMB_FF_HEX),
	CXLMB_UF(T, uio_fc_vc_list, 0x15, 1, CXLMB_FF_HEX),
	CXLMB_UUID(T, primary_fm_uuid, 0x16),
	CXLMB_UUID(T, secondary_fm_uuid, 0x26),
};
CXLMB_SCHEMA(cxlmb_link_partner_info_schema, T, 0x36, 0x36);
#undef T

/* one block per port asked (strictly) */
static int link_partner_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_link_partner_rsp *r = val;
	struct cxlmb_get_port_state_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_get_port_state_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->num_ports == q.num_ports ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
}
static const struct cxlmb_schema_hooks link_partner_rsp_hooks = { link_partner_rsp_bind, NULL };

/* Table 7-116 */
#define T struct cxlmb_link_partner_rsp
static const struct cxlmb_field cxlmb_link_partner_rsp_schema_fields[] = {
	CXLMB_U(T, num_ports, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_ARRAY(T, ports, 0x04, num_ports, cxlmb_link_partner_info_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_link_partner_rsp_schema, T, 4, 0, link_partner_rsp_hooks);
#undef T

/* Tables 7-118, 7-126 */
#define T struct cxlmb_pbr_range_req
static const struct cxlmb_field cxlmb_pbr_range_req_schema_fields[] = {
	CXLMB_U(T, start_index, 0x00, 2),
	CXLMB_U(T, count, 0x02, 2),
};
CXLMB_SCHEMA(cxlmb_pbr_range_req_schema, T, 4, 4);
#undef T

/* Table 7-120 */
#define T struct cxlmb_pid_target
static const struct cxlmb_field cxlmb_pid_target_schema_fields[] = {
	CXLMB_U(T, target_id, 0x00, 2),
	CXLMB_BITS_E(T, target_type, 0x02, 1, 0, 3, 2),
	CXLMB_RSVD_BITS(0x02, 1, 0xF8),
	CXLMB_U(T, instance_id, 0x03, 1),
	CXLMB_U(T, vcs_id, 0x04, 1),
	CXLMB_U(T, port_id, 0x05, 1),
	PID(T, pid, 0x06),
};
CXLMB_SCHEMA(cxlmb_pid_target_schema, T, 8, 8);
#undef T

/* at most the targets asked */
static int pid_target_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_pid_target_rsp *r = val;
	struct cxlmb_pbr_range_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_pbr_range_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->count <= q.count ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks pid_target_rsp_hooks = { pid_target_rsp_bind, NULL };

/* Table 7-119 */
#define T struct cxlmb_pid_target_rsp
static const struct cxlmb_field cxlmb_pid_target_rsp_schema_fields[] = {
	CXLMB_U(T, total, 0x00, 2),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_ARRAY(T, targets, 0x04, count, cxlmb_pid_target_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_pid_target_rsp_schema, T, 4, 0, pid_target_rsp_hooks);
#undef T

/* Table 7-122 */
#define T struct cxlmb_pid_assignment
static const struct cxlmb_field cxlmb_pid_assignment_schema_fields[] = {
	PID(T, pid, 0x00),
	CXLMB_U(T, target_id, 0x02, 2),
	CXLMB_U(T, instance_id, 0x04, 1),
};
CXLMB_SCHEMA(cxlmb_pid_assignment_schema, T, 5, 5);
#undef T

/* Table 7-121: the operation byte at 00h, 01h left reserved (the table gives
 * no field there) */
#define T struct cxlmb_pid_assign_req
static const struct cxlmb_field cxlmb_pid_assign_req_schema_fields[] = {
	CXLMB_BITS_E(T, operation, 0x00, 1, 0, 3, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_ARRAY(T, assignments, 0x04, count, cxlmb_pid_assignment_schema),
};
CXLMB_SCHEMA(cxlmb_pid_assign_req_schema, T, 4, 0);
#undef T

/* Table 7-123 */
#define T struct cxlmb_pid_binding_req
static const struct cxlmb_field cxlmb_pid_binding_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_U(T, vppb_id, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_pid_binding_req_schema, T, 2, 2);
#undef T

/* Table 7-125 (5706h input); 5705h's output (Table 7-124) is the same from
 * 04h on, shifted to 00h */
#define T struct cxlmb_pid_binding
static const struct cxlmb_field cxlmb_pid_binding_schema_fields[] = {
	CXLMB_BITS_E(T, operation, 0x00, 1, 0, 3, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_U(T, vcs_id, 0x01, 1),
	CXLMB_U(T, vppb_id, 0x02, 1),
	CXLMB_RSVD(0x03, 1),
	PID(T, pid, 0x04),
	CXLMB_RSVD(0x06, 2),
	CXLMB_U(T, latency_base, 0x08, 8),
	CXLMB_U(T, latency, 0x10, 2),
	CXLMB_U(T, bw_base, 0x12, 8),
	CXLMB_U(T, bw, 0x1A, 2),
};
CXLMB_SCHEMA(cxlmb_pid_binding_schema, T, 0x1C, 0x1C);

static const struct cxlmb_field cxlmb_pid_binding_rsp_schema_fields[] = {
	PID(T, pid, 0x00),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, latency_base, 0x04, 8),
	CXLMB_U(T, latency, 0x0C, 2),
	CXLMB_U(T, bw_base, 0x0E, 8),
	CXLMB_U(T, bw, 0x16, 2),
};
CXLMB_SCHEMA(cxlmb_pid_binding_rsp_schema, T, 0x18, 0x18);
#undef T

/* Table 7-128 */
#define T struct cxlmb_table_descriptor
static const struct cxlmb_field cxlmb_table_descriptor_schema_fields[] = {
	CXLMB_BITS_E(T, table_type, 0x00, 1, 0, 2, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_U(T, table_index, 0x01, 2),
	CXLMB_BYTES(T, active_port_mask, 0x03, 32),
	CXLMB_RSVD(0x23, 4),
};
CXLMB_SCHEMA(cxlmb_table_descriptor_schema, T, 0x27, 0x27);
#undef T

/* at most the descriptors asked, from the index asked */
static int table_descriptors_rsp_bind(void *val, const uint8_t *req, size_t req_len,
				      unsigned flags)
{
	const struct cxlmb_table_descriptors_rsp *r = val;
	struct cxlmb_pbr_range_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_pbr_range_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->count > q.count)
		return CXLMB_E_OVERSIZE;
	return r->start_index == q.start_index ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks table_descriptors_rsp_hooks = { table_descriptors_rsp_bind,
									NULL };

/* Table 7-127 */
#define T struct cxlmb_table_descriptors_rsp
static const struct cxlmb_field cxlmb_table_descriptors_rsp_schema_fields[] = {
	CXLMB_U(T, start_index, 0x00, 2),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_ARRAY(T, descriptors, 0x04, count, cxlmb_table_descriptor_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_table_descriptors_rsp_schema, T, 4, 0, table_descriptors_rsp_hooks);
#undef T


/* Table 7-133 */
#define T struct cxlmb_rgt_req
static const struct cxlmb_field cxlmb_rgt_req_schema_fields[] = {
	CXLMB_U(T, rgt_index, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_entry, 0x04, 2),
};
CXLMB_SCHEMA(cxlmb_rgt_req_schema, T, 6, 6);
#undef T

/* Table 7-135: routing modes 3-5 reserved */
#define T struct cxlmb_rgt_entry
static const struct cxlmb_field cxlmb_rgt_entry_schema_fields[] = {
	CXLMB_BYTES(T, egress_port, 0x00, 8),
	CXLMB_BITS(T, highest_valid, 0x08, 1, 0, 3),
	CXLMB_BITS(T, highest_primary, 0x08, 1, 3, 3),
	CXLMB_RSVD_BITS(0x08, 1, 0xC0),
	CXLMB_FLD_("routing_mode", CXLMB_F_UINT, 0x09, 1, T, routing_mode, 0, 3, CXLMB_FF_ENUM_MASK,
		   0xC7),
	CXLMB_BITS(T, mix, 0x09, 1, 3, 3),
	CXLMB_RSVD_BITS(0x09, 1, 0xC0),
	CXLMB_RSVD(0x0A, 2),
};
CXLMB_SCHEMA(cxlmb_rgt_entry_schema, T, 0x0C, 0x0C);
#undef T

/* the table, count and start asked */
static int rgt_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_rgt *r = val;
	struct cxlmb_rgt_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_rgt_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->count > q.count)
		return CXLMB_E_OVERSIZE;
	return r->rgt_index == q.rgt_index && r->start_entry == q.start_entry ? CXLMB_E_OK
										: CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks rgt_rsp_hooks = { rgt_rsp_bind, NULL };

/* Tables 7-134, 7-136 */
#define T struct cxlmb_rgt
static const struct cxlmb_field cxlmb_rgt_schema_fields[] = {
	CXLMB_U(T, rgt_index, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_entry, 0x04, 2),
	CXLMB_ARRAY(T, entries, 0x06, count, cxlmb_rgt_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_rgt_schema, T, 6, 0, rgt_rsp_hooks);
const struct cxlmb_schema cxlmb_set_rgt_schema = {
	.name = CXLMB_NAME_("cxlmb_set_rgt_schema"), .fields = cxlmb_rgt_schema_fields,
	.nfields = CXLMB_ARRAY_SIZE(cxlmb_rgt_schema_fields), .st_size = sizeof(T), .min_len = 6 };
#undef T

/* Table 7-131 (r3.1 Table 7-130, whose text gives both rows whole): entry
 * type bits 1:0 (3 reserved), bits 7:2 reserved, routing target at 1h; 2 bytes */
#define T struct cxlmb_drt_entry
static const struct cxlmb_field cxlmb_drt_entry_schema_fields[] = {
	CXLMB_BITS_E(T, entry_type, 0x00, 1, 0, 2, 2),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_U(T, routing_target, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_drt_entry_schema, T, 2, 2);
#undef T

/* the table, count and start asked (Table 7-129 has Get RGT's layout) */
static int drt_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_drt *r = val;
	struct cxlmb_rgt_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_rgt_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->count > q.count)
		return CXLMB_E_OVERSIZE;
	return r->drt_index == q.rgt_index && r->start_entry == q.start_entry ? CXLMB_E_OK
										: CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks drt_rsp_hooks = { drt_rsp_bind, NULL };

/* Table 7-130 */
#define T struct cxlmb_drt
static const struct cxlmb_field cxlmb_drt_schema_fields[] = {
	CXLMB_U(T, drt_index, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_entry, 0x04, 2),
	CXLMB_U(T, rgt_index, 0x06, 1),
	CXLMB_RSVD(0x07, 1),
	CXLMB_ARRAY(T, entries, 0x08, count, cxlmb_drt_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_drt_schema, T, 8, 0, drt_rsp_hooks);
#undef T

/* Table 7-132 */
#define T struct cxlmb_set_drt
static const struct cxlmb_field cxlmb_set_drt_schema_fields[] = {
	CXLMB_U(T, drt_index, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_entry, 0x04, 2),
	CXLMB_ARRAY(T, entries, 0x06, count, cxlmb_drt_entry_schema),
};
CXLMB_SCHEMA(cxlmb_set_drt_schema, T, 6, 0);
#undef T

/* Table 7-138 */
#define T struct cxlmb_ldst_caps_rsp
static const struct cxlmb_field cxlmb_ldst_caps_rsp_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_U(T, num_segments, 0x01, 2),
	CXLMB_BITS(T, seg_size, 0x03, 1, 0, 3),
	CXLMB_RSVD_BITS(0x03, 1, 0xF8),
	CXLMB_U(T, num_idt, 0x04, 2),
	CXLMB_U(T, num_re_routers, 0x06, 2),
	PID(T, local_pid, 0x08),
	CXLMB_UF(T, fabric_base, 0x0A, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, fabric_limit, 0x12, 8, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ldst_caps_rsp_schema, T, 0x1A, 0x1A);
#undef T

/* Table 7-139 */
#define T struct cxlmb_ldst_config_req
static const struct cxlmb_field cxlmb_ldst_config_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_BITS(T, seg_size, 0x01, 1, 0, 3),
	CXLMB_RSVD_BITS(0x01, 1, 0xF8),
	CXLMB_UF(T, fabric_base, 0x02, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, fabric_limit, 0x0A, 8, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ldst_config_req_schema, T, 0x12, 0x12);
#undef T



/* Tables 7-140, 7-144 */
#define T struct cxlmb_ldst_range_req
static const struct cxlmb_field cxlmb_ldst_range_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_UF(T, count, 0x02, 2, CXLMB_FF_NONZERO),
	CXLMB_U(T, start_index, 0x04, 2),
};
CXLMB_SCHEMA(cxlmb_ldst_range_req_schema, T, 6, 6);
#undef T

/* Table 7-142 */
#define T struct cxlmb_ldst_segment
static const struct cxlmb_field cxlmb_ldst_segment_schema_fields[] = {
	CXLMB_BIT(T, valid, 0x00, 1, 0),
	CXLMB_BIT(T, pcie_segment, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_BITS(T, intlv, 0x01, 1, 0, 4),
	CXLMB_RSVD_BITS(0x01, 1, 0xF0),
	CXLMB_BITS(T, gran, 0x02, 1, 0, 4),
	CXLMB_RSVD_BITS(0x02, 1, 0xF0),
	CXLMB_RSVD(0x03, 1),
	PID(T, dpid_ix, 0x04),
	CXLMB_RSVD(0x06, 2),
};
CXLMB_SCHEMA(cxlmb_ldst_segment_schema, T, 8, 8);
#undef T

int cxlmb_fm_range_bind(const uint8_t *req, size_t req_len, unsigned flags, uint16_t count,
			uint16_t start)
{
	struct cxlmb_ldst_range_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_ldst_range_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (count > q.count)
		return CXLMB_E_OVERSIZE;
	return start == q.start_index ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}

static int ldst_segments_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_ldst_segments_rsp *r = val;
	return cxlmb_fm_range_bind(req, req_len, flags, r->count, r->start_index);
}
static const struct cxlmb_schema_hooks ldst_segments_rsp_hooks = { ldst_segments_rsp_bind, NULL };

/* Table 7-141 */
#define T struct cxlmb_ldst_segments_rsp
static const struct cxlmb_field cxlmb_ldst_segments_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, start_index, 0x02, 2),
	CXLMB_ARRAY(T, segments, 0x04, count, cxlmb_ldst_segment_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_ldst_segments_rsp_schema, T, 4, 0, ldst_segments_rsp_hooks);
#undef T

/* Table 7-143 */
#define T struct cxlmb_ldst_segments_req
static const struct cxlmb_field cxlmb_ldst_segments_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_index, 0x04, 2),
	CXLMB_ARRAY(T, segments, 0x06, count, cxlmb_ldst_segment_schema),
};
CXLMB_SCHEMA(cxlmb_ldst_segments_req_schema, T, 6, 0);
#undef T

#define T struct cxlmb_pid16
static const struct cxlmb_field cxlmb_pid16_schema_fields[] = {
	PID(T, pid, 0x00),
};
CXLMB_SCHEMA(cxlmb_pid16_schema, T, 2, 2);
#undef T

static int ldst_idt_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_ldst_idt_rsp *r = val;
	return cxlmb_fm_range_bind(req, req_len, flags, r->count, r->start_index);
}
static const struct cxlmb_schema_hooks ldst_idt_rsp_hooks = { ldst_idt_rsp_bind, NULL };

/* Table 7-145 */
#define T struct cxlmb_ldst_idt_rsp
static const struct cxlmb_field cxlmb_ldst_idt_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, start_index, 0x02, 2),
	CXLMB_ARRAY(T, dpids, 0x04, count, cxlmb_pid16_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_ldst_idt_rsp_schema, T, 4, 0, ldst_idt_rsp_hooks);
#undef T

/* Table 7-146 */
#define T struct cxlmb_ldst_idt_req
static const struct cxlmb_field cxlmb_ldst_idt_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_index, 0x04, 2),
	CXLMB_RSVD(0x06, 2),
	CXLMB_ARRAY(T, dpids, 0x08, count, cxlmb_pid16_schema),
};
CXLMB_SCHEMA(cxlmb_ldst_idt_req_schema, T, 8, 0);
#undef T

/* Table 7-149 */
#define T struct cxlmb_cidrr_entry
static const struct cxlmb_field cxlmb_cidrr_entry_schema_fields[] = {
	CXLMB_BITSF(T, dpid, 0x00, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_BIT(T, enable_segment, 0x00, 2, 12),
	CXLMB_RSVD_BITS(0x00, 2, 0xE000),
	CXLMB_U(T, segment, 0x02, 1),
	CXLMB_U(T, bus, 0x03, 1),
	CXLMB_BITS(T, function, 0x04, 1, 0, 3),
	CXLMB_BITS(T, device, 0x04, 1, 3, 5),
};
CXLMB_SCHEMA(cxlmb_cidrr_entry_schema, T, 5, 5);
#undef T

static int cidrr_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_cidrr_rsp *r = val;
	return cxlmb_fm_range_bind(req, req_len, flags, r->count, r->start_index);
}
static const struct cxlmb_schema_hooks cidrr_rsp_hooks = { cidrr_rsp_bind, NULL };

/* Table 7-148 */
#define T struct cxlmb_cidrr_rsp
static const struct cxlmb_field cxlmb_cidrr_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, start_index, 0x02, 2),
	CXLMB_ARRAY(T, entries, 0x04, count, cxlmb_cidrr_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_cidrr_rsp_schema, T, 4, 0, cidrr_rsp_hooks);
#undef T

/* Table 7-150 */
#define T struct cxlmb_cidrr_req
static const struct cxlmb_field cxlmb_cidrr_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_index, 0x04, 2),
	CXLMB_ARRAY(T, entries, 0x06, count, cxlmb_cidrr_entry_schema),
};
CXLMB_SCHEMA(cxlmb_cidrr_req_schema, T, 6, 0);
#undef T

/* Table 7-155 */
#define T struct cxlmb_vcs_ldst_access_req
static const struct cxlmb_field cxlmb_vcs_ldst_access_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_BITSF(T, pid, 0x02, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_BITS_E(T, operation, 0x02, 2, 12, 3, 1),
	CXLMB_RSVD_BITS(0x02, 2, 0x8000),
};
CXLMB_SCHEMA(cxlmb_vcs_ldst_access_req_schema, T, 4, 4);
#undef T



#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
