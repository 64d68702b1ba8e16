/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* A topology chosen by the test: a switch with two MLDs (ports 1 and 3)
 * and an SLD (port 2), reached through the command layer's tunnel routes.
 * The switch reports the table, and every LD and the SLD is a device of
 * its own: labels, poison, response limits, serial numbers, background
 * operations; each MLD has its own allocations and QoS.  Then a
 * multi-headed device with two heads, its LD Pool CCI reached by a tunnel
 * of target type 1 from either head. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "conform.h"
#include "sim.h"

#define MLD_A 1u /* 4 LDs: t3[0..3] */
#define SLD 2u   /* t3[4] */
#define MLD_B 3u /* 2 LDs: t3[5..6] */
#define EMPTY 4u

static const struct cxlmb_sim_port table[] = {
	{ CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 4 }, { CXLMB_SIM_PORT_SLD, 0 },
	{ CXLMB_SIM_PORT_MLD, 2 }, { CXLMB_SIM_PORT_EMPTY, 0 },
};
#define NPORTS (sizeof(table) / sizeof(table[0]))

struct fixture {
	struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, hop[4];
	uint8_t scratch[4][4096];
	uint8_t req[512], out[4096];
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
};

static int open_topology(void **state, const struct cxlmb_sim_port *t, uint32_t n)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct cxlmb_sim_config sc;
	struct cxlmb_mbox_config mc;

	if (!f)
		return -1;
	cxlmb_sim_config_default(&sc);
	sc.variant = CXLMB_SIM_SWITCH;
	sc.topology = t;
	sc.nports = n;
	if (cxlmb_sim_init(&f->sim, &sc))
		return -1;
	cxlmb_sim_mbox_config(&f->sim, &mc);
	if (cxlmb_mbox_init(&f->mb, &cxlmb_sim_ops, &f->sim, &mc) ||
	    cxlmb_ep_mbox_init(&f->root, &f->mb))
		return -1;
	*state = f;
	return 0;
}

static int setup(void **state)
{
	return open_topology(state, table, NPORTS);
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	cxlmb_sim_fini(&f->sim);
	free(f);
	return 0;
}

/* The switch itself (port < 0), a port's FM-owned LD CCI or SLD (ld < 0),
 * or LD 'ld' of the MLD on 'port'. */
static struct cxlmb_endpoint *at(struct fixture *f, int port, int ld)
{
	if (port < 0)
		return &f->root;
	assert_int_equal(cxlmb_ep_route_init(&f->hop[0], &f->root,
					     (struct cxlmb_tunnel_hop){ (uint8_t)port, 0 },
					     f->scratch[0], sizeof(f->scratch[0])), 0);
	if (ld < 0)
		return &f->hop[0];
	assert_int_equal(cxlmb_ep_route_init(&f->hop[1], &f->hop[0],
					     (struct cxlmb_tunnel_hop){ (uint8_t)ld, 0 },
					     f->scratch[1], sizeof(f->scratch[1])), 0);
	return &f->hop[1];
}

/* A typed call (req NULL: no payload); the return code of the device, or
 * of the tunnel level that refused the route; the decoded answer in f->val. */
static uint16_t call(struct fixture *f, struct cxlmb_endpoint *ep, uint16_t op, const void *req)
{
	struct cxlmb_call c = { .opcode = op, .req = req, .req_buf = f->req,
				.req_cap = sizeof(f->req), .flags = CXLMB_STRICT, .rsp_val = f->val };
	int rc;

	c.rsp.buf = f->out;
	c.rsp.cap = sizeof(f->out);
	memset(f->val, 0, sizeof(f->val));
	rc = cxlmb_call(ep, &c);
	assert_true(rc == CXLMB_E_OK || rc == CXLMB_E_DEVICE_RC || rc == CXLMB_E_ROUTE);
	return c.rsp.rc;
}

