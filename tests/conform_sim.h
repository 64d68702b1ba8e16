/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Conformance targets over the simulator, for the self-test: the Type-3
 * device, the switch CCI, the MLD's FM-owned LD (one tunnel) and LD 0 of
 * the MLD (two tunnels). */
#ifndef CXLMB_CONFORM_SIM_H
#define CXLMB_CONFORM_SIM_H

#include <stdlib.h>
#include <string.h>

#include "conform.h"
#include "sim.h"

enum cs_kind { CS_TYPE3, CS_SWITCH, CS_FMLD, CS_LD, CS_COUNT };
static const char *const cs_names[CS_COUNT] = { "sim", "sim:switch", "sim:switch --tunnel 1",
						"sim:switch --tunnel 1,0" };

struct cs_target {
	struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, hop[2];
	uint8_t scratch[2][1u << 12];
	struct cf_target t;
};

/* Open kind with quirks; 0, or -1 when the transport cannot start. */
static inline int cs_open(struct cs_target *x, unsigned kind, uint32_t quirks)
{
	struct cxlmb_sim_config cfg;
	struct cxlmb_mbox_config mc;
	unsigned depth = kind == CS_FMLD ? 1 : kind == CS_LD ? 2 : 0;

	memset(x, 0, sizeof(*x));
	cxlmb_sim_config_default(&cfg);
	cfg.variant = kind == CS_TYPE3 ? CXLMB_SIM_TYPE3 : CXLMB_SIM_SWITCH;
	cfg.quirks = quirks;
	cfg.forced_rc = 0x00FF; /* no return code the specification defines */
	if (cxlmb_sim_init(&x->sim, &cfg))
		return -1;
	cxlmb_sim_mbox_config(&x->sim, &mc);
	mc.ready_timeout_ns = 10000000; /* virtual time: 10 ms is plenty */
	if (cxlmb_mbox_init(&x->mb, &cxlmb_sim_ops, &x->sim, &mc) ||
	    cxlmb_ep_mbox_init(&x->root, &x->mb)) {
		cxlmb_sim_fini(&x->sim);
		return -1;
	}
	x->t.ep = &x->root;
	x->t.mb = &x->mb;
	x->t.regs_len = x->sim.regs_len;
	x->t.name = cs_names[kind];
	if (kind == CS_TYPE3) /* capacity on offer, for the dynamic capacity check */
		cxlmb_sim_dc_offer(&x->sim, 0, 0, 2u << 20);
	if (depth >= 1) {
		struct cxlmb_tunnel_hop h = { CXLMB_SIM_MLD_PORT, 0 };
		cxlmb_ep_route_init(&x->hop[0], &x->root, h, x->scratch[0], sizeof(x->scratch[0]));
		x->t.ep = &x->hop[0];
		x->t.mb = NULL;
	}
	if (depth >= 2) {
		struct cxlmb_tunnel_hop h = { 0, 0 };
		cxlmb_ep_route_init(&x->hop[1], &x->hop[0], h, x->scratch[1], sizeof(x->scratch[1]));
		x->t.ep = &x->hop[1];
	}
	return 0;
}

static inline void cs_close(struct cs_target *x)
{
	cxlmb_sim_fini(&x->sim);
}

#endif
