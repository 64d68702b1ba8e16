/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated switch's topology as data: what each physical port holds.
 * Tunnel routing (5300h), Identify Switch Device, Get Physical Port State,
 * vPPB binding and the fabric manager's per-LD commands all read the one
 * table loaded at init, so a second MLD or another SLD is one more entry
 * (a caller's table in cxlmb_sim_config.topology); each gets its own
 * state slot: its Type-3 states in t3[], an MLD its struct cxlmb_sim_mld.
 * The heads of a multi-headed device are entries too: one device, its
 * LDs spread over their ports, one LD Pool CCI. */
#include "sim_internal.h"

/* Port 0 upstream, 1 an MLD (t3[0..3] are its LDs), 2 a single-logical
 * Type-3 device (t3[4]), 3 empty. */
const struct cxlmb_sim_port cxlmb_sim_default_topology[CXLMB_SIM_PORTS] = {
	{ CXLMB_SIM_PORT_USP, 0 },
	{ CXLMB_SIM_PORT_MLD, CXLMB_SIM_MLD_LDS },
	{ CXLMB_SIM_PORT_SLD, 0 },
	{ CXLMB_SIM_PORT_EMPTY, 0 },
};

const char *cxlmb_sim_topology_check(const struct cxlmb_sim_port *t, size_t n)
{
	unsigned mlds = 0, t3s = 0, mhd_lds = 0;
	bool mhd = false;

	if (!t || n == 0)
		return "topology: no ports";
	if (n > CXLMB_SIM_PORTS_MAX)
		return "topology: more ports than CXLMB_SIM_PORTS_MAX";
	for (size_t p = 0; p < n; p++) {
		bool lds = t[p].kind == CXLMB_SIM_PORT_MLD || t[p].kind == CXLMB_SIM_PORT_MHD;
		if (t[p].kind >= CXLMB_SIM_PORT_KINDS)
			return "topology: a port of unknown kind";
		if ((t[p].kind == CXLMB_SIM_PORT_USP) != (p == 0))
			return "topology: port 0, and only port 0, must be the upstream port";
		if (!lds && t[p].lds)
			return "topology: LDs on a port that holds no MLD";
		if (lds && (t[p].lds == 0 || t[p].lds > CXLMB_SIM_LDS_MAX))
			return "topology: an MLD needs 1..CXLMB_SIM_LDS_MAX LDs";
		if (t[p].kind == CXLMB_SIM_PORT_MLD)
			mlds++;
		if (t[p].kind == CXLMB_SIM_PORT_MHD) {
			mlds += !mhd; /* the device (at its first head) takes an MLD's state slot */
			mhd = true;
			mhd_lds += t[p].lds;
		}
		t3s += lds ? t[p].lds : t[p].kind == CXLMB_SIM_PORT_SLD;
	}
	if (mlds > CXLMB_SIM_MLDS_MAX)
		return "topology: more MLDs than CXLMB_SIM_MLDS_MAX";
	if (mhd_lds > CXLMB_SIM_LDS_MAX)
		return "topology: the multi-headed device's heads hold more than CXLMB_SIM_LDS_MAX LDs";
	if (t3s > CXLMB_SIM_T3S_MAX)
		return "topology: more LDs and SLDs than CXLMB_SIM_T3S_MAX";
	return NULL;
}

/* State and device type as Get Physical Port State reports them (CXL r3.2
 * §7.6.7.1.3: 3 DSP, 4 USP; 4 Type 3 SLD, 5 Type 3 MLD, an MHD head being
 * one); the states laid out in port order, an MHD's LDs in the order of
 * its heads. */
void cxlmb_sim_topology_load(struct cxlmb_sim *s, const struct cxlmb_sim_port *t, size_t n)
{
	int mhd = -1; /* the multi-headed device's state slot, once its first head is seen */

	s->nports = (uint32_t)n;
	s->nmld = s->nt3 = 0;
	for (size_t p = 0; p < n; p++) {
		struct cxlmb_sim_port_state *ps = &s->port[p];
		struct cxlmb_sim_mld *m;
		*ps = (struct cxlmb_sim_port_state){ .kind = t[p].kind, .lds = t[p].lds,
						     .state = t[p].kind == CXLMB_SIM_PORT_USP ? 4 : 3,
						     .dev = (uint8_t)s->nt3 };
		if (t[p].kind == CXLMB_SIM_PORT_SLD) {
			ps->dev_type = 4;
			s->nt3++;
		}
		if (!cxlmb_sim_port_has_lds(ps))
			continue;
		ps->dev_type = 5;
		if (t[p].kind == CXLMB_SIM_PORT_MLD || mhd < 0) {
			s->mld[s->nmld] = (struct cxlmb_sim_mld){ 0 };
			if (t[p].kind == CXLMB_SIM_PORT_MHD)
				mhd = (int)s->nmld;
			ps->mld = (uint8_t)s->nmld++;
		} else {
			ps->mld = (uint8_t)mhd;
		}
		m = &s->mld[ps->mld];
		ps->ld0 = m->nlds;
		for (unsigned ld = 0; ld < t[p].lds; ld++) {
			m->ld_t3[m->nlds] = (uint8_t)s->nt3++;
			m->ld_head[m->nlds++] = m->nheads;
		}
		m->head_port[m->nheads++] = (uint8_t)p;
	}
}

struct sim_ctx cxlmb_sim_fmld_ctx(struct cxlmb_sim *s, unsigned port, unsigned depth)
{
	const struct cxlmb_sim_port_state *p = &s->port[port];
	struct cxlmb_sim_mld *m = &s->mld[p->mld];
	return (struct sim_ctx){ .s = s, .ep = CXLMB_SIM_EP_FMLD, .port = port, .mld = m,
				 .ld0 = p->ld0, .nlds = p->lds, .bg = &m->bg, .depth = depth };
}

bool cxlmb_sim_ld_ctx(const struct sim_ctx *c, unsigned ld, struct sim_ctx *out)
{
	if ((c->ep != CXLMB_SIM_EP_FMLD && c->ep != CXLMB_SIM_EP_LDPOOL) || !c->mld || ld >= c->nlds)
		return false;
	*out = cxlmb_sim_t3_ctx(c->s, c->mld->ld_t3[c->ld0 + ld], c->depth);
	out->port = c->port;
	return true;
}

/* From the switch a target is a port; from an FM-owned LD CCI, an LD of its
 * MLD (target type 0), or from an MHD head's, the device's LD Pool CCI
 * (type 1: the ID is not used); from the LD Pool, any LD of the device
 * (CXL r3.2 §7.6.7.3.1). */
bool cxlmb_sim_route(const struct sim_ctx *c, unsigned type, unsigned target,
		     struct sim_ctx *child)
{
	const struct cxlmb_sim_port_state *p = cxlmb_sim_port_at(c->s, target);
	struct sim_ctx to;

	if (type == 1) {
		const struct cxlmb_sim_port_state *head = cxlmb_sim_port_at(c->s, c->port);
		if (c->ep != CXLMB_SIM_EP_FMLD || !head || head->kind != CXLMB_SIM_PORT_MHD)
			return false;
		to = (struct sim_ctx){ .s = c->s, .ep = CXLMB_SIM_EP_LDPOOL, .port = c->port,
				       .mld = c->mld, .ld0 = 0, .nlds = c->mld->nlds, .bg = &c->mld->bg,
				       .depth = c->depth + 1 };
		*child = to;
		return true;
	}
	if (type != 0)
		return false;
	if (c->ep == CXLMB_SIM_EP_FMLD || c->ep == CXLMB_SIM_EP_LDPOOL) {
		if (!cxlmb_sim_ld_ctx(c, target, &to))
			return false;
		to.depth = c->depth + 1;
		*child = to;
		return true;
	}
	if (c->ep != CXLMB_SIM_EP_SWITCH || !p)
		return false;
	if (cxlmb_sim_port_has_lds(p)) {
		*child = cxlmb_sim_fmld_ctx(c->s, target, c->depth + 1);
		return true;
	}
	if (p->kind != CXLMB_SIM_PORT_SLD)
		return false;
	*child = cxlmb_sim_t3_ctx(c->s, p->dev, c->depth + 1);
	child->port = target;
	return true;
}