static void test_bad_table_refused(void **state)
{
	static struct cxlmb_sim s;
	struct cxlmb_sim_config sc;
	const struct cxlmb_sim_port three_mlds[] = {
		{ CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 1 }, { CXLMB_SIM_PORT_MLD, 1 },
		{ CXLMB_SIM_PORT_MLD, 1 },
	};
	(void)state;
	cxlmb_sim_config_default(&sc);
	sc.variant = CXLMB_SIM_SWITCH;
	sc.topology = three_mlds;
	sc.nports = 4;
	assert_int_equal(cxlmb_sim_init(&s, &sc), CXLMB_E_INVALID_ARG);
	assert_string_equal(cxlmb_sim_topology_check(three_mlds, 4),
			    "topology: more MLDs than CXLMB_SIM_MLDS_MAX");
	assert_null(cxlmb_sim_topology_check(table, NPORTS));
}

/* Identify Switch Device and Get Physical Port State report the table;
 * each FM-owned LD CCI reports its own MLD. */
static void test_switch_reports_the_table(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_identify_switch_rsp *sw = (const void *)f->val;
	const struct cxlmb_get_port_state_rsp *ps = (const void *)f->val;
	const struct cxlmb_ld_info_rsp *li = (const void *)f->val;
	static const uint8_t ids[NPORTS + 1] = { 0, 1, 2, 3, 4, 5 };
	struct cxlmb_get_port_state_req q = { NPORTS + 1, { ids, NPORTS + 1, NULL } };
	static const uint8_t type[NPORTS] = { 0, 5, 4, 5, 0 }, lds[NPORTS] = { 0, 4, 0, 2, 0 };

	assert_int_equal(call(f, at(f, -1, -1), 0x5100, NULL), 0);
	assert_int_equal(sw->num_physical_ports, NPORTS);
	assert_int_equal(sw->active_port_bitmask[0], 0x0F); /* port 4 is empty */
	assert_int_equal(sw->bound_vppbs, 2); /* LD 0 of port 1, the SLD; one vPPB free */

	assert_int_equal(call(f, at(f, -1, -1), 0x5101, &q), 0);
	assert_int_equal(ps->num_ports, NPORTS + 1);
	for (uint8_t i = 0; i <= NPORTS; i++) {
		struct cxlmb_port_info pi;
		assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &ps->ports, i, CXLMB_STRICT,
						 &pi), 0);
		assert_int_equal(pi.port_id, i);
		if (i == NPORTS) {
			assert_int_equal(pi.config_state & 0xF, 0xF); /* no such port */
			continue;
		}
		assert_int_equal(pi.config_state & 0xF, i == 0 ? 4 : 3);
		assert_int_equal(pi.connected_device_type, type[i]);
		assert_int_equal(pi.supported_ld_count, lds[i]);
	}

	assert_int_equal(call(f, at(f, MLD_A, -1), 0x5400, NULL), 0);
	assert_int_equal(li->ld_count, 4);
	assert_int_equal(li->memory_size, 4ull << 30);
	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5400, NULL), 0);
	assert_int_equal(li->ld_count, 2);
	assert_int_equal(li->memory_size, 2ull << 30);
	/* nothing behind the empty port, no LD 2 on the second MLD: the
	 * tunnel that would lead there refuses it */
	assert_int_equal(call(f, at(f, EMPTY, -1), 0x0001, NULL), CXLMB_RC_INVALID_INPUT);
	assert_int_equal(call(f, at(f, MLD_B, 2), 0x0001, NULL), CXLMB_RC_INVALID_INPUT);
	assert_int_equal(call(f, at(f, MLD_A, 3), 0x0001, NULL), 0);
}

/* Every LD of both MLDs and the SLD: its own serial number, label and
 * response message limit. */
