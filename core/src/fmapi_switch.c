/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Physical Switch 5100h-5107h and Virtual Switch 5200h-5202h (CXL r3.2
 * §7.6.7.1-2). */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"
#include "le.h"

#define T struct cxlmb_identify_switch_rsp
static const struct cxlmb_field cxlmb_identify_switch_rsp_schema_fields[] = {
	CXLMB_U(T, ingress_port_id, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, num_physical_ports, 0x02, 1),
	CXLMB_U(T, num_vcs, 0x03, 1),
	CXLMB_BYTES(T, active_port_bitmask, 0x04, 32),
	CXLMB_BYTES(T, active_vcs_bitmask, 0x24, 32),
	CXLMB_U(T, total_vppbs, 0x44, 2),
	CXLMB_U(T, bound_vppbs, 0x46, 2),
	CXLMB_U(T, num_hdm_decoders, 0x48, 1),
};
CXLMB_SCHEMA(cxlmb_identify_switch_rsp_schema, T, 0x49, 0x49);
#undef T

#define T struct cxlmb_id8
static const struct cxlmb_field cxlmb_id8_schema_fields[] = {
	CXLMB_U(T, id, 0x00, 1),
};
CXLMB_SCHEMA(cxlmb_id8_schema, T, 1, 1);
#undef T

