/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The switch mailbox CCI (CXL r3.2 §7.6.7.1-2): its ports and its virtual
 * CXL switch; what each port holds is the topology (sim_topology.c), the
 * MLDs behind them are sim_mld.c. */
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
	r->num_physical_ports = (uint8_t)c->s->nports;
	r->num_vcs = 1;
	/* active: the upstream port and every port with a device (link up) */
	for (unsigned p = 0; p < c->s->nports; p++)
		if (c->s->port[p].kind != CXLMB_SIM_PORT_EMPTY)
			r->active_port_bitmask[p / 8] |= (uint8_t)(1u << (p % 8));
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
		const struct cxlmb_sim_port_state *p;
		cxlmb_array_get(&cxlmb_id8_schema, &q->ports, i, 0, &id);
		p = cxlmb_sim_port_at(c->s, id.id);
		memset(&pi, 0, sizeof(pi));
		pi.port_id = id.id;
		if (!p) {
			pi.config_state = 0xF; /* invalid port ID */
		} else {
			bool up = p->dev_type || p->kind == CXLMB_SIM_PORT_USP; /* link trained */
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
	r->ports = (struct cxlmb_array){ out, q->num_ports, NULL };
	return CXLMB_RC_SUCCESS;
}


/* ---- the virtual CXL switch (§7.6.7.2) ---- */

/* At power-on the devices take the vPPBs in port order (an MLD with its
 * LD 0), one vPPB left free: for the default topology vPPB 0 holds LD 0 of
 * the MLD on port 1, vPPB 1 the SLD on port 2. */
static void vcs_reset(struct cxlmb_sim *s)
{
	unsigned v = 0;

	memset(&s->vcs, 0, sizeof(s->vcs));
	for (unsigned p = 0; p < s->nports && v + 1 < CXLMB_SIM_VPPBS; p++) {
		bool lds = cxlmb_sim_port_has_lds(&s->port[p]);
		if (!lds && s->port[p].kind != CXLMB_SIM_PORT_SLD)
			continue;
		s->vcs.vppb[v].status = lds ? 3 : 2;
		s->vcs.vppb[v].port = (uint8_t)p;
		v++;
	}
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

/* A bind or unbind that stops without completing: the vPPB is as it was. */
static void vcs_abandon(struct cxlmb_sim *s, unsigned arg)
{
	(void)arg;
	s->vcs.vppb[s->vcs.op_vppb].status = s->vcs.was_status;
	s->vcs.vppb[s->vcs.op_vppb].port = s->vcs.was_port;
	s->vcs.vppb[s->vcs.op_vppb].ld = s->vcs.was_ld;
}

/* The operation on vPPB v begins: remember it as it is, mark it in progress. */
static uint16_t vcs_begin(const struct sim_ctx *c, unsigned v, uint16_t opcode)
{
	struct cxlmb_sim *s = c->s;
	uint16_t rc;

	s->vcs.op_vppb = (uint8_t)v;
	s->vcs.was_status = s->vcs.vppb[v].status;
	s->vcs.was_port = s->vcs.vppb[v].port;
	s->vcs.was_ld = s->vcs.vppb[v].ld;
	s->vcs.vppb[v].status = 1; /* in progress */
	rc = cxlmb_sim_bg_start(c, opcode, 1000000, vcs_done, 0);
	c->bg->abandon = vcs_abandon;
	return rc;
}

/* Bind: the target must be a connected downstream port (and, on the MLD,
 * an LD) that no vPPB holds yet.  It takes 1 ms of virtual time. */
static uint16_t h_bind_vppb(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_bind_vppb_req *q = req;
	const struct cxlmb_sim_port_state *p = cxlmb_sim_port_at(c->s, q->port_id);
	bool mld = p && cxlmb_sim_port_has_lds(p);
	(void)rsp;

	if (q->vcs_id != 0 || q->vppb_id >= CXLMB_SIM_VPPBS || !p ||
	    (!mld && p->kind != CXLMB_SIM_PORT_SLD))
		return CXLMB_RC_INVALID_INPUT;
	if (mld ? q->ld_id >= p->lds : q->ld_id != 0xFFFF)
		return CXLMB_RC_INVALID_INPUT;
	if (c->s->vcs.vppb[q->vppb_id].status != 0)
		return CXLMB_RC_BUSY; /* bound or being bound */
	for (unsigned v = 0; v < CXLMB_SIM_VPPBS; v++)
		if (c->s->vcs.vppb[v].status >= 2 && c->s->vcs.vppb[v].port == q->port_id &&
		    (!mld || c->s->vcs.vppb[v].ld == q->ld_id))
			return CXLMB_RC_INVALID_INPUT; /* already bound elsewhere */
	c->s->vcs.op_status = mld ? 3 : 2;
	c->s->vcs.op_port = q->port_id;
	c->s->vcs.op_ld = mld ? (uint8_t)q->ld_id : 0;
	return vcs_begin(c, q->vppb_id, 0x5201);
}

static uint16_t h_unbind_vppb(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_unbind_vppb_req *q = req;
	(void)rsp;

	if (q->vcs_id != 0 || q->vppb_id >= CXLMB_SIM_VPPBS || q->option > 2)
		return CXLMB_RC_INVALID_INPUT;
	if (c->s->vcs.vppb[q->vppb_id].status < 2)
		return CXLMB_RC_INVALID_INPUT; /* not bound */
	c->s->vcs.op_status = 0;
	c->s->vcs.op_port = c->s->vcs.op_ld = 0;
	return vcs_begin(c, q->vppb_id, 0x5202);
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

/* ---- lifecycle: bindings are volatile ---- */

static void switch_reset(struct cxlmb_sim *s)
{
	vcs_reset(s);
}

static const char *switch_check(const struct cxlmb_sim *s)
{
	unsigned bound[CXLMB_SIM_PORTS_MAX][CXLMB_SIM_LDS_MAX + 1];

	memset(bound, 0, sizeof(bound));
	for (unsigned v = 0; v < CXLMB_SIM_VPPBS; v++) {
		uint8_t st = s->vcs.vppb[v].status, p = s->vcs.vppb[v].port, ld = s->vcs.vppb[v].ld;
		const struct cxlmb_sim_port_state *ps = cxlmb_sim_port_at(s, p);
		if (st > 3)
			return "vPPB binding status out of range";
		if (st == 1 && !(s->sw_bg.running && s->sw_bg.done == vcs_done))
			return "vPPB binding in progress with no bind or unbind running";
		if (st >= 2 && (!ps || (st == 3 ? !cxlmb_sim_port_has_lds(ps) || ld >= ps->lds
						 : ps->kind != CXLMB_SIM_PORT_SLD)))
			return "vPPB bound to a port that cannot be bound";
		if (st >= 2 && bound[p][st == 3 ? ld : CXLMB_SIM_LDS_MAX]++)
			return "two vPPBs bound to the same port or LD";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_switch_concern = { switch_reset, switch_reset, switch_check };