static void test_each_ld_is_a_device(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_identify_rsp *id = (const void *)f->val;
	const struct cxlmb_memdev_data *lsa = (const void *)f->val;
	static const struct { int port, ld; } dev[] = {
		{ MLD_A, 0 }, { MLD_A, 1 }, { MLD_A, 2 }, { MLD_A, 3 }, { SLD, -1 },
		{ MLD_B, 0 }, { MLD_B, 1 }, { MLD_A, -1 }, { MLD_B, -1 }, { -1, -1 },
	};
	enum { NDEV = sizeof(dev) / sizeof(dev[0]), NT3 = 7 };
	uint64_t serial[NDEV];
	uint8_t label[4];
	struct cxlmb_set_lsa_req set = { 0, { label, sizeof(label) } };
	struct cxlmb_get_lsa_req get = { 0, sizeof(label) };
	struct cxlmb_rsp_msg_limit lim = { 8 };

	for (unsigned i = 0; i < NDEV; i++) {
		assert_int_equal(call(f, at(f, dev[i].port, dev[i].ld), 0x0001, NULL), 0);
		serial[i] = id->serial_number;
		for (unsigned j = 0; j < i; j++)
			assert_true(serial[j] != serial[i]);
	}
	/* a label on each Type-3 device, then each reads back its own */
	for (unsigned i = 0; i < NT3; i++) {
		memset(label, 0xA0 + (int)i, sizeof(label));
		assert_int_equal(call(f, at(f, dev[i].port, dev[i].ld), 0x4103, &set), 0);
	}
	for (unsigned i = 0; i < NT3; i++) {
		assert_int_equal(call(f, at(f, dev[i].port, dev[i].ld), 0x4102, &get), 0);
		assert_int_equal(lsa->data.len, sizeof(label));
		for (unsigned b = 0; b < sizeof(label); b++)
			assert_int_equal(lsa->data.data[b], 0xA0 + i);
		assert_int_equal(f->sim.t3[i].lsa[0], 0xA0 + i); /* in the state slot the table gives */
	}
	/* the response message limit is each device's own */
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x0004, &lim), 0);
	assert_int_equal(call(f, at(f, MLD_A, 1), 0x0003, NULL), 0);
	assert_int_equal(((const struct cxlmb_rsp_msg_limit *)(const void *)f->val)->limit, 9);
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x0003, NULL), 0);
	assert_int_equal(((const struct cxlmb_rsp_msg_limit *)(const void *)f->val)->limit, 8);
	assert_int_equal(call(f, at(f, MLD_B, 0), 0x0003, NULL), 0);
	assert_int_equal(((const struct cxlmb_rsp_msg_limit *)(const void *)f->val)->limit, 9);
	assert_null(cxlmb_sim_check(&f->sim));
}

/* Poison injected into LD 1 of the second MLD is that LD's alone. */
static void test_poison_per_device(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_get_poison_list_rsp *pl = (const void *)f->val;
	struct cxlmb_inject_poison_req inj = { 0x1000 };
	struct cxlmb_dpa_range all = { 0, CXLMB_SIM_CAPACITY / 64 }; /* 64-byte units */

	assert_int_equal(call(f, at(f, MLD_B, 1), 0x4301, &inj), 0);
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x4300, &all), 0);
	assert_int_equal(pl->count, 1);
	assert_int_equal(call(f, at(f, MLD_A, 1), 0x4300, &all), 0);
	assert_int_equal(pl->count, 0);
	assert_int_equal(call(f, at(f, MLD_B, 0), 0x4300, &all), 0);
	assert_int_equal(pl->count, 0);
	assert_int_equal(call(f, at(f, SLD, -1), 0x4300, &all), 0);
	assert_int_equal(pl->count, 0);
	for (unsigned d = 0; d < f->sim.nt3; d++)
		assert_int_equal(f->sim.t3[d].npoison, d == 6);
}

