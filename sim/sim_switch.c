/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The switch mailbox CCI and the FM-owned LD CCI of the multi-logical
 * device behind its port 1 (CXL r3.2 §7.6.7); what each port holds is in
 * sim_topology.c. */
#include <string.h>

#include "sim_internal.h"

static uint16_t h_identify_switch(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_identify_switch_rsp *r = rsp;
	uint16_t bound = 0;
	(void)req;
	for (unsigned i = 0; i < CXLMB_SIM_VPPBS; i++)
		bound = (uint16_t)(bound + (c->s->vcs.vppb[i].status >= 2));
	r->ingress_port_id = 0;
	r->num_physical_ports = CXLMB_SIM_PORTS;
	r->num_vcs = 1;
	r->active_port_bitmask[0] = 0x07;
	r->active_vcs_bitmask[0] = 0x01;
	r->total_vppbs = CXLMB_SIM_VPPBS;
	r->bound_vppbs = bound;
	r->num_hdm_decoders = 4;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_port_state(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_port_state_req *q = req;
	struct cxlmb_get_port_state_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	size_t n;

	if ((size_t)q->num_ports * 0x10 > c->s->scratch_stride)
		return CXLMB_RC_INVALID_INPUT;
	for (uint8_t i = 0; i < q->num_ports; i++) {
		struct cxlmb_id8 id;
		struct cxlmb_port_info pi;
		const struct sim_port *p;
		cxlmb_array_get(&cxlmb_id8_schema, &q->ports, i, 0, &id);
		p = cxlmb_sim_port(id.id);
		memset(&pi, 0, sizeof(pi));
		pi.port_id = id.id;
		if (!p) {
			pi.config_state = 0xF; /* invalid port ID */
		} else {
			bool up = p->dev_type || p->kind == SIM_PORT_USP; /* link trained */
			pi.config_state = p->state;
			pi.connected_device_type = p->dev_type;
			pi.connected_device_mode = p->dev_type ? 3 : 0;
			pi.supported_cxl_modes = 0x06;
			pi.max_link_width = 16;
			pi.negotiated_link_width = up ? 16 : 0;
			pi.supported_link_speeds = 0x3F;
			pi.max_link_speed = 6;
			pi.current_link_speed = 6;
			pi.ltssm_state = up ? 4 : 0;
			pi.supported_ld_count = p->lds;
		}
		if (cxlmb_port_info_encode(&pi, out + 0x10 * i, 0x10, &n))
			return CXLMB_RC_INTERNAL;
	}
	r->num_ports = q->num_ports;
	r->ports = (struct cxlmb_array){ out, q->num_ports };
	return CXLMB_RC_SUCCESS;
}


/* ---- the virtual CXL switch (§7.6.7.2) ---- */

/* vPPB 0 bound to LD 0 of the MLD, vPPB 1 to the SLD on port 2, vPPB 2 free. */
static void vcs_reset(struct cxlmb_sim *s)
{
	memset(&s->vcs, 0, sizeof(s->vcs));
	s->vcs.vppb[0].status = 3;
	s->vcs.vppb[0].port = CXLMB_SIM_MLD_PORT;
	s->vcs.vppb[1].status = 2;
	s->vcs.vppb[1].port = 2;
}

static uint16_t h_vcs_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_vcs_info_req *q = req;
	struct cxlmb_get_vcs_info_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint32_t pos = 0;
	size_t n;

	if (q->num_vcs == 0 || q->start_vppb >= CXLMB_SIM_VPPBS)
		return CXLMB_RC_INVALID_INPUT;
	for (uint8_t i = 0; i < q->num_vcs; i++) {
		struct cxlmb_id8 id;
		uint8_t cnt = 0;
		cxlmb_array_get(&cxlmb_id8_schema, &q->vcs_ids, i, 0, &id);
		if (pos + 4u + 4u * CXLMB_SIM_VPPBS > c->s->scratch_stride / 2)
			return CXLMB_RC_INVALID_INPUT;
		out[pos] = id.id;
		out[pos + 1] = id.id == 0 ? 1 : 0xFF; /* enabled, or invalid VCS ID */
		out[pos + 2] = 0;                     /* its USP is port 0 */
		if (id.id == 0) {
			for (unsigned v = q->start_vppb; v < CXLMB_SIM_VPPBS && cnt < q->vppb_list_limit;
			     v++, cnt++) {
				struct cxlmb_vppb_info vi = { c->s->vcs.vppb[v].status, c->s->vcs.vppb[v].port,
							      c->s->vcs.vppb[v].ld };
				if (cxlmb_vppb_info_encode(&vi, out + pos + 4 + 4 * cnt, 4, &n))
					return CXLMB_RC_INTERNAL;
			}
		}
		out[pos + 3] = cnt;
		pos += 4u + 4u * cnt;
	}
	r->num_vcs = q->num_vcs;
	r->blocks = (struct cxlmb_bytes){ out, pos };
	return CXLMB_RC_SUCCESS;
}