#define T struct cxlmb_get_port_state_req
static const struct cxlmb_field cxlmb_get_port_state_req_schema_fields[] = {
	CXLMB_U(T, num_ports, 0x00, 1),
	CXLMB_ARRAY(T, ports, 0x01, 0, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_get_port_state_req_schema, T, 1, 0);
#undef T

#define T struct cxlmb_port_info
static const struct cxlmb_field cxlmb_port_info_schema_fields[] = {
	CXLMB_U(T, port_id, 0x00, 1),
	CXLMB_BITS(T, config_state, 0x01, 1, 0, 4),
	CXLMB_RSVD_BITS(0x01, 1, 0xF0),
	CXLMB_U(T, connected_device_mode, 0x02, 1),
	CXLMB_RSVD(0x03, 1),
	CXLMB_U(T, connected_device_type, 0x04, 1),
	CXLMB_UF(T, supported_cxl_modes, 0x05, 1, CXLMB_FF_HEX),
	CXLMB_U(T, max_link_width, 0x06, 1),
	CXLMB_U(T, negotiated_link_width, 0x07, 1),
	CXLMB_UF(T, supported_link_speeds, 0x08, 1, CXLMB_FF_HEX),
	CXLMB_U(T, max_link_speed, 0x09, 1),
	CXLMB_U(T, current_link_speed, 0x0A, 1),
	CXLMB_U(T, ltssm_state, 0x0B, 1),
	CXLMB_U(T, first_negotiated_lane, 0x0C, 1),
	CXLMB_UF(T, link_state_flags, 0x0D, 2, CXLMB_FF_HEX),
	CXLMB_U(T, supported_ld_count, 0x0F, 1),
};
CXLMB_SCHEMA(cxlmb_port_info_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_get_port_state_rsp
static const struct cxlmb_field cxlmb_get_port_state_rsp_schema_fields[] = {
	CXLMB_U(T, num_ports, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_ARRAY(T, ports, 0x04, 0, cxlmb_port_info_schema),
};
CXLMB_SCHEMA(cxlmb_get_port_state_rsp_schema, T, 4, 0);
#undef T

#define T struct cxlmb_port_control_req
static const struct cxlmb_field cxlmb_port_control_req_schema_fields[] = {
	CXLMB_U(T, ppb_id, 0x00, 1),
	CXLMB_E(T, port_opcode, 0x01, 1, 2),
};
CXLMB_SCHEMA(cxlmb_port_control_req_schema, T, 2, 2);
#undef T

/* the 3-byte request descriptor at 01h: 7:0 register, 11:8 extended
 * register, 15:12 first-DW byte enables, 22:16 reserved, 23 write */
#define T struct cxlmb_ppb_config_req
static const struct cxlmb_field cxlmb_ppb_config_req_schema_fields[] = {
	CXLMB_U(T, ppb_id, 0x00, 1),
	CXLMB_BITS(T, reg_num, 0x01, 3, 0, 8),
	CXLMB_BITS(T, ext_reg_num, 0x01, 3, 8, 4),
	CXLMB_BITS(T, first_dw_be, 0x01, 3, 12, 4),
	CXLMB_RSVD_BITS(0x01, 3, 0x7F0000),
	CXLMB_BIT(T, write, 0x01, 3, 23),
	CXLMB_UF(T, write_data, 0x04, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ppb_config_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_config_read_rsp
static const struct cxlmb_field cxlmb_config_read_rsp_schema_fields[] = {
	CXLMB_UF(T, read_data, 0x00, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_config_read_rsp_schema, T, 4, 4);
#undef T

#define T struct cxlmb_dv_sv_state
static const struct cxlmb_field cxlmb_dv_sv_state_schema_fields[] = {
	CXLMB_U(T, state, 0x00, 1),
};
CXLMB_SCHEMA(cxlmb_dv_sv_state_schema, T, 1, 1);
#undef T

#define T struct cxlmb_dv_sv
static const struct cxlmb_field cxlmb_dv_sv_schema_fields[] = {
	CXLMB_UUID(T, secret, 0x00),
};
CXLMB_SCHEMA(cxlmb_dv_sv_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_vcs_id_req
static const struct cxlmb_field cxlmb_vcs_id_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
};
CXLMB_SCHEMA(cxlmb_vcs_id_req_schema, T, 1, 1);
#undef T

#define T struct cxlmb_get_vcs_info_req
static const struct cxlmb_field cxlmb_get_vcs_info_req_schema_fields[] = {
	CXLMB_U(T, start_vppb, 0x00, 1),
	CXLMB_U(T, vppb_list_limit, 0x01, 1),
	CXLMB_U(T, num_vcs, 0x02, 1),
	CXLMB_ARRAY(T, vcs_ids, 0x03, 2, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_get_vcs_info_req_schema, T, 3, 0);
#undef T

#define T struct cxlmb_get_vcs_info_rsp
static const struct cxlmb_field cxlmb_get_vcs_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_vcs, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_TAIL(T, blocks, 0x04, 0),
};
CXLMB_SCHEMA(cxlmb_get_vcs_info_rsp_schema, T, 4, 0);
#undef T

#define T struct cxlmb_vppb_info
static const struct cxlmb_field cxlmb_vppb_info_schema_fields[] = {
	CXLMB_E(T, binding_status, 0x00, 1, 3),
	CXLMB_U(T, bound_port_id, 0x01, 1),
	CXLMB_U(T, bound_ld_id, 0x02, 1),
	CXLMB_RSVD(0x03, 1),
};
CXLMB_SCHEMA(cxlmb_vppb_info_schema, T, 4, 4);
#undef T

int cxlmb_vcs_info_next(const struct cxlmb_get_vcs_info_rsp *rsp, uint32_t *pos, unsigned flags,
			struct cxlmb_vcs_info *out)
{
	const uint8_t *p;
	uint32_t left, need;

	if (!rsp || !pos || !out || (!rsp->blocks.data && rsp->blocks.len))
		return CXLMB_E_INVALID_ARG;
	if (*pos >= rsp->blocks.len)
		return CXLMB_E_NOT_FOUND;
	p = rsp->blocks.data + *pos;
	left = rsp->blocks.len - *pos;
	if (left < 4)
		return CXLMB_E_TRUNCATED;
	out->vcs_id = p[0];
	out->state = p[1];
	out->usp_id = p[2];
	out->num_vppbs = p[3];
	/* the count is checked against the bytes present before any entry */
	need = 4u + 4u * out->num_vppbs;
	if (need > left)
		return CXLMB_E_COUNT_MISMATCH;
	if ((flags & CXLMB_STRICT) && out->state > 1 && out->state != 0xFF)
		return CXLMB_E_BAD_ENUM;
	for (uint32_t i = 0; (flags & CXLMB_STRICT) && i < out->num_vppbs; i++) {
		int rc = cxlmb_vppb_info_decode(p + 4 + 4 * i, 4, flags, NULL);
		if (rc)
			return rc;
	}
	out->vppbs = (struct cxlmb_array){ p + 4, out->num_vppbs };
	*pos += need;
	return CXLMB_E_OK;
}

/* Catalog hook: every block walks cleanly and there are exactly num_vcs. */
static int vcs_info_check(enum cxlmb_dir dir, const void *val, unsigned flags)
{
	const struct cxlmb_get_vcs_info_rsp *r = val;
	struct cxlmb_vcs_info vi;
	uint32_t pos = 0, n = 0;
	int rc;

	if (dir != CXLMB_RSP)
		return CXLMB_E_OK;
	while ((rc = cxlmb_vcs_info_next(r, &pos, flags, &vi)) == CXLMB_E_OK)
		n++;
	if (rc != CXLMB_E_NOT_FOUND)
		return rc;
	return n == r->num_vcs ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
}

static int vcs_info_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			  const struct cxlmb_visitor *v)
{
	const struct cxlmb_get_vcs_info_rsp *r = val;
	struct cxlmb_vcs_info vi;
	uint32_t pos = 0, idx = 0;

	if (dir != CXLMB_RSP)
		return CXLMB_E_OK;
	if (v->array_begin)
		v->array_begin(v->ctx, "vcs", r->num_vcs);
	while (cxlmb_vcs_info_next(r, &pos, flags, &vi) == CXLMB_E_OK) {
		if (v->elem_begin)
			v->elem_begin(v->ctx, idx++);
		if (v->uint) {
			v->uint(v->ctx, "vcs_id", vi.vcs_id, 0);
			v->uint(v->ctx, "state", vi.state, 0);
			v->uint(v->ctx, "usp_id", vi.usp_id, 0);
			v->uint(v->ctx, "num_vppbs", vi.num_vppbs, 0);
			for (uint32_t i = 0; i < vi.num_vppbs; i++) {
				struct cxlmb_vppb_info e;
				if (cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, i, flags, &e))
					break;
				v->uint(v->ctx, "vppb_binding_status", e.binding_status, 0);
				v->uint(v->ctx, "vppb_bound_port_id", e.bound_port_id, 0);
				v->uint(v->ctx, "vppb_bound_ld_id", e.bound_ld_id, 0);
			}
		}
		if (v->elem_end)
			v->elem_end(v->ctx);
	}
	if (v->array_end)
		v->array_end(v->ctx);
	return CXLMB_E_OK;
}

const struct cxlmb_cmd_hooks cxlmb_vcs_info_hooks = { vcs_info_check, vcs_info_visit };

#define T struct cxlmb_bind_vppb_req
static const struct cxlmb_field cxlmb_bind_vppb_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_U(T, vppb_id, 0x01, 1),
	CXLMB_U(T, port_id, 0x02, 1),
	CXLMB_RSVD(0x03, 1),
	CXLMB_UF(T, ld_id, 0x04, 2, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_bind_vppb_req_schema, T, 6, 6);
#undef T

#define T struct cxlmb_unbind_vppb_req
static const struct cxlmb_field cxlmb_unbind_vppb_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_U(T, vppb_id, 0x01, 1),
	CXLMB_BITS_E(T, option, 0x02, 1, 0, 4, 2),
	CXLMB_RSVD_BITS(0x02, 1, 0xF0),
};
CXLMB_SCHEMA(cxlmb_unbind_vppb_req_schema, T, 3, 3);
#undef T