/* Each MLD has its own allocations (over its own capacity) and QoS. */
static void test_allocations_per_mld(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_get_ld_alloc_rsp *ga = (const void *)f->val;
	const struct cxlmb_qos_control *qos = (const void *)f->val;
	struct cxlmb_ld_range_req range = { 0, 8 };
	uint8_t wire[2][16];
	struct cxlmb_set_ld_alloc sa = { 2, 0, { wire[0], 2, NULL } };
	struct cxlmb_ld_alloc a;
	struct cxlmb_qos_control q = { .egress_congestion_enable = 1, .egress_moderate_pct = 40,
				       .egress_severe_pct = 60, .backpressure_sample_interval = 8 };
	size_t n;

	/* port 3's MLD: 2 LDs, 8 units; 3 + 5 fill it, port 1's stays as it was */
	a = (struct cxlmb_ld_alloc){ 3, 0 };
	assert_int_equal(cxlmb_ld_alloc_encode(&a, wire[0], 16, &n), 0);
	a = (struct cxlmb_ld_alloc){ 5, 0 };
	assert_int_equal(cxlmb_ld_alloc_encode(&a, wire[1], 16, &n), 0);
	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5402, &sa), 0);
	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5401, &range), 0);
	assert_int_equal(ga->num_lds, 2);
	assert_int_equal(ga->list_count, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_ld_alloc_schema, &ga->allocs, 1, CXLMB_STRICT, &a), 0);
	assert_int_equal(a.range1_multiplier, 5);
	assert_int_equal(call(f, at(f, MLD_A, -1), 0x5401, &range), 0);
	assert_int_equal(ga->num_lds, 4);
	for (uint8_t i = 0; i < 4; i++) {
		assert_int_equal(cxlmb_array_get(&cxlmb_ld_alloc_schema, &ga->allocs, i, CXLMB_STRICT,
						 &a), 0);
		assert_int_equal(a.range1_multiplier, 1);
	}
	/* 3 + 6 units exceed port 3's MLD but not port 1's (16 units) */
	a = (struct cxlmb_ld_alloc){ 6, 0 };
	assert_int_equal(cxlmb_ld_alloc_encode(&a, wire[1], 16, &n), 0);
	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5402, &sa), CXLMB_RC_RESOURCES_EXHAUSTED);
	assert_int_equal(call(f, at(f, MLD_A, -1), 0x5402, &sa), 0);
	assert_int_equal(f->sim.mld[0].alloc[1][0], 6);
	assert_int_equal(f->sim.mld[1].alloc[1][0], 5);

	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5404, &q), 0);
	assert_int_equal(call(f, at(f, MLD_A, -1), 0x5403, NULL), 0);
	assert_int_equal(qos->egress_moderate_pct, 10);
	assert_int_equal(call(f, at(f, MLD_B, -1), 0x5403, NULL), 0);
	assert_int_equal(qos->egress_moderate_pct, 40);
	assert_null(cxlmb_sim_check(&f->sim));
	cxlmb_sim_reset(&f->sim); /* back to factory settings, each MLD */
	assert_int_equal(f->sim.mld[1].alloc[1][0], 1);
	assert_int_equal(f->sim.mld[1].qos.egress_moderate_pct, 10);
}

/* A background operation runs on the LD that started it: its 0002h says
 * so, every other device's does not, and it completes there. */
