/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulator allocates once, at start-up: construction is the only
 * place malloc is called; reset, power cycle and command round trips
 * (every command the devices implement, tunnels included) allocate
 * nothing.  Linked with -Wl,--wrap=malloc,calloc,realloc so calls from the
 * simulator and the core are counted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

static unsigned long allocs;

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);

void *__wrap_malloc(size_t n)
{
	allocs++;
	return __real_malloc(n);
}

void *__wrap_calloc(size_t k, size_t n)
{
	allocs++;
	return __real_calloc(k, n);
}

void *__wrap_realloc(void *p, size_t n)
{
	allocs++;
	return __real_realloc(p, n);
}

static void run_every_command(struct cxlmb_sim *s, unsigned ep)
{
	static uint8_t in[256], out[4096];
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;

	cxlmb_sim_mbox_config(s, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, s, &mc), 0);
	for (size_t i = 0; i < cxlmb_sim_ep_command_count(ep); i++) {
		uint16_t op = cxlmb_sim_ep_command_at(ep, i);
		const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
		size_t len = cxlmb_cmd_min_len(c, CXLMB_REQ) < sizeof(in) ? cxlmb_cmd_min_len(c, CXLMB_REQ) : 0;
		assert_int_equal(cxlmb_mbox_send(&mb, op, in, len, out, sizeof(out), &res), 0);
		s->now_ns += 1000000000ull; /* let any background operation finish */
	}
}

static void test_no_allocation_after_start_up(void **state)
{
	(void)state;
	static struct cxlmb_sim t3, sw, two; /* ~170 KB each: off the stack */
	static const struct cxlmb_sim_port two_mlds[] = {
		{ CXLMB_SIM_PORT_USP, 0 }, { CXLMB_SIM_PORT_MLD, 4 }, { CXLMB_SIM_PORT_SLD, 0 },
		{ CXLMB_SIM_PORT_MLD, 2 },
	};
	struct cxlmb_sim_config cfg;
	static uint8_t scratch[2][4096], out[4096];
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, port, ld, sld;
	struct cxlmb_call call = { .opcode = 0x4000, .flags = CXLMB_STRICT };

	allocs = 0;
	assert_int_equal(cxlmb_sim_init(&t3, NULL), 0);
	cxlmb_sim_config_default(&cfg);
	cfg.variant = CXLMB_SIM_SWITCH;
	assert_int_equal(cxlmb_sim_init(&sw, &cfg), 0);
	cfg.topology = two_mlds; /* a caller's topology, copied at init */
	cfg.nports = 4;
	assert_int_equal(cxlmb_sim_init(&two, &cfg), 0);
	assert_true(allocs > 0); /* the wrap is in place: init allocates */

	allocs = 0;
	for (int round = 0; round < 2; round++) {
		run_every_command(&t3, CXLMB_SIM_EP_TYPE3);
		run_every_command(&sw, CXLMB_SIM_EP_SWITCH);
		run_every_command(&two, CXLMB_SIM_EP_SWITCH);
		cxlmb_sim_reset(&t3);
		cxlmb_sim_power_cycle(&sw);
		cxlmb_sim_reset(&two);
	}
	cxlmb_sim_mbox_config(&sw, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sw, &mc), 0);
	/* the command layer allocates nothing either: two tunnel levels */
	assert_int_equal(cxlmb_ep_mbox_init(&root, &mb), 0);
	assert_int_equal(cxlmb_ep_route_init(&port, &root, (struct cxlmb_tunnel_hop){ CXLMB_SIM_MLD_PORT, 0 },
					     scratch[0], sizeof(scratch[0])), 0);
	assert_int_equal(cxlmb_ep_route_init(&ld, &port, (struct cxlmb_tunnel_hop){ 0, 0 }, scratch[1],
					     sizeof(scratch[1])), 0);
	call.rsp.buf = out;
	call.rsp.cap = sizeof(out);
	assert_int_equal(cxlmb_call(&ld, &call), 0);
	assert_int_equal(call.rsp.rc, 0);
	/* and the SLD on its own port, one level down */
	assert_int_equal(cxlmb_ep_route_init(&sld, &root, (struct cxlmb_tunnel_hop){ CXLMB_SIM_SLD_PORT, 0 },
					     scratch[0], sizeof(scratch[0])), 0);
	assert_int_equal(cxlmb_call(&sld, &call), 0);
	assert_int_equal(call.rsp.rc, 0);
	/* and LD 1 of the second MLD of a caller's topology */
	cxlmb_sim_mbox_config(&two, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &two, &mc), 0);
	assert_int_equal(cxlmb_ep_mbox_init(&root, &mb), 0);
	assert_int_equal(cxlmb_ep_route_init(&port, &root, (struct cxlmb_tunnel_hop){ 3, 0 },
					     scratch[0], sizeof(scratch[0])), 0);
	assert_int_equal(cxlmb_ep_route_init(&ld, &port, (struct cxlmb_tunnel_hop){ 1, 0 }, scratch[1],
					     sizeof(scratch[1])), 0);
	assert_int_equal(cxlmb_call(&ld, &call), 0);
	assert_int_equal(call.rsp.rc, 0);
	assert_int_equal(allocs, 0);

	cxlmb_sim_fini(&t3);
	cxlmb_sim_fini(&sw);
	cxlmb_sim_fini(&two);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_allocation_after_start_up),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
