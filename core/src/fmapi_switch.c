/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Physical Switch 5100h-5107h and Virtual Switch 5200h-5202h (CXL r3.2
 * §7.6.7.1-2). */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"
#include "le.h"

/* left out of builds without the PHYS_SWITCH, VIRT_SWITCH, MLD_COMPONENTS, MHD sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_PHYS_SWITCH) && defined(CXLMB_NO_SET_VIRT_SWITCH) &&                   \
      defined(CXLMB_NO_SET_MLD_COMPONENTS) && defined(CXLMB_NO_SET_MHD) && defined(CXLMB_NO_SET_GFD) && \
      defined(CXLMB_NO_SET_PBR_SWITCH) && defined(CXLMB_NO_SET_GAE) && defined(CXLMB_NO_SET_VCS_GAE))

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
	CXLMB_ARRAY(T, ports, 0x01, num_ports, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_get_port_state_req_schema, T, 1, 0);
#undef T

#define T struct cxlmb_port_info
static const struct cxlmb_field cxlmb_port_info_schema_fields[] = {
	CXLMB_U(T, port_id, 0x00, 1),
	CXLMB_BITS(T, config_state, 0x01, 1, 0, 4),
	CXLMB_BIT(T, gae_support, 0x01, 1, 4),
	CXLMB_RSVD_BITS(0x01, 1, 0xE0),
	CXLMB_BITS_E(T, connected_device_mode, 0x02, 1, 0, 4, 5),
	CXLMB_RSVD_BITS(0x02, 1, 0xF0),
	CXLMB_RSVD(0x03, 1),
	CXLMB_E(T, connected_device_type, 0x04, 1, 6),
	CXLMB_BITSF(T, supported_cxl_modes, 0x05, 1, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x05, 1, 0xE0),
	CXLMB_BITS(T, max_link_width, 0x06, 1, 0, 6),
	CXLMB_RSVD_BITS(0x06, 1, 0xC0),
	CXLMB_BITS(T, negotiated_link_width, 0x07, 1, 0, 6),
	CXLMB_RSVD_BITS(0x07, 1, 0xC0),
	CXLMB_BITSF(T, supported_link_speeds, 0x08, 1, 0, 6, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x08, 1, 0xC0),
	CXLMB_BITS(T, max_link_speed, 0x09, 1, 0, 6),
	CXLMB_RSVD_BITS(0x09, 1, 0xC0),
	CXLMB_BITS(T, current_link_speed, 0x0A, 1, 0, 6),
	CXLMB_RSVD_BITS(0x0A, 1, 0xC0),
	CXLMB_E(T, ltssm_state, 0x0B, 1, 0x0A),
	CXLMB_U(T, first_negotiated_lane, 0x0C, 1),
	CXLMB_BITSF(T, link_state_flags, 0x0D, 2, 0, 4, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x0D, 2, 0xFFF0),
	CXLMB_U(T, supported_ld_count, 0x0F, 1),
};
/* Table 7-19: the configuration state is 0h-5h or Fh (invalid port ID) */
static int port_info_check(const void *val, unsigned flags)
{
	const struct cxlmb_port_info *p = val;
	if ((flags & CXLMB_STRICT) && p->config_state > 5 && p->config_state != 0xF)
		return CXLMB_E_BAD_ENUM;
	return CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks port_info_hooks = { NULL, port_info_check };
CXLMB_SCHEMA_HOOKED(cxlmb_port_info_schema, T, 0x10, 0x10, port_info_hooks);
#undef T

/* get_port_state_rsp: what the request asked bounds the answer */
static int get_port_state_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_port_state_rsp *r = val;
	struct cxlmb_get_port_state_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_port_state_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	/* one entry per port asked for */
	return r->num_ports == q.num_ports ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
}
static const struct cxlmb_schema_hooks get_port_state_rsp_hooks = { get_port_state_rsp_bind, NULL };