static void test_background_per_device(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_bg_op_status_rsp *bg = (const void *)f->val;
	struct cxlmb_inject_poison_req inj = { 0x2000 };

	assert_int_equal(call(f, at(f, MLD_B, 1), 0x4301, &inj), 0);
	assert_int_equal(call(f, at(f, MLD_A, 1), 0x4301, &inj), 0);
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x4400, NULL), CXLMB_RC_BACKGROUND);
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x0002, NULL), 0);
	assert_true(bg->running);
	assert_int_equal(bg->opcode, 0x4400);
	assert_int_equal(call(f, at(f, MLD_A, 1), 0x0002, NULL), 0);
	assert_false(bg->running);
	assert_int_equal(call(f, at(f, MLD_B, 0), 0x0002, NULL), 0);
	assert_false(bg->running);
	assert_int_equal(call(f, at(f, SLD, -1), 0x0002, NULL), 0);
	assert_false(bg->running);
	/* another LD of the same MLD starts its own meanwhile */
	assert_int_equal(call(f, at(f, MLD_B, 0), 0x4400, NULL), CXLMB_RC_BACKGROUND);
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x4400, NULL), CXLMB_RC_BUSY);
	assert_null(cxlmb_sim_check(&f->sim));

	f->sim.now_ns += 2 * 10000000ull; /* past the sanitize duration */
	assert_int_equal(call(f, at(f, MLD_B, 1), 0x0002, NULL), 0);
	assert_false(bg->running);
	assert_int_equal(bg->percent, 100);
	assert_int_equal(bg->opcode, 0x4400);
	assert_int_equal(f->sim.t3[6].npoison, 0); /* sanitized */
	assert_int_equal(f->sim.t3[1].npoison, 1); /* the same LD of the other MLD is not */
	assert_int_equal(call(f, at(f, MLD_A, 1), 0x0002, NULL), 0);
	assert_int_equal(bg->opcode, 0); /* never ran one */
	assert_null(cxlmb_sim_check(&f->sim));
}

/* The conformance suite, destructive, finds nothing wrong with the switch,
 * the second MLD's FM-owned LD CCI, its LD 1, or the SLD; the model's
 * invariants hold after it. */
static void test_conformance_on_each_device(void **state)
{
	struct fixture *f = *state;
	static const struct { int port, ld; const char *name; } dev[] = {
		{ -1, -1, "switch" }, { MLD_B, -1, "port 3 FM-owned LD" }, { MLD_B, 1, "port 3 LD 1" },
		{ SLD, -1, "port 2 SLD" },
	};
	struct cf_options o = { .destructive = true };

	for (unsigned i = 0; i < sizeof(dev) / sizeof(dev[0]); i++) {
		struct cf_target t = { at(f, dev[i].port, dev[i].ld), dev[i].port < 0 ? &f->mb : NULL,
				       dev[i].port < 0 ? f->sim.regs_len : 0, dev[i].name };
		struct cf_report rep;
		size_t pass = 0;
		assert_int_equal(cf_run(&t, &o, &rep), 0);
		for (size_t k = 0; k < rep.n; k++) {
			const struct cf_result *r = &rep.res[k];
			if (r->outcome == CF_FAIL || r->outcome == CF_ERROR)
				fail_msg("%s: %s %s: %s", dev[i].name, cf_outcome_name(r->outcome),
					 r->chk->id, r->detail);
			pass += r->outcome == CF_PASS;
		}
		assert_true(pass > 10);
		cf_report_free(&rep);
		assert_null(cxlmb_sim_check(&f->sim));
	}
}

/* ---- a multi-headed device: an MLD on port 1, the MHD's head 0 (LDs 0-1)
 * on port 2, its head 1 (LD 2) on port 3 ---- */

static const struct cxlmb_sim_port mhd_table[] = {
	{ CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 2 }, { CXLMB_SIM_PORT_MHD, 2 },
	{ CXLMB_SIM_PORT_MHD, 1 },
};

static int setup_mhd(void **state)
{
	return open_topology(state, mhd_table, 4);
}

/* The LD Pool CCI through the head on 'port': switch, tunnel to the port,
 * tunnel of target type 1. */
static struct cxlmb_endpoint *pool(struct fixture *f, unsigned port)
{
	struct cxlmb_endpoint *head = at(f, (int)port, -1);
	assert_int_equal(cxlmb_ep_route_init(&f->hop[2], head, (struct cxlmb_tunnel_hop){ 0, 1 },
					     f->scratch[2], sizeof(f->scratch[2])), 0);
	return &f->hop[2];
}

