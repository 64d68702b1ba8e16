/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated switch's topology as data: what each physical port holds.
 * Tunnel routing (5300h), Get Physical Port State, vPPB binding and the
 * fabric manager's per-LD commands all read this one table, so a second
 * MLD, another SLD or a multi-headed device is one more entry (and one
 * more run of Type-3 states in struct cxlmb_sim's t3[]). */
#include "sim_internal.h"

/* Port 0 upstream, 1 the MLD (t3[0..3] are its LDs), 2 a single-logical
 * Type-3 device (t3[4]), 3 empty.  State and device type as Get Physical
 * Port State reports them (CXL r3.2 §7.6.7.1.3: 3 DSP, 4 USP; 4 Type 3
 * SLD, 5 Type 3 MLD). */
const struct sim_port cxlmb_sim_ports[CXLMB_SIM_PORTS] = {
	{ SIM_PORT_USP, 4, 0, 0, 0 },
	{ SIM_PORT_MLD, 3, 5, CXLMB_SIM_MLD_LDS, 0 },
	{ SIM_PORT_SLD, 3, 4, 0, CXLMB_SIM_SLD_DEV },
	{ SIM_PORT_EMPTY, 3, 0, 0, 0 },
};

const struct sim_port *cxlmb_sim_port(unsigned port)
{
	return port < CXLMB_SIM_PORTS ? &cxlmb_sim_ports[port] : NULL;
}

/* The FM-owned LD CCI of the MLD on a port. */
static struct sim_ctx fmld_ctx(struct cxlmb_sim *s, unsigned port, unsigned depth)
{
	return (struct sim_ctx){ .s = s, .ep = CXLMB_SIM_EP_FMLD, .port = port,
				 .bg = &s->bg[CXLMB_SIM_EP_FMLD], .depth = depth };
}

bool cxlmb_sim_ld_ctx(const struct sim_ctx *c, unsigned ld, struct sim_ctx *out)
{
	const struct sim_port *p = cxlmb_sim_port(c->port);

	if (c->ep != CXLMB_SIM_EP_FMLD || !p || p->kind != SIM_PORT_MLD || ld >= p->lds)
		return false;
	*out = cxlmb_sim_t3_ctx(c->s, p->dev + ld, c->depth);
	out->port = c->port;
	return true;
}

/* From the switch a target is a port; from an FM-owned LD CCI, an LD of its
 * MLD (CXL r3.2 §7.6.7.3.1). */
bool cxlmb_sim_route(const struct sim_ctx *c, unsigned target, struct sim_ctx *child)
{
	const struct sim_port *p = cxlmb_sim_port(target);

	if (c->ep == CXLMB_SIM_EP_FMLD) {
		if (!cxlmb_sim_ld_ctx(c, target, child))
			return false;
		child->depth = c->depth + 1;
		return true;
	}
	if (c->ep != CXLMB_SIM_EP_SWITCH || !p)
		return false;
	switch (p->kind) {
	case SIM_PORT_MLD:
		*child = fmld_ctx(c->s, target, c->depth + 1);
		return true;
	case SIM_PORT_SLD:
		*child = cxlmb_sim_t3_ctx(c->s, p->dev, c->depth + 1);
		child->port = target;
		return true;
	default:
		return false;
	}
}