/* A bind or unbind lands: the vPPB takes what the operation recorded. */
static void vcs_done(struct cxlmb_sim *s, unsigned arg)
{
	(void)arg; /* one virtual CXL switch, one operation at a time */
	s->vcs.vppb[s->vcs.op_vppb].status = s->vcs.op_status;
	s->vcs.vppb[s->vcs.op_vppb].port = s->vcs.op_port;
	s->vcs.vppb[s->vcs.op_vppb].ld = s->vcs.op_ld;
}

/* Bind: the target must be a connected downstream port (and, on the MLD,
 * an LD) that no vPPB holds yet.  It takes 1 ms of virtual time. */
static uint16_t h_bind_vppb(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_bind_vppb_req *q = req;
	const struct sim_port *p = cxlmb_sim_port(q->port_id);
	bool mld = p && p->kind == SIM_PORT_MLD;
	(void)rsp;

	if (q->vcs_id != 0 || q->vppb_id >= CXLMB_SIM_VPPBS || !p ||
	    (p->kind != SIM_PORT_MLD && p->kind != SIM_PORT_SLD))
		return CXLMB_RC_INVALID_INPUT;
	if (mld ? q->ld_id >= p->lds : q->ld_id != 0xFFFF)
		return CXLMB_RC_INVALID_INPUT;
	if (c->s->vcs.vppb[q->vppb_id].status != 0)
		return CXLMB_RC_BUSY; /* bound or being bound */
	for (unsigned v = 0; v < CXLMB_SIM_VPPBS; v++)
		if (c->s->vcs.vppb[v].status >= 2 && c->s->vcs.vppb[v].port == q->port_id &&
		    (!mld || c->s->vcs.vppb[v].ld == q->ld_id))
			return CXLMB_RC_INVALID_INPUT; /* already bound elsewhere */
	c->s->vcs.op_vppb = q->vppb_id;
	c->s->vcs.op_status = mld ? 3 : 2;
	c->s->vcs.op_port = q->port_id;
	c->s->vcs.op_ld = mld ? (uint8_t)q->ld_id : 0;
	c->s->vcs.vppb[q->vppb_id].status = 1; /* in progress */
	return cxlmb_sim_bg_start(c, 0x5201, 1000000, vcs_done, 0);
}

static uint16_t h_unbind_vppb(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_unbind_vppb_req *q = req;
	(void)rsp;

	if (q->vcs_id != 0 || q->vppb_id >= CXLMB_SIM_VPPBS || q->option > 2)
		return CXLMB_RC_INVALID_INPUT;
	if (c->s->vcs.vppb[q->vppb_id].status < 2)
		return CXLMB_RC_INVALID_INPUT; /* not bound */
	c->s->vcs.op_vppb = q->vppb_id;
	c->s->vcs.op_status = 0;
	c->s->vcs.op_port = c->s->vcs.op_ld = 0;
	c->s->vcs.vppb[q->vppb_id].status = 1;
	return cxlmb_sim_bg_start(c, 0x5202, 1000000, vcs_done, 0);
}