static void test_mhd_ld_pool(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_identify_rsp *id = (const void *)f->val;
	const struct cxlmb_mhd_info_rsp *mi = (const void *)f->val;
	const struct cxlmb_head_info_rsp *hi = (const void *)f->val;
	const struct cxlmb_ld_info_rsp *li = (const void *)f->val;
	const struct cxlmb_get_ld_alloc_rsp *ga = (const void *)f->val;
	struct cxlmb_ld_range_req all = { 0, 8 };
	struct cxlmb_head_info_req heads = { 0, 4 };
	uint8_t wire[16];
	struct cxlmb_set_ld_alloc sa = { 1, 2, { wire, 1, NULL } };
	struct cxlmb_ld_alloc a = { 7, 0 };
	uint64_t serial[3];
	size_t n;

	assert_int_equal(call(f, pool(f, 2), 0x0001, NULL), 0);
	serial[0] = id->serial_number;
	assert_int_equal(call(f, pool(f, 3), 0x0001, NULL), 0); /* the same CCI from the other head */
	assert_true(id->serial_number == serial[0]);
	assert_int_equal(call(f, at(f, 2, -1), 0x0001, NULL), 0);
	serial[1] = id->serial_number;
	assert_int_equal(call(f, at(f, 1, -1), 0x0001, NULL), 0);
	serial[2] = id->serial_number;
	assert_true(serial[0] != serial[1] && serial[0] != serial[2] && serial[1] != serial[2]);

	/* the pool sees every LD and which head it maps to */
	assert_int_equal(call(f, pool(f, 2), 0x5500, &all), 0);
	assert_int_equal(mi->num_lds, 3);
	assert_int_equal(mi->num_heads, 2);
	assert_int_equal(mi->map_count, 3);
	for (uint8_t ld = 0; ld < 3; ld++) {
		struct cxlmb_id8 h;
		assert_int_equal(cxlmb_array_get(&cxlmb_id8_schema, &mi->ld_map, ld, CXLMB_STRICT, &h), 0);
		assert_int_equal(h.id, ld < 2 ? 0 : 1);
	}
	assert_int_equal(call(f, pool(f, 3), 0x5501, &heads), 0);
	assert_int_equal(hi->num_heads, 2);
	assert_int_equal(call(f, pool(f, 2), 0x5400, NULL), 0);
	assert_int_equal(li->ld_count, 3);
	assert_int_equal(call(f, at(f, 3, -1), 0x5400, NULL), 0); /* head 1's own LDs */
	assert_int_equal(li->ld_count, 1);

	/* one device: the pool's LD 2 is head 1's LD 0; 7 + 1 + 1 units of 12 */
	assert_int_equal(cxlmb_ld_alloc_encode(&a, wire, 16, &n), 0);
	assert_int_equal(call(f, pool(f, 2), 0x5402, &sa), 0);
	assert_int_equal(call(f, at(f, 3, -1), 0x5401, &all), 0);
	assert_int_equal(ga->num_lds, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_ld_alloc_schema, &ga->allocs, 0, CXLMB_STRICT, &a), 0);
	assert_int_equal(a.range1_multiplier, 7);
	/* the other heads' LDs count against the same capacity: 10 + 1 + 1 > 12 */
	a = (struct cxlmb_ld_alloc){ 11, 0 };
	assert_int_equal(cxlmb_ld_alloc_encode(&a, wire, 16, &n), 0);
	sa.start_ld = 0;
	assert_int_equal(call(f, at(f, 3, -1), 0x5402, &sa), CXLMB_RC_RESOURCES_EXHAUSTED);
	/* the MLD on port 1 is another device */
	assert_int_equal(call(f, at(f, 1, -1), 0x5401, &all), 0);
	assert_int_equal(ga->num_lds, 2);
	assert_null(cxlmb_sim_check(&f->sim));
}

