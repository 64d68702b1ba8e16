/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* MLD Port 5300h-5302h, MLD Components 5400h-5409h and Multi-Headed Devices
 * 5500h-5501h (CXL r3.2 §7.6.7.3-5). */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"

#define T struct cxlmb_tunnel_req
static const struct cxlmb_field cxlmb_tunnel_req_schema_fields[] = {
	CXLMB_U(T, target_id, 0x00, 1),
	CXLMB_E(T, target_type, 0x01, 1, 1),
	CXLMB_U(T, command_size, 0x02, 2),
	CXLMB_TAIL(T, message, 0x04, 0),
};
CXLMB_SCHEMA(cxlmb_tunnel_req_schema, T, 4, 0);
#undef T

#define T struct cxlmb_tunnel_rsp
static const struct cxlmb_field cxlmb_tunnel_rsp_schema_fields[] = {
	CXLMB_U(T, response_length, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_TAIL(T, message, 0x04, 0),
};
CXLMB_SCHEMA(cxlmb_tunnel_rsp_schema, T, 4, 0);
#undef T

/* The embedded message's length field must agree with the bytes carried. */
static int tunnel_check(enum cxlmb_dir dir, const void *val, unsigned flags)
{
	(void)flags;
	if (dir == CXLMB_REQ) {
		const struct cxlmb_tunnel_req *q = val;
		return q->command_size == q->message.len ? CXLMB_E_OK : CXLMB_E_BAD_LENGTH;
	}
	const struct cxlmb_tunnel_rsp *r = val;
	return r->response_length == r->message.len ? CXLMB_E_OK : CXLMB_E_BAD_LENGTH;
}

const struct cxlmb_cmd_hooks cxlmb_tunnel_hooks = { tunnel_check, NULL };

#define T struct cxlmb_ld_config_req
static const struct cxlmb_field cxlmb_ld_config_req_schema_fields[] = {
	CXLMB_U(T, ppb_id, 0x00, 1),
	CXLMB_BITS(T, reg_num, 0x01, 3, 0, 8),
	CXLMB_BITS(T, ext_reg_num, 0x01, 3, 8, 4),
	CXLMB_BITS(T, first_dw_be, 0x01, 3, 12, 4),
	CXLMB_RSVD_BITS(0x01, 3, 0x7F0000),
	CXLMB_BIT(T, write, 0x01, 3, 23),
	CXLMB_U(T, ld_id, 0x04, 2),
	CXLMB_RSVD(0x06, 2),
	CXLMB_UF(T, write_data, 0x08, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ld_config_req_schema, T, 0x0C, 0x0C);
#undef T

/* 5302h: 01h-03h descriptor 15:12 first-DW BE, 19:16 last-DW BE, 23 write
 * (CXL 2.0 layout; libcxlmi packs these fields differently: see docs) */
#define T struct cxlmb_ld_mem_req
static const struct cxlmb_field cxlmb_ld_mem_req_schema_fields[] = {
	CXLMB_U(T, port_id, 0x00, 1),
	CXLMB_RSVD_BITS(0x01, 3, 0x700FFF),
	CXLMB_BITS(T, first_dw_be, 0x01, 3, 12, 4),
	CXLMB_BITS(T, last_dw_be, 0x01, 3, 16, 4),
	CXLMB_BIT(T, write, 0x01, 3, 23),
	CXLMB_U(T, ld_id, 0x04, 2),
	CXLMB_U(T, length, 0x06, 2),
	CXLMB_UF(T, address, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_TAIL(T, data, 0x10, 0),
};
CXLMB_SCHEMA(cxlmb_ld_mem_req_schema, T, 0x10, 0);
#undef T

#define T struct cxlmb_ld_mem_rsp
static const struct cxlmb_field cxlmb_ld_mem_rsp_schema_fields[] = {
	CXLMB_U(T, return_size, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
	CXLMB_TAIL(T, data, 0x04, 0),
};
CXLMB_SCHEMA(cxlmb_ld_mem_rsp_schema, T, 4, 0);
#undef T

#define T struct cxlmb_ld_info_rsp
static const struct cxlmb_field cxlmb_ld_info_rsp_schema_fields[] = {
	CXLMB_UF(T, memory_size, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_U(T, ld_count, 0x08, 2),
	CXLMB_UF(T, qos_telemetry_caps, 0x0A, 1, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x0A, 1, 0xFC),
};
CXLMB_SCHEMA(cxlmb_ld_info_rsp_schema, T, 0x0B, 0x0B);
#undef T

#define T struct cxlmb_ld_range_req
static const struct cxlmb_field cxlmb_ld_range_req_schema_fields[] = {
	CXLMB_U(T, start, 0x00, 1),
	CXLMB_U(T, limit, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_ld_range_req_schema, T, 2, 2);
#undef T

#define T struct cxlmb_ld_alloc
static const struct cxlmb_field cxlmb_ld_alloc_schema_fields[] = {
	CXLMB_U(T, range1_multiplier, 0x00, 8),
	CXLMB_U(T, range2_multiplier, 0x08, 8),
};
CXLMB_SCHEMA(cxlmb_ld_alloc_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_get_ld_alloc_rsp
static const struct cxlmb_field cxlmb_get_ld_alloc_rsp_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_E(T, granularity, 0x01, 1, 2),
	CXLMB_U(T, start_ld, 0x02, 1),
	CXLMB_U(T, list_count, 0x03, 1),
	CXLMB_ARRAY(T, allocs, 0x04, 3, cxlmb_ld_alloc_schema),
};
CXLMB_SCHEMA(cxlmb_get_ld_alloc_rsp_schema, T, 4, 0);
#undef T

#define T struct cxlmb_set_ld_alloc
static const struct cxlmb_field cxlmb_set_ld_alloc_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, start_ld, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_ARRAY(T, allocs, 0x04, 0, cxlmb_ld_alloc_schema),
};
CXLMB_SCHEMA(cxlmb_set_ld_alloc_schema, T, 4, 0);
#undef T

#define T struct cxlmb_qos_control
static const struct cxlmb_field cxlmb_qos_control_schema_fields[] = {
	CXLMB_BIT(T, egress_congestion_enable, 0x00, 1, 0),
	CXLMB_BIT(T, throughput_reduction_enable, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_E(T, egress_moderate_pct, 0x01, 1, 100),
	CXLMB_E(T, egress_severe_pct, 0x02, 1, 100),
	CXLMB_BITS(T, backpressure_sample_interval, 0x03, 1, 0, 4),
	CXLMB_RSVD_BITS(0x03, 1, 0xF0),
	CXLMB_U(T, reqcmp_basis, 0x04, 2),
	CXLMB_U(T, completion_collection_interval, 0x06, 1),
};
CXLMB_SCHEMA(cxlmb_qos_control_schema, T, 7, 7);
#undef T

#define T struct cxlmb_qos_status_rsp
static const struct cxlmb_field cxlmb_qos_status_rsp_schema_fields[] = {
	CXLMB_E(T, backpressure_avg_pct, 0x00, 1, 100),
};
CXLMB_SCHEMA(cxlmb_qos_status_rsp_schema, T, 1, 1);
#undef T

#define T struct cxlmb_qos_bw_list
static const struct cxlmb_field cxlmb_qos_bw_list_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, start_ld, 0x01, 1),
	CXLMB_ARRAY(T, fractions, 0x02, 0, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_qos_bw_list_schema, T, 2, 0);
#undef T

#define T struct cxlmb_mhd_info_rsp
static const struct cxlmb_field cxlmb_mhd_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_lds, 0x00, 1),
	CXLMB_U(T, num_heads, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, start_ld, 0x04, 1),
	CXLMB_U(T, map_count, 0x05, 1),
	CXLMB_RSVD(0x06, 2),
	CXLMB_ARRAY(T, ld_map, 0x08, 4, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_mhd_info_rsp_schema, T, 8, 0);
#undef T

#define T struct cxlmb_head_info_req
static const struct cxlmb_field cxlmb_head_info_req_schema_fields[] = {
	CXLMB_U(T, start_head, 0x00, 1),
	CXLMB_U(T, num_heads, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_head_info_req_schema, T, 2, 2);
#undef T

#define T struct cxlmb_head_info
static const struct cxlmb_field cxlmb_head_info_schema_fields[] = {
	CXLMB_U(T, port_number, 0x00, 1),
	CXLMB_U(T, max_link_width, 0x01, 1),
	CXLMB_U(T, negotiated_link_width, 0x02, 1),
	CXLMB_UF(T, supported_link_speeds, 0x03, 1, CXLMB_FF_HEX),
	CXLMB_U(T, max_link_speed, 0x04, 1),
	CXLMB_U(T, current_link_speed, 0x05, 1),
	CXLMB_U(T, ltssm_state, 0x06, 1),
	CXLMB_U(T, first_negotiated_lane, 0x07, 1),
	CXLMB_UF(T, link_state_flags, 0x08, 1, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_head_info_schema, T, 9, 9);
#undef T

#define T struct cxlmb_head_info_rsp
static const struct cxlmb_field cxlmb_head_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_heads, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_ARRAY(T, heads, 0x04, 0, cxlmb_head_info_schema),
};
CXLMB_SCHEMA(cxlmb_head_info_rsp_schema, T, 4, 0);
#undef T