#define T struct cxlmb_get_port_state_rsp
static const struct cxlmb_field cxlmb_get_port_state_rsp_schema_fields[] = {
	CXLMB_U(T, num_ports, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_ARRAY(T, ports, 0x04, num_ports, cxlmb_port_info_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_port_state_rsp_schema, T, 4, 0, get_port_state_rsp_hooks);
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

/* 5200h input (r3.2 Table 7-30): the list limit and the VCS count are at least 1 */
#define T struct cxlmb_get_vcs_info_req
static const struct cxlmb_field cxlmb_get_vcs_info_req_schema_fields[] = {
	CXLMB_U(T, start_vppb, 0x00, 1),
	CXLMB_UF(T, vppb_list_limit, 0x01, 1, CXLMB_FF_NONZERO),
	CXLMB_UF(T, num_vcs, 0x02, 1, CXLMB_FF_NONZERO),
	CXLMB_ARRAY(T, vcs_ids, 0x03, num_vcs, cxlmb_id8_schema),
};
CXLMB_SCHEMA(cxlmb_get_vcs_info_req_schema, T, 3, 0);
#undef T

static int vcs_info_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags);
static int vcs_info_check(const void *val, unsigned flags);
static const struct cxlmb_schema_hooks vcs_info_rsp_hooks = { vcs_info_bind, vcs_info_check };

/* 5200h output (Table 7-33, blocks Table 7-34): blocks of different lengths */
#define T struct cxlmb_get_vcs_info_rsp
static const struct cxlmb_field cxlmb_get_vcs_info_rsp_schema_fields[] = {
	CXLMB_U(T, num_vcs, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_TAIL(T, blocks, 0x04, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_vcs_info_rsp_schema, T, 4, 0, vcs_info_rsp_hooks);
#undef T

/* binding status 4 (bound to a PID) is the PBR switches' (r3.1+) */
#define T struct cxlmb_vppb_info
static const struct cxlmb_field cxlmb_vppb_info_schema_fields[] = {
	CXLMB_E(T, binding_status, 0x00, 1, 4),
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
	need = 4u + 4u * cxlmb_vcs_info_entries(rsp, out->num_vppbs);
	if (need > left)
		return CXLMB_E_COUNT_MISMATCH;
	if ((flags & CXLMB_STRICT) && out->state > 1 && out->state != 0xFF)
		return CXLMB_E_BAD_ENUM;
	for (uint32_t i = 0; (flags & CXLMB_STRICT) && i < (need - 4u) / 4u; i++) {
		int rc = cxlmb_vppb_info_decode(p + 4 + 4 * i, 4, flags, NULL);
		if (rc)
			return rc;
	}
	out->vppbs = (struct cxlmb_array){ p + 4, (need - 4u) / 4u, &cxlmb_vppb_info_schema };
	*pos += need;
	return CXLMB_E_OK;
}

uint32_t cxlmb_vcs_info_entries(const struct cxlmb_get_vcs_info_rsp *rsp, uint8_t num_vppbs)
{
	if (!rsp || !rsp->req_known)
		return num_vppbs;
	/* r3.2 Table 7-32: vPPB List Entry Count = min(vPPB List Limit, Number
	 * of vPPBs); the list starts at Start vPPB, which does not shorten it */
	return num_vppbs < rsp->req_vppb_list_limit ? num_vppbs : rsp->req_vppb_list_limit;
}

/* The request's start index and list limit shape every block. */
static int vcs_info_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	struct cxlmb_get_vcs_info_rsp *r = val;
	struct cxlmb_get_vcs_info_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_get_vcs_info_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	r->req_known = 1;
	r->req_start_vppb = q.start_vppb;
	r->req_vppb_list_limit = q.vppb_list_limit;
	r->req_num_vcs = q.num_vcs;
	return CXLMB_E_OK;
}

/* Every block walks cleanly and there are exactly num_vcs (and, strictly,
 * one per VCS asked for). */
static int vcs_info_check(const void *val, unsigned flags)
{
	const struct cxlmb_get_vcs_info_rsp *r = val;
	struct cxlmb_vcs_info vi;
	uint32_t pos = 0, n = 0;
	int rc;

	if (r->req_known && (flags & CXLMB_STRICT) && r->num_vcs != r->req_num_vcs)
		return CXLMB_E_COUNT_MISMATCH;
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
		}
		/* one element per vPPB: keys never repeat within an object */
		if (v->array_begin)
			v->array_begin(v->ctx, "vppbs", vi.vppbs.count);
		for (uint32_t i = 0; i < vi.vppbs.count; i++) {
			struct cxlmb_vppb_info e = { 0 };
			/* cannot fail: the walk has checked every entry with these
			 * flags when strict, and otherwise a 4-byte entry in bounds
			 * has nothing to refuse */
			(void)cxlmb_array_get(&cxlmb_vppb_info_schema, &vi.vppbs, i, flags, &e);
			if (v->elem_begin)
				v->elem_begin(v->ctx, i);
			cxlmb_schema_visit(&cxlmb_vppb_info_schema, &e, flags, v);
			if (v->elem_end)
				v->elem_end(v->ctx);
		}
		if (v->array_end)
			v->array_end(v->ctx);
		if (v->elem_end)
			v->elem_end(v->ctx);
	}
	if (v->array_end)
		v->array_end(v->ctx);
	return CXLMB_E_OK;
}

const struct cxlmb_cmd_hooks cxlmb_vcs_info_hooks = { vcs_info_visit };

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

/* 5203h input (r3.2 Table 7-35): 04h bits 4:0 the AER status bit, 31 severity */
#define T struct cxlmb_gen_aer_req
static const struct cxlmb_field cxlmb_gen_aer_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_U(T, vppb_instance, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_BITS(T, error_bit, 0x04, 4, 0, 5),
	CXLMB_RSVD_BITS(0x04, 4, 0x7FFFFFE0),
	CXLMB_BIT(T, severity, 0x04, 4, 31),
	CXLMB_BYTES(T, aer_header, 0x08, 0x20),
};
CXLMB_SCHEMA(cxlmb_gen_aer_req_schema, T, 0x28, 0x28);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