/* Target type 1 leads to an LD Pool from an MHD head's CCI only. */
static void test_mhd_routes(void **state)
{
	struct fixture *f = *state;
	const struct cxlmb_get_port_state_rsp *ps = (const void *)f->val;
	static const uint8_t ids[4] = { 0, 1, 2, 3 };
	struct cxlmb_get_port_state_req q = { 4, { ids, 4, NULL } };
	uint8_t label[2] = { 0x5A, 0xA5 };
	struct cxlmb_set_lsa_req set = { 0, { label, 2 } };
	struct cxlmb_get_lsa_req get = { 0, 2 };
	const struct cxlmb_memdev_data *lsa = (const void *)f->val;

	assert_int_equal(call(f, pool(f, 1), 0x0001, NULL), CXLMB_RC_INVALID_INPUT); /* a plain MLD */
	assert_int_equal(cxlmb_ep_route_init(&f->hop[0], &f->root, (struct cxlmb_tunnel_hop){ 2, 1 },
					     f->scratch[0], sizeof(f->scratch[0])), 0);
	assert_int_equal(call(f, &f->hop[0], 0x0001, NULL), CXLMB_RC_INVALID_INPUT); /* the switch */
	/* a head's LDs are reached as an MLD's, and are the device's */
	assert_int_equal(call(f, at(f, 3, 0), 0x4103, &set), 0);
	assert_int_equal(f->sim.t3[f->sim.mld[1].ld_t3[2]].lsa[0], 0x5A);
	/* the LD Pool reaches it as the device's LD 2 */
	assert_int_equal(cxlmb_ep_route_init(&f->hop[3], pool(f, 2), (struct cxlmb_tunnel_hop){ 2, 0 },
					     f->scratch[3], sizeof(f->scratch[3])), 0);
	assert_int_equal(call(f, &f->hop[3], 0x4102, &get), 0);
	assert_int_equal(lsa->data.len, 2);
	assert_int_equal(lsa->data.data[0], 0x5A);
	assert_int_equal(call(f, at(f, 3, 1), 0x0001, NULL), CXLMB_RC_INVALID_INPUT); /* head 1 has one */
	/* each head is an MLD port to the switch */
	assert_int_equal(call(f, at(f, -1, -1), 0x5101, &q), 0);
	for (uint8_t i = 1; i < 4; i++) {
		struct cxlmb_port_info pi;
		assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &ps->ports, i, CXLMB_STRICT,
						 &pi), 0);
		assert_int_equal(pi.connected_device_type, 5);
		assert_int_equal(pi.supported_ld_count, i == 3 ? 1 : 2);
	}
}

/* The conformance suite finds nothing wrong with the LD Pool CCI. */
static void test_mhd_conformance(void **state)
{
	struct fixture *f = *state;
	struct cf_options o = { .destructive = true };
	struct cf_target t = { pool(f, 3), NULL, 0, "LD Pool via head 1" };
	struct cf_report rep;
	size_t pass = 0;

	assert_int_equal(cf_run(&t, &o, &rep), 0);
	for (size_t k = 0; k < rep.n; k++) {
		const struct cf_result *r = &rep.res[k];
		if (r->outcome == CF_FAIL || r->outcome == CF_ERROR)
			fail_msg("%s %s: %s", cf_outcome_name(r->outcome), r->chk->id, r->detail);
		pass += r->outcome == CF_PASS;
	}
	assert_true(pass > 10);
	cf_report_free(&rep);
	assert_null(cxlmb_sim_check(&f->sim));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_table_refused),
		cmocka_unit_test_setup_teardown(test_switch_reports_the_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_each_ld_is_a_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_poison_per_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_allocations_per_mld, setup, teardown),
		cmocka_unit_test_setup_teardown(test_background_per_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_conformance_on_each_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mhd_ld_pool, setup_mhd, teardown),
		cmocka_unit_test_setup_teardown(test_mhd_routes, setup_mhd, teardown),
		cmocka_unit_test_setup_teardown(test_mhd_conformance, setup_mhd, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
