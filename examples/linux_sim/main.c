/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Linux userspace style: the simulator's register backend (sim/, hosted)
 * stands where a tool would put an mmap of the device's BAR.  Shows the
 * command layer: a mailbox endpoint with a gate (a read-only policy), a
 * tunnel route of two hops, outermost first (switch port 1, then LD 0 of
 * the MLD there), and typed calls through it. */
#include <stdio.h>
#include <string.h>

#include <cxlmb/cxlmb.h>

#include "sim.h"

/* The gate sees every request before it leaves the host, with the route. */
static int read_only(const void *ctx, const struct cxlmb_route *route,
		     const struct cxlmb_request *req, struct cxlmb_verdict *v)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(req->opcode);
	(void)ctx;
	memset(v, 0, sizeof(*v));
	v->level = (uint8_t)route->depth;
	v->opcode = req->opcode;
	if (!c || c->policy != CXLMB_POL_READ) {
		v->decision = CXLMB_DENY;
		v->why = "this tool only reads";
	}
	return CXLMB_E_OK;
}

int main(void)
{
	static struct cxlmb_sim sim;
	struct cxlmb_sim_config sc;
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint sw, port1, ld0;
	static const struct cxlmb_gate gate = { .decide = read_only };
	static uint8_t scratch1[1u << 20], scratch2[1u << 20]; /* a parent's max_payload each */
	static uint8_t rsp_buf[1u << 20];
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	int rc;

	cxlmb_sim_config_default(&sc);
	sc.variant = CXLMB_SIM_SWITCH;
	if (cxlmb_sim_init(&sim, &sc))
		return 2;
	cxlmb_sim_mbox_config(&sim, &mc);
	if ((rc = cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc)) ||
	    (rc = cxlmb_ep_mbox_init(&sw, &mb))) {
		fprintf(stderr, "linux_sim: mailbox: %s\n", cxlmb_strerror(rc));
		return 1;
	}
	sw.gate = &gate; /* on the root: applies to every route through it */
	/* hop order: outermost first; each route's parent is the hop above it */
	if ((rc = cxlmb_ep_route_init(&port1, &sw, (struct cxlmb_tunnel_hop){ .target_id = 1 },
				      scratch1, sizeof(scratch1))) ||
	    (rc = cxlmb_ep_route_init(&ld0, &port1, (struct cxlmb_tunnel_hop){ .target_id = 0 },
				      scratch2, sizeof(scratch2)))) {
		fprintf(stderr, "linux_sim: route: %s\n", cxlmb_strerror(rc));
		return 1;
	}

	/* Identify Switch Device (5100h) on the switch itself */
	struct cxlmb_call c1 = { .opcode = 0x5100, .flags = CXLMB_STRICT, .rsp_val = val,
				 .rsp = { .buf = rsp_buf, .cap = sizeof(rsp_buf) } };
	if ((rc = cxlmb_call(&sw, &c1))) {
		fprintf(stderr, "linux_sim: 5100h: %s (%s)\n", cxlmb_strerror(rc),
			cxlmb_call_stage_name(c1.stage));
		return 1;
	}
	const struct cxlmb_identify_switch_rsp *isw = (const void *)val;
	unsigned ports = isw->num_physical_ports; /* val is reused below */
	printf("linux_sim: switch: %u physical ports\n", ports);

	/* Identify Memory Device (4000h) on LD 0 of the MLD behind port 1 */
	struct cxlmb_call c2 = { .opcode = 0x4000, .flags = CXLMB_STRICT, .rsp_val = val,
				 .rsp = { .buf = rsp_buf, .cap = sizeof(rsp_buf) } };
	if ((rc = cxlmb_call(&ld0, &c2))) {
		fprintf(stderr, "linux_sim: 4000h via 1,0: %s (%s)\n", cxlmb_strerror(rc),
			cxlmb_call_stage_name(c2.stage));
		return 1;
	}
	const struct cxlmb_identify_memdev_rsp *id = (const void *)val;
	printf("linux_sim: LD 0: firmware '%.16s', %llu x 256 MiB\n", (const char *)id->fw_revision,
	       (unsigned long long)id->total_capacity);

	/* Set Timestamp (0301h) is a configuration change: the gate refuses it
	 * and nothing reaches the registers */
	uint8_t ts[8] = { 0 };
	uint64_t before = sw.sent;
	struct cxlmb_call c3 = { .opcode = 0x0301, .req_bytes = ts, .req_len = sizeof(ts),
				 .rsp = { .buf = rsp_buf, .cap = sizeof(rsp_buf) } };
	rc = cxlmb_call(&ld0, &c3);
	printf("linux_sim: 0301h via 1,0: %s (%s: %s)\n", cxlmb_strerror(rc),
	       cxlmb_call_stage_name(c3.stage), c3.verdict.why ? c3.verdict.why : "-");
	int ok = rc == CXLMB_E_DENIED && sw.sent == before && ports > 0;
	cxlmb_sim_fini(&sim);
	return ok ? 0 : 1;
}
