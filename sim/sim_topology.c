/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated switch's topology as data: what each physical port holds.
 * Tunnel routing (5300h), Identify Switch Device, Get Physical Port State,
 * vPPB binding and the fabric manager's per-LD commands all read the one
 * table loaded at init, so a second MLD or another SLD is one more entry
 * (a caller's table in cxlmb_sim_config.topology); each gets its own
 * state slot: its Type-3 states in t3[], an MLD its struct cxlmb_sim_mld. */
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
	unsigned mlds = 0, t3s = 0;

	if (!t || n == 0)
		return "topology: no ports";
	if (n > CXLMB_SIM_PORTS_MAX)
		return "topology: more ports than CXLMB_SIM_PORTS_MAX";
	for (size_t p = 0; p < n; p++) {
		if (t[p].kind >= CXLMB_SIM_PORT_KINDS)
			return "topology: a port of unknown kind";
		if ((t[p].kind == CXLMB_SIM_PORT_USP) != (p == 0))
			return "topology: port 0, and only port 0, must be the upstream port";
		if (t[p].kind != CXLMB_SIM_PORT_MLD && t[p].lds)
			return "topology: LDs on a port that holds no MLD";
		if (t[p].kind == CXLMB_SIM_PORT_MLD) {
			if (t[p].lds == 0 || t[p].lds > CXLMB_SIM_LDS_MAX)
				return "topology: an MLD needs 1..CXLMB_SIM_LDS_MAX LDs";
			mlds++;
			t3s += t[p].lds;
		}
		t3s += t[p].kind == CXLMB_SIM_PORT_SLD;
	}
	if (mlds > CXLMB_SIM_MLDS_MAX)
		return "topology: more MLDs than CXLMB_SIM_MLDS_MAX";
	if (t3s > CXLMB_SIM_T3S_MAX)
		return "topology: more LDs and SLDs than CXLMB_SIM_T3S_MAX";
	return NULL;
}

/* State and device type as Get Physical Port State reports them (CXL r3.2
 * §7.6.7.1.3: 3 DSP, 4 USP; 4 Type 3 SLD, 5 Type 3 MLD); the states laid
 * out in port order. */
void cxlmb_sim_topology_load(struct cxlmb_sim *s, const struct cxlmb_sim_port *t, size_t n)
{
	s->nports = (uint32_t)n;
	s->nmld = s->nt3 = 0;
	for (size_t p = 0; p < n; p++) {
		struct cxlmb_sim_port_state *ps = &s->port[p];
		*ps = (struct cxlmb_sim_port_state){ .kind = t[p].kind, .lds = t[p].lds,
						     .state = t[p].kind == CXLMB_SIM_PORT_USP ? 4 : 3,
						     .dev = (uint8_t)s->nt3, .mld = (uint8_t)s->nmld };
		if (t[p].kind == CXLMB_SIM_PORT_MLD) {
			ps->dev_type = 5;
			s->nt3 += t[p].lds;
			s->nmld++;
		} else if (t[p].kind == CXLMB_SIM_PORT_SLD) {
			ps->dev_type = 4;
			s->nt3++;
		}
	}
}

struct sim_ctx cxlmb_sim_fmld_ctx(struct cxlmb_sim *s, unsigned port, unsigned depth)
{
	struct cxlmb_sim_mld *m = &s->mld[s->port[port].mld];
	return (struct sim_ctx){ .s = s, .ep = CXLMB_SIM_EP_FMLD, .port = port, .mld = m,
				 .bg = &m->bg, .depth = depth };
}

bool cxlmb_sim_ld_ctx(const struct sim_ctx *c, unsigned ld, struct sim_ctx *out)
{
	const struct cxlmb_sim_port_state *p = cxlmb_sim_port(c->s, c->port);

	if (c->ep != CXLMB_SIM_EP_FMLD || !p || p->kind != CXLMB_SIM_PORT_MLD || ld >= p->lds)
		return false;
	*out = cxlmb_sim_t3_ctx(c->s, p->dev + ld, c->depth);
	out->port = c->port;
	return true;
}

/* From the switch a target is a port; from an FM-owned LD CCI, an LD of its
 * MLD (CXL r3.2 §7.6.7.3.1). */
bool cxlmb_sim_route(const struct sim_ctx *c, unsigned target, struct sim_ctx *child)
{
	const struct cxlmb_sim_port_state *p = cxlmb_sim_port(c->s, target);

	if (c->ep == CXLMB_SIM_EP_FMLD) {
		if (!cxlmb_sim_ld_ctx(c, target, child))
			return false;
		child->depth = c->depth + 1;
		return true;
	}
	if (c->ep != CXLMB_SIM_EP_SWITCH || !p)
		return false;
	switch (p->kind) {
	case CXLMB_SIM_PORT_MLD:
		*child = cxlmb_sim_fmld_ctx(c->s, target, c->depth + 1);
		return true;
	case CXLMB_SIM_PORT_SLD:
		*child = cxlmb_sim_t3_ctx(c->s, p->dev, c->depth + 1);
		child->port = target;
		return true;
	default:
		return false;
	}
}