const struct sim_cmd cxlmb_sim_switch_cmds[] = {
	{ 0x0001, cxlmb_sim_h_identify },
	{ 0x0002, cxlmb_sim_h_bg_op_status },
	{ 0x0005, cxlmb_sim_h_request_abort },
	{ 0x0400, cxlmb_sim_h_get_supported_logs },
	{ 0x0401, cxlmb_sim_h_get_log },
	{ 0x5100, h_identify_switch },
	{ 0x5101, h_port_state },
	{ 0x5200, h_vcs_info },
	{ 0x5201, h_bind_vppb },
	{ 0x5202, h_unbind_vppb },
	{ 0x5300, cxlmb_sim_h_tunnel },
};
const size_t cxlmb_sim_switch_ncmds = sizeof(cxlmb_sim_switch_cmds) / sizeof(cxlmb_sim_switch_cmds[0]);

/* ---- the MLD's FM-owned LD CCI ---- */

static uint16_t h_ld_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_ld_info_rsp *r = rsp;
	(void)req;
	r->memory_size = 4ull << 30;
	r->ld_count = cxlmb_sim_port(c->port)->lds;
	r->qos_telemetry_caps = 0x3;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_ld_allocations(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_ld_range_req *q = req;
	struct cxlmb_get_ld_alloc_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	uint8_t n = 0;
	size_t len;

	if (q->start >= CXLMB_SIM_MLD_LDS)
		return CXLMB_RC_INVALID_INPUT;
	for (uint8_t ld = q->start; ld < CXLMB_SIM_MLD_LDS && n < q->limit; ld++, n++) {
		struct cxlmb_ld_alloc a = { c->s->mld.alloc[ld][0], c->s->mld.alloc[ld][1] };
		if (cxlmb_ld_alloc_encode(&a, out + 0x10 * n, 0x10, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->num_lds = CXLMB_SIM_MLD_LDS;
	r->granularity = 0; /* 256 MiB */
	r->start_ld = q->start;
	r->list_count = n;
	r->allocs = (struct cxlmb_array){ out, n };
	return CXLMB_RC_SUCCESS;
}


/* Allocations are in 256 MiB units; the MLD's 4 GiB (16 units) is shared
 * by every LD's two ranges. */
static uint16_t h_set_ld_allocations(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_ld_alloc *q = req;
	struct cxlmb_set_ld_alloc *r = rsp;
	uint64_t want[CXLMB_SIM_MLD_LDS][2], total = 0;
	uint8_t *out = cxlmb_sim_scratch(c);
	size_t len;

	if (q->num_lds == 0 || q->start_ld >= CXLMB_SIM_MLD_LDS ||
	    q->num_lds > CXLMB_SIM_MLD_LDS - q->start_ld)
		return CXLMB_RC_INVALID_INPUT;
	memcpy(want, c->s->mld.alloc, sizeof(want));
	for (uint8_t i = 0; i < q->num_lds; i++) {
		struct cxlmb_ld_alloc a;
		if (cxlmb_array_get(&cxlmb_ld_alloc_schema, &q->allocs, i, 0, &a))
			return CXLMB_RC_INVALID_INPUT;
		if (a.range1_multiplier > CXLMB_SIM_MLD_LD_UNITS * CXLMB_SIM_MLD_LDS ||
		    a.range2_multiplier > CXLMB_SIM_MLD_LD_UNITS * CXLMB_SIM_MLD_LDS)
			return CXLMB_RC_INVALID_INPUT;
		want[q->start_ld + i][0] = a.range1_multiplier;
		want[q->start_ld + i][1] = a.range2_multiplier;
	}
	for (unsigned ld = 0; ld < CXLMB_SIM_MLD_LDS; ld++)
		total += want[ld][0] + want[ld][1];
	if (total > CXLMB_SIM_MLD_LD_UNITS * CXLMB_SIM_MLD_LDS)
		return CXLMB_RC_RESOURCES_EXHAUSTED;
	memcpy(c->s->mld.alloc, want, sizeof(want));
	for (uint8_t i = 0; i < q->num_lds; i++) {
		struct cxlmb_ld_alloc a = { want[q->start_ld + i][0], want[q->start_ld + i][1] };
		if (cxlmb_ld_alloc_encode(&a, out + 0x10 * i, 0x10, &len))
			return CXLMB_RC_INTERNAL;
	}
	r->num_lds = q->num_lds;
	r->start_ld = q->start_ld;
	r->allocs = (struct cxlmb_array){ out, q->num_lds };
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_get_qos_control(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	*(struct cxlmb_qos_control *)rsp = c->s->mld.qos;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_set_qos_control(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_qos_control *q = req;
	if (q->egress_moderate_pct > 100 || q->egress_severe_pct > 100 ||
	    q->egress_moderate_pct > q->egress_severe_pct)
		return CXLMB_RC_INVALID_INPUT;
	c->s->mld.qos = *q;
	*(struct cxlmb_qos_control *)rsp = c->s->mld.qos;
	return CXLMB_RC_SUCCESS;
}

static uint16_t h_qos_status(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)c;
	(void)req;
	((struct cxlmb_qos_status_rsp *)rsp)->backpressure_avg_pct = 0;
	return CXLMB_RC_SUCCESS;
}

const struct sim_cmd cxlmb_sim_fmld_cmds[] = {
	{ 0x0001, cxlmb_sim_h_identify },
	{ 0x0400, cxlmb_sim_h_get_supported_logs },
	{ 0x0401, cxlmb_sim_h_get_log },
	{ 0x5300, cxlmb_sim_h_tunnel },
	{ 0x5400, h_ld_info },
	{ 0x5401, h_ld_allocations },
	{ 0x5402, h_set_ld_allocations },
	{ 0x5403, h_get_qos_control },
	{ 0x5404, h_set_qos_control },
	{ 0x5405, h_qos_status },
	{ 0x5600, cxlmb_sim_h_dcd_info },
	{ 0x5604, cxlmb_sim_h_dc_add },
	{ 0x5605, cxlmb_sim_h_dc_release },
};
const size_t cxlmb_sim_fmld_ncmds = sizeof(cxlmb_sim_fmld_cmds) / sizeof(cxlmb_sim_fmld_cmds[0]);

/* ---- lifecycle: bindings, allocations and QoS settings are volatile ---- */

static void switch_reset(struct cxlmb_sim *s)
{
	vcs_reset(s);
	for (unsigned ld = 0; ld < CXLMB_SIM_MLD_LDS; ld++) {
		s->mld.alloc[ld][0] = 1; /* 256 MiB each in range 1 */
		s->mld.alloc[ld][1] = 0;
	}
	s->mld.qos = (struct cxlmb_qos_control){ .egress_congestion_enable = 1,
						 .egress_moderate_pct = 10, .egress_severe_pct = 25,
						 .backpressure_sample_interval = 8 };
}

static const char *switch_check(const struct cxlmb_sim *s)
{
	const struct cxlmb_sim_bg *sw = &s->bg[CXLMB_SIM_EP_SWITCH];
	unsigned bound[CXLMB_SIM_PORTS][CXLMB_SIM_MLD_LDS + 1];
	uint64_t alloc = 0;

	for (unsigned ld = 0; ld < CXLMB_SIM_MLD_LDS; ld++)
		alloc += s->mld.alloc[ld][0] + s->mld.alloc[ld][1];
	if (alloc > CXLMB_SIM_MLD_LD_UNITS * CXLMB_SIM_MLD_LDS)
		return "LD allocations beyond the MLD's capacity";
	memset(bound, 0, sizeof(bound));
	for (unsigned v = 0; v < CXLMB_SIM_VPPBS; v++) {
		uint8_t st = s->vcs.vppb[v].status, p = s->vcs.vppb[v].port;
		if (st > 3)
			return "vPPB binding status out of range";
		if (st == 1 && !(sw->running && sw->done == vcs_done))
			return "vPPB binding in progress with no bind or unbind running";
		if (st >= 2 && (p == 0 || p >= CXLMB_SIM_PORTS || s->vcs.vppb[v].ld >= CXLMB_SIM_MLD_LDS))
			return "vPPB bound to a port that cannot be bound";
		if (st >= 2 && bound[p][st == 3 ? s->vcs.vppb[v].ld : CXLMB_SIM_MLD_LDS]++)
			return "two vPPBs bound to the same port or LD";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_switch_concern = { switch_reset, switch_reset, switch_check };
